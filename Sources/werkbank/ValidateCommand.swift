import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a case folder and report every problem in it.",
        discussion: "Exits 0 when the folder loads, 1 when it has problems (one line each: file:line: field: message).")

    @Argument(help: ArgumentHelp("The case folder (default: the bundled SampleCases).", valueName: "folder"))
    var path: String?

    @OptionGroup var output: FormatOption

    func run() throws {
        let folder = try CaseFolderOptions.folder(path)
        let problems = CaseFolderLoader(folder: folder).validate()
        if output.format == .table {
            if problems.isEmpty {
                print("\(folder.path): ok")
            } else {
                problems.forEach { print($0) }
                print("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(folder.path)")
            }
        } else {
            let table = ReportTable(
                title: "Problems in \(folder.path)",
                columns: [.init("File"), .init("Line", alignment: .right), .init("Field"), .init("Message")],
                rows: problems.map { [.text($0.file), $0.line.map { .number($0) } ?? .text(""), .text($0.field ?? ""), .text($0.message)] })
            print(ReportWriter.render(table, as: output.format), terminator: "")
        }
        if !problems.isEmpty { throw ExitCodes.problemsFound }
    }
}
