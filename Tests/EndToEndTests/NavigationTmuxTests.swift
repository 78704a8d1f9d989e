import Foundation
import Testing

/// From the Findings tab to the quote in the reader, selecting with the moving end shown, and
/// `u` after coding giving the selection back, in the real binary at 80×24 (issue 11); the
/// CLI reads the project in between.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct NavigationTmuxTests {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-tmux-nav-\(UUID().uuidString)")
    var project: URL { data.appendingPathComponent("werkbank/default.werkbank") }

    func command(_ arguments: String) -> String {
        BinaryRunner.isolated("\(BinaryRunner.binary.path) \(arguments)", data: data)
    }

    /// Tester's codings as `werkbank fragments` lists them (CSV rows after the header).
    func testerCodings() throws -> [String] {
        let result = try BinaryRunner.run(["fragments", "--coder", "Tester", "--format", "csv", "--project", project.path])
        #expect(result.status == 0, "\(result.errors)")
        return Array(CSVRecords.parse(result.output).dropFirst().map { $0.joined(separator: ",") })
    }

    @Test func findingsQuoteToTheReaderThenCodeAndUndoBackToTheSelection() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command("--coder Tester"), width: 80, height: 24)
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        #expect(try session.screen().hasPrefix("1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag."))
        try session.keys("Down", "Enter")
        try session.waitFor("2 · Revalidatie 1 (Zorg 1)")
        try session.keys("l", "l", "l")
        try session.waitFor("██ LOS  Lerend en Onderzoekend Samenwerken")
        // The third quote of LOS is P2's, in the focus group with the staff.
        try session.keys("j", "j", "Enter")
        try session.waitUntil("the reader on P2's turn") { screen in
            screen.contains("┌ Focusgroep met docenten") && screen.contains(" SOURCE ") && screen.contains("P2: En wat voor mij")
        }

        try session.keys("v", "b")
        try session.waitFor(" SELECT  end ▶ moves")
        try session.keys("o")
        try session.waitFor(" SELECT  ◀ start moves")
        try session.keys("w", "1")
        try session.waitFor("Coded LOS")
        let coded = try testerCodings()
        #expect(coded.count == 1 && coded[0].contains("LOS"), "one LOS coding by Tester: \(coded)")

        try session.keys("u")
        let undone = try session.waitFor("Undone")
        #expect(undone.contains(" SELECT  ◀ start moves"), "the selection is back, its start moving:\n\(undone)")
        #expect(try testerCodings().isEmpty, "the coding is gone from the project")
        try session.keys("Escape", "Escape", "Escape", "q", "q")
        #expect(try session.waitFor("EXIT=").contains("EXIT=0"))
    }
}
