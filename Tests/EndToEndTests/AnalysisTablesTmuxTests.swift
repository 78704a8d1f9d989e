import Foundation
import Testing

/// The Agreement table at 80×24 in a real terminal (tmux): its last codes, its last column and
/// its legend are reached by scrolling, with the figures `werkbank agreement` reads from the
/// same project.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct AnalysisTablesTmuxTests {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-tmux-tables-\(UUID().uuidString)")
    var project: URL { data.appendingPathComponent("werkbank/default.werkbank") }

    func command(_ arguments: String) -> String {
        BinaryRunner.isolated("\(BinaryRunner.binary.path) \(arguments)", data: data)
    }

    /// The figures of a row on screen: the words of its line after the code, without the
    /// frame and the scroll marks.
    static func figures(of code: String, in screen: String) -> [String]? {
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix("│ \(code) ") }) else { return nil }
        return line.dropFirst(2 + code.count).split(separator: " ").map(String.init).filter { !["│", "▲", "▼", "↕"].contains($0) }
    }

    /// The lines under the totals row, frame removed, as one text.
    static func legend(in screen: String) -> String {
        let lines = screen.split(separator: "\n").map(String.init)
        guard let totals = lines.firstIndex(where: { $0.hasPrefix("│ All codes (pooled) ") }) else { return "" }
        return lines[(totals + 1)...].map { $0.replacingOccurrences(of: "│", with: " ") }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test func agreementScrollsToItsLastCodesAndLegend() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command("--coder Anouk"), width: 80, height: 24)
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        try session.keys("8")
        let first = try session.waitFor("All codes (pooled)")
        #expect(!first.contains("KWA-SAMEN") && !first.contains("Alpha"), "the last codes and Alpha do not fit at first:\n\(first)")
        #expect(first.contains("▶") && first.contains("▼"), "marks say there is more:\n\(first)")

        // Down to the end: the last codes and the legend.
        try session.keys("G")
        let bottom = try session.waitUntil("KWA-SAMEN, KWA-VERB and the legend") { screen in
            screen.contains("KWA-SAMEN") && screen.contains("KWA-VERB") && screen.contains("a: both coded")
        }
        // Right: Alpha, the first figure column (a) out of view to the left.
        try session.keys("l")
        let right = try session.waitUntil("the Alpha column") { $0.contains("Alpha") && $0.contains("◀") }

        // What the command line reads from the same project.
        let csv = try BinaryRunner.run(["agreement", "--coders", "Anouk,Bram", "--format", "csv", "--project", project.path])
        #expect(csv.status == 0, "\(csv.errors)")
        let records = CSVRecords.parse(csv.output)
        #expect(records.first == ["Code", "a", "b", "c", "d", "N", "Agreement", "Kappa", "Alpha"])
        for code in ["KWA-SAMEN", "KWA-VERB", "All codes (pooled)"] {
            let row = try #require(records.first { $0.first == code }, "\(code) in the CSV:\n\(csv.output)")
            #expect(Self.figures(of: code, in: bottom) == Array(row[1...7]), "\(code) before scrolling right:\n\(bottom)")
            #expect(Self.figures(of: code, in: right) == Array(row[2...8]), "\(code) after scrolling right:\n\(right)")
        }
        let table = try BinaryRunner.run(["agreement", "--coders", "Anouk,Bram", "--project", project.path])
        let footnote = try #require(table.output.split(separator: "\n").first { $0.hasPrefix("a: both coded") })
        #expect(Self.legend(in: right).contains(footnote), "the legend as the command prints it:\n\(right)")

        try session.keys("q", "q")
        #expect(try session.waitFor("EXIT=").contains("EXIT=0"))
    }
}
