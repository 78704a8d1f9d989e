import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// `werkbank who`: the workbenches that have the project open now, and where they are.
struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "List who has the project open in a workbench now, and where (case, source).",
        discussion: """
            Each workbench announces itself beside the project (PROJECT.presence/) and holds a lock \
            there that ends with its process; a workbench that was killed is not listed.
            """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let url = projectOptions.url
        guard FileManager.default.fileExists(atPath: url.path) else {
            printError("werkbank: no project at \(url.path)")
            throw ExitCodes.noInput
        }
        let entries = ProjectPresence.entries(for: url)
        print(ReportWriter.render(Self.report(entries), as: output.format), terminator: "")
    }

    static func report(_ entries: [PresenceEntry]) -> ReportTable {
        let stamp = ISO8601DateFormatter()
        let rows: [[ReportTable.Cell]] = entries.map { entry in
            [.text(entry.coder), .text(entry.caseName ?? ""), .text(entry.sourceTitle ?? ""), .text(entry.screen),
             .text(entry.readOnly ? "read-only" : "writing"), .text(stamp.string(from: entry.since)),
             .text(entry.host), .number(Int(entry.pid))]
        }
        return ReportTable(title: "Open now", columns: [
            .init("Coder"), .init("Case"), .init("Source"), .init("Screen"), .init("Mode"), .init("Since"), .init("Host"),
            .init("PID", alignment: .right),
        ], rows: rows)
    }
}
