import Foundation
import Testing

/// The real binary in a real terminal (tmux): start, browse by keys, resize, quit.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct WorkbenchTmuxTests {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-tmux-\(UUID().uuidString)")

    func command(_ arguments: String = "--coder Tester", environment: String = "") -> String {
        "env -u NO_COLOR -u WERKBANK_PROJECT XDG_DATA_HOME=\(data.path) XDG_CONFIG_HOME=\(data.path)/config LANG=C.UTF-8 "
            + "\(environment) \(BinaryRunner.binary.path) \(arguments)"
    }

    @Test func browseToTheRespondentsAndQuit() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command("--coder Anouk"))
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        try session.keys("3")
        let screen = try session.waitFor("Totaal")
        #expect(screen.contains("6 *"))
        #expect(screen.contains("* 4 from last school year, 2 from current school year"))
        #expect(screen.contains("75"))
        #expect(screen.contains("Cliënten"))
        try session.keys("q", "q")
        let after = try session.waitFor("TTY=")
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("TTY=icanon echo"), "the terminal's modes are restored:\n\(after)")
        #expect(!after.contains("Totaal"), "the workbench's screen is gone after quitting:\n\(after)")
    }

    @Test func openACaseByItsTableLabel() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command())
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        try session.type(":case Zorg 2")
        try session.keys("Enter")
        let screen = try session.waitFor("Revalidatie 2 (Zorg 2)")
        #expect(screen.contains("Overview"))
        try session.keys("C-c")
        let after = try session.waitFor("TTY=")
        #expect(after.contains("EXIT=0") && after.contains("TTY=icanon echo"))
    }

    @Test func resizeSmallAndBack() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command())
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        try session.resize(width: 60, height: 15)
        try session.waitFor("Jeugdzorg")
        try session.resize(width: 40, height: 10)
        try session.waitFor("Enlarge the terminal to at least 50×12")
        try session.resize(width: 100, height: 30)
        let screen = try session.waitFor("Sociale zorg")
        #expect(!screen.contains("Enlarge"))
        try session.keys("q")
        try session.waitFor("EXIT=0")
    }

    /// Decision 55: a second workbench on the same project is not demoted to read-only.
    @Test func aSecondWorkbenchOnTheSameProjectWritesToo() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let first = try TmuxSession(command("--coder Anouk"))
        defer { first.close() }
        try first.waitFor("Revalidatie 1")
        let second = try TmuxSession(command("--coder Bram"))
        defer { second.close() }
        let screen = try second.waitFor("Revalidatie 1")
        #expect(!screen.contains("read-only"))
        try second.keys("u")
        try second.waitFor("Nothing to undo")
        try second.keys("q")
        try first.keys("q")
        try first.waitFor("EXIT=0")
    }

    /// Issue 15: the coder is explicit. Without `--coder`, `$WERKBANK_CODER` or `coder` in the
    /// config file, the first start asks, offering the login name; the answer is remembered.
    @Test func theFirstStartAsksWhoCodesAndRemembersIt() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command("", environment: "WERKBANK_CODER= USER=carla"), width: 120)
        defer { session.close() }
        let question = try session.waitFor("Who is coding?")
        #expect(question.contains("[carla]:"), "the login name is offered")
        try session.type("Carla Jansen")
        try session.keys("Enter")
        try session.waitFor("coder Carla Jansen")
        try session.keys("q")
        try session.waitFor("EXIT=0")
        let config = try String(contentsOf: data.appendingPathComponent("config/werkbank/config.toml"), encoding: .utf8)
        #expect(config.contains("coder = 'Carla Jansen'"))

        let again = try TmuxSession(command("", environment: "WERKBANK_CODER= USER=carla"), width: 120)
        defer { again.close() }
        let screen = try again.waitFor("coder Carla Jansen")
        #expect(!screen.contains("Who is coding?"), "asked once")
        try again.keys("q")
        try again.waitFor("EXIT=0")
    }

    @Test func enterTakesTheLoginNameOnTheFirstStart() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command("", environment: "WERKBANK_CODER= USER=daan"), width: 120)
        defer { session.close() }
        try session.waitFor("[daan]:")
        try session.keys("Enter")
        try session.waitFor("coder daan")
        try session.keys("q")
        try session.waitFor("EXIT=0")
        let listed = try BinaryRunner.run(["who", "--project", data.appendingPathComponent("werkbank/default.werkbank").path],
                                          environment: ["XDG_DATA_HOME": data.path])
        #expect(listed.status == 0 && !listed.output.contains("daan"), "gone from `who` after quitting: \(listed.output)")
    }

    @Test func noColorKeepsTheSelectionVisibleWithoutColours() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command(environment: "NO_COLOR=1"))
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        let styled = try session.tmux(["capture-pane", "-p", "-e", "-t", session.name])
        // Colours are 30–38, 40–48, 90–97, 100–107; 39 and 49 only reset to the defaults.
        let colour = try Regex(#"\e\[([0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m"#)
        #expect(styled.firstMatch(of: colour) == nil, "no colour escapes with NO_COLOR")
        #expect(styled.firstMatch(of: try Regex(#"\e\[([0-9]+;)*7m(\e\[[0-9;]*m)*1  Jeugdzorg"#)) != nil, "the selection is shown in reverse")
        try session.keys("q")
        try session.waitFor("EXIT=0")
    }

    @Test func withoutATerminalItSaysWhatToDoInstead() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession("bash -c '\(command()) | cat; echo STATUS=${PIPESTATUS[0]}'")
        defer { session.close() }
        let screen = try session.waitFor("STATUS=")
        #expect(screen.contains("needs a terminal"))
        #expect(screen.contains("werkbank cases"))
        #expect(screen.contains("STATUS=69"))
    }
}
