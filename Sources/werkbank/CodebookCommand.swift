import ArgumentParser
import WerkbankExchange

struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "List the codebook: its groups and codes with names, glosses and colours.")

    @OptionGroup var folder: CaseFolderOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let study = try folder.loadStudy()
        print(ReportWriter.render(study.codebook.report, as: output.format), terminator: "")
    }
}
