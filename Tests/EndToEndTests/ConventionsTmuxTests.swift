import Foundation
import Testing

/// Conventions users expect from terminal tools, in a real terminal (tmux): Ctrl-Z suspends to
/// the shell and `fg` brings the screen back; `/` searches a list; Tab completes the file of
/// `:import` as a shell does.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct ConventionsTmuxTests {
    @Test func ctrlZShowsTheShellAndFgBringsTheScreenBack() throws {
        let workbench = try ReaderTmux(width: 100, height: 30, shell: true)
        defer { workbench.close() }
        try workbench.session.waitFor("Revalidatie 1")
        try workbench.session.keys("3")
        let before = try workbench.session.waitFor("Totaal")
        try workbench.session.keys("C-z")
        let shell = try workbench.session.waitFor("Stopped")
        #expect(!shell.contains("Totaal"), "the shell's screen, not the workbench's:\n\(shell)")
        // The shell has its terminal as it was: typed text echoes.
        try workbench.session.type("stty -a | grep -o -e '-icanon' -e ' icanon' | tr -d ' '; echo MODE-$?")
        try workbench.session.keys("Enter")
        let modes = try workbench.session.waitFor("MODE-0")
        #expect(modes.contains("\nicanon"), "canonical mode in the shell while suspended:\n\(modes)")
        try workbench.session.type("fg")
        try workbench.session.keys("Enter")
        let after = try workbench.session.waitUntil("the Respondents screen again, whole") { $0 == before }
        #expect(after.contains("Cliënten"))
        // Keys work again: to Cases, then quit (Ctrl-C: q would go back to Respondents).
        try workbench.session.keys("1")
        try workbench.session.waitFor("Jeugdzorg")
        try workbench.session.keys("C-c")
        try workbench.session.waitUntil("the shell's prompt") { $0.contains("$") && !$0.contains("Jeugdzorg") }
        try workbench.session.type("echo EXIT=$?")
        try workbench.session.keys("Enter")
        try workbench.session.waitFor("EXIT=0")
    }

    @Test func findsACaseAndNGoesRound() throws {
        let workbench = try ReaderTmux(width: 100, height: 30)
        defer { workbench.close() }
        try workbench.session.waitFor("Revalidatie 1")
        try workbench.session.keys("F")
        try workbench.session.type("revalidatie")
        try workbench.session.keys("Enter")
        try workbench.session.waitFor("“revalidatie”: 1 of 2")
        // The selected row (reverse video without colours) is the first case that matches.
        try workbench.session.waitUntil("Revalidatie 1 selected") { _ in
            (try? workbench.reverseText(rows: 2..<10).contains { $0.contains("Revalidatie 1") }) == true
        }
        try workbench.session.keys("n", "n")
        try workbench.session.waitFor("“revalidatie”: 1 of 2, wrapped round")
        try workbench.session.keys("N")
        try workbench.session.waitFor("“revalidatie”: 2 of 2, wrapped round")
        #expect(try workbench.reverseText(rows: 2..<10).contains { $0.contains("Revalidatie 2") })
        try workbench.session.keys("Enter")
        try workbench.session.waitFor("Revalidatie 2 (Zorg 2)")
        try workbench.quit()
    }

    /// `:import int` Tab writes the common start and lists both files; `a` Tab completes the
    /// file; Enter opens the dialog on it, and after importing the CLI lists the source.
    @Test func tabCompletesTheFileOfImport() throws {
        let workbench = try ReaderTmux(width: 120, height: 32)
        defer { workbench.close() }
        let folder = workbench.data.appendingPathComponent("transcripten")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("oud"), withIntermediateDirectories: true)
        try Data("I: Hoe begon het?\n\nS1: Met een stage.\n".utf8).write(to: folder.appendingPathComponent("interview-anna.txt"))
        try Data("I: En toen?\n\nS1: Bleef ik.\n".utf8).write(to: folder.appendingPathComponent("interview-bram.txt"))
        try workbench.session.waitFor("Revalidatie 1")
        try workbench.session.keys("j", "Enter")
        try workbench.session.waitFor("2 · Revalidatie 1 (Zorg 1)")
        try workbench.session.type(":import \(folder.path)/int")
        try workbench.session.keys("Tab")
        let listed = try workbench.session.waitFor("Files: interview-anna.txt  interview-bram.txt")
        #expect(listed.contains(":import \(folder.path)/interview-"), "the common start is written:\n\(listed)")
        try workbench.session.type("a")
        try workbench.session.keys("Tab")
        try workbench.session.waitFor("interview-anna.txt ")
        try workbench.session.keys("Enter")
        try workbench.session.waitFor("Import · interview-anna.txt")
        // The speakers are known (I and S1): the cursor is on Import.
        try workbench.session.keys("Enter")
        try workbench.session.waitFor("Imported")
        try workbench.quit()
        let sources = try BinaryRunner.run(["sources", "--format", "csv", "--project", workbench.project.path])
        #expect(sources.output.contains("interview-anna"), "\(sources.output)")
    }
}
