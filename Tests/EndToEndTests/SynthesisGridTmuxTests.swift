import Foundation
import Testing

/// The synthesis grid in the real workbench under tmux: a finding written in a cell, two
/// fragments linked as its evidence, a judgement set, undone and redone; after a restart the
/// grid and the command line show it; a read-only workbench shows it but changes nothing.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct SynthesisGridTmuxTests {
    static let findingText = "Scholing voor iedereen, ook studenten"
    static let why = "alle rollen noemen het"

    func workbench(_ fixture: InitializedProject, _ options: String = "") throws -> TmuxSession {
        let data = fixture.folder.appendingPathComponent("data").path
        return try TmuxSession("env -u NO_COLOR -u WERKBANK_PROJECT -u WERKBANK_CODER HOME=/tmp XDG_DATA_HOME=\(data) "
                               + "XDG_CONFIG_HOME=\(data) LANG=C.UTF-8 \(BinaryRunner.binary.path) --project \(fixture.path) "
                               + "--coder Tester \(options)", width: 120, height: 40)
    }

    /// Opens the grid and the Revalidatie 2 × LOS cell (the fourth case, no seed findings).
    func openCell(_ session: TmuxSession) throws -> String {
        try session.waitFor("Revalidatie 1")
        try session.keys("9")
        try session.waitFor("Cross-case")
        try session.keys("l", "l", "l", "Enter")
        return try session.waitFor("Cell · Revalidatie 2 × LOS")
    }

    @Test func writeLinkJudgeUndoRedoRestartAndReadOnly() throws {
        let fixture = try InitializedProject("synthesis-grid")
        defer { fixture.remove() }
        let session = try workbench(fixture)
        do {
            defer { session.close() }
            _ = try openCell(session)
            try session.keys("n")
            try session.waitFor("New finding · Revalidatie 2 × LOS")
            try session.type(Self.findingText)
            try session.keys("Escape")
            try session.waitFor("Finding written in Revalidatie 2 × LOS")
            try session.keys("L")
            try session.waitFor("Fragment linked as evidence (1 now)")
            try session.keys("j", "L")
            try session.waitFor("Fragment linked as evidence (2 now)")
            try session.keys("J", "1", "Enter")
            try session.waitFor("Why (one line):")
            try session.type(Self.why)
            try session.keys("Enter")
            try session.waitFor("Judgement of Revalidatie 2 × LOS: ● recognised")
            try session.waitFor("● recognised — \(Self.why)")
            try session.keys("u")
            try session.waitFor("Undone: judge revalidatie-2 × LOS: herkend")
            try session.waitFor("· no judgement")
            try session.keys("C-r")
            try session.waitFor("Redone: judge revalidatie-2 × LOS: herkend")
            try session.waitFor("● recognised — \(Self.why)")
            try session.keys("C-c")
            try session.waitFor("EXIT=0")
        }

        // After a restart the grid shows it …
        let again = try workbench(fixture)
        do {
            defer { again.close() }
            let cell = try openCell(again)
            #expect(cell.contains("● recognised — \(Self.why)"))
            #expect(cell.contains("• \(Self.findingText)"))
            try again.keys("Escape")
            let grid = try again.waitFor("1 finding · ")
            #expect(grid.contains("●1"), "the cross-case column counts the judgement")
            try again.keys("C-c")
            try again.waitFor("EXIT=0")
        }
        // … and so does the command line.
        let listed = try fixture.run(["finding", "list", "--case", "Revalidatie 2", "--format", "json"])
        #expect(listed.status == 0, "\(listed.errors)")
        let table = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any])
        let findings = try #require(table["rows"] as? [[String: Any]])
        let written = try #require(findings.first { ($0["Text"] as? String) == Self.findingText }, "\(listed.output)")
        #expect(written["Element"] as? String == "LOS" && written["Author"] as? String == "Tester")
        #expect(written["Evidence"] as? Int == 2, "\(listed.output)")
        let report = try fixture.run(["report", "findings", "--case", "Revalidatie 2", "--format", "md"])
        #expect(report.status == 0 && report.output.contains(Self.findingText) && report.output.contains(Self.why), "\(report.output)")

        // A read-only workbench shows the finding and refuses to change it.
        let reader = try workbench(fixture, "--read-only")
        defer { reader.close() }
        let cell = try openCell(reader)
        #expect(cell.contains("• \(Self.findingText)"))
        try reader.keys("Tab", "x")
        try reader.waitFor("Not possible while read-only")
        try reader.keys("J")
        try reader.waitFor("Not possible while read-only (")
        #expect(try !reader.screen().contains("Judgement ·"), "no picker opens")
        try reader.keys("C-c")
        try reader.waitFor("EXIT=0")
        let after = try fixture.run(["finding", "list", "--case", "Revalidatie 2", "--format", "json"])
        #expect(after.output == listed.output)
    }
}
