import Foundation
import Testing

/// A student practising in the real workbench (decision 61): opened in a practice project by
/// name alone, codes a turn, is refused a screen of others' codings, reads the feedback.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct PracticeTmuxTests {
    @Test func aStudentCodesAndReadsFeedback() throws {
        let fixture = try InitializedProject("practice-tmux")
        defer { fixture.remove() }
        #expect(try fixture.run(["practice", "enable", "--consensus", "Bram", "--coder", "Docent"]).status == 0)
        let data = fixture.folder.appendingPathComponent("data").path
        let session = try TmuxSession("env -u NO_COLOR -u WERKBANK_PROJECT -u WERKBANK_CODER HOME=/tmp XDG_DATA_HOME=\(data) "
                                      + "XDG_CONFIG_HOME=\(data) LANG=C.UTF-8 \(BinaryRunner.binary.path) --coder Lotte --project \(fixture.path)")
        defer { session.close() }
        try session.waitFor("Practising as Lotte: your codings are a layer of your own; P compares them with Bram")
        try session.keys("6")
        try session.waitFor("While practising, Matrix is hidden")
        // The manager interview of Revalidatie 1, at the turn 2349..2819, coded LOS.
        try session.keys("Down", "Enter", "Tab", "Tab", "Down", "Enter")
        try session.waitFor("Interview met de manager behandelzaken")
        try session.type(":goto 2475")
        try session.keys("Enter")
        try session.keys("1")
        try session.waitFor("Coded")
        try session.keys("P")
        try session.waitFor("Feedback · Lotte compared with Bram — 1 source")
        try session.type("F")
        try session.type("you coded LOS")
        try session.keys("Enter")
        let screen = try session.waitFor("Why (Bram): Roosters en afdelingen zo ingericht: (her)inrichten.")
        #expect(screen.contains("you coded LOS here; the consensus coded GOC, SRI"))
        try session.keys("C-c")
        try session.waitFor("EXIT=0")
        let csv = try fixture.run(["practice", "feedback", "--coder", "Lotte", "--format", "csv"])
        #expect(csv.output.contains("rev1-interview-manager,LOS,2349,2819,student,"))
        #expect(!(try fixture.run(["fragments", "--format", "csv"])).output.contains(",Lotte,"))
    }

    /// The teacher who enabled practice opens as a researcher: `P` shows the class.
    @Test func theTeacherOpensTheClassView() throws {
        let fixture = try InitializedProject("practice-teacher-tmux")
        defer { fixture.remove() }
        for arguments in [["practice", "enable", "--consensus", "Bram", "--coder", "Docent"], ["practice", "join", "--coder", "Lotte"],
                          ["code", "--source", "rev1-interview-manager", "--range", "2349..2819", "--code", "LOS", "--coder", "Lotte"]] {
            #expect(try fixture.run(arguments).status == 0)
        }
        let data = fixture.folder.appendingPathComponent("data").path
        let session = try TmuxSession("env -u NO_COLOR -u WERKBANK_PROJECT -u WERKBANK_CODER HOME=/tmp XDG_DATA_HOME=\(data) "
                                      + "XDG_CONFIG_HOME=\(data) LANG=C.UTF-8 \(BinaryRunner.binary.path) --coder Docent --project \(fixture.path)")
        defer { session.close() }
        let start = try session.waitFor("coder Docent")
        #expect(!start.contains("practice"))
        try session.keys("P")
        let screen = try session.waitFor("Class · Agreement with Bram per element (κ)")
        #expect(screen.contains("Lotte"))
        try session.keys("C-c")
        try session.waitFor("EXIT=0")
    }
}
