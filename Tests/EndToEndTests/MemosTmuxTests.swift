import Foundation
import Testing

/// The Memos screen in the real workbench under tmux at 80×24: a free memo with Dutch
/// diacritics written, found in the list, and still there after a restart and in `werkbank memos`.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct MemosTmuxTests {
    func workbench(_ fixture: InitializedProject) throws -> TmuxSession {
        let data = fixture.folder.appendingPathComponent("data").path
        return try TmuxSession("env -u NO_COLOR -u WERKBANK_PROJECT -u WERKBANK_CODER HOME=/tmp XDG_DATA_HOME=\(data) "
                               + "XDG_CONFIG_HOME=\(data) LANG=C.UTF-8 \(BinaryRunner.binary.path) --project \(fixture.path) "
                               + "--coder Tester", width: 80, height: 24)
    }

    @Test func writeAMemoAndFindItAfterARestart() throws {
        let fixture = try InitializedProject("memos")
        defer { fixture.remove() }
        do {
            let session = try workbench(fixture)
            defer { session.close() }
            try session.waitFor("Revalidatie 1")
            try session.keys("M")
            try session.waitFor("┌ Memos — ")
            try session.keys("n")
            try session.waitFor("New memo on project · first line is the title")
            try session.type("Cliënten als deelnemer")
            try session.keys("Enter")
            try session.type("Geldt dat overal?")
            try session.keys("Escape")
            let screen = try session.waitFor("Memo written")
            #expect(screen.contains("│free     Cliënten als deelnemer"))
            #expect(screen.contains("│free · project · Tester · "))
        }
        let session = try workbench(fixture)
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        try session.keys("M", "t")
        let screen = try session.waitFor("Memos · free — 1 / ")
        #expect(screen.contains("Geldt dat overal?"))
        let listed = try BinaryRunner.run(["memos", "--kind", "free", "--format", "csv", "--project", fixture.path])
        #expect(listed.output.contains("free,Cliënten als deelnemer,project,,,Tester,"))
    }
}
