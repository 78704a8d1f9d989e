import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every coding as CSV: one row per coding, ready for R and spreadsheets.",
        discussion: """
            Columns: case, source, kind, speaker, role, code, coder, start, end (characters, end \
            exclusive), quote, memo. RFC 4180, UTF-8, CRLF line ends; quotes keep their line breaks.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
    }

    @Option(name: .long, help: "Export format: csv.")
    var format: Format = .csv

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"))
    var output: String

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let project = try projectOptions.open()
        let fragments = try withProject { () throws(ProjectError) in try project.fragments() }
        let table = ReportTable(
            title: "Codings",
            columns: ["case", "source", "kind", "speaker", "role", "code", "coder", "start", "end", "quote", "memo"].map { ReportTable.Column($0) },
            rows: fragments.map { fragment in
                let coding = fragment.coding
                return [.text(fragment.caseName), .text(coding.sourceID), .text(fragment.sourceKind.rawValue),
                        .text(fragment.speaker ?? ""), .text(fragment.role ?? ""), .text(coding.code), .text(coding.coder),
                        .number(coding.range.start), .number(coding.range.end), .text(fragment.quote), .text(coding.memo ?? "")]
            })
        let csv = ReportWriter.render(table, as: .csv)
        if output == "-" {
            print(csv, terminator: "")
            return
        }
        do {
            try Data(csv.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("werkbank: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(73)
        }
        print("exported \(fragments.count) codings to \(output)")
    }
}
