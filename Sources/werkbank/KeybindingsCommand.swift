import ArgumentParser
import WerkbankUI

struct KeybindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keybindings",
        abstract: "Print the workbench's key bindings as Markdown (the source of docs/keybindings.md).")

    @Option(name: .long, help: "Language: nl or en.")
    var lang: Language = .en

    func run() {
        print(ActionTable.markdown(lang), terminator: "")
    }
}
