import Foundation
import Testing

/// `:import` in the real workbench, which reads the file through the executable's
/// `TranscriptReader`: the dialog shows the speakers, an unknown one is mapped, the source is in
/// the project after quitting, and `u` takes it out again.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct ImportTmuxTests {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-tmux-import-\(UUID().uuidString)")
    var project: String { data.appendingPathComponent("werkbank/default.werkbank").path }

    func command() -> String {
        "env -u NO_COLOR -u WERKBANK_PROJECT -u WERKBANK_CASES XDG_DATA_HOME=\(data.path) XDG_CONFIG_HOME=\(data.path)/config "
            + "LANG=C.UTF-8 \(BinaryRunner.binary.path) --coder Tester"
    }

    /// The sources of Revalidatie 1 as `werkbank sources` lists them, by id.
    func sources() throws -> [String: [String]] {
        let result = try BinaryRunner.run(["sources", "--case", "Zorg 1", "--format", "csv", "--project", project])
        #expect(result.status == 0, "\(result.errors)")
        return Dictionary(uniqueKeysWithValues: CSVRecords.parse(result.output).dropFirst().map { ($0[0], $0) })
    }

    @Test func importATranscriptMapASpeakerQuitAndUndo() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let file = data.appendingPathComponent("gesprek met Jan.txt")
        try Data("I: Hoe gaat het met de cliënten?\n\nS1: Goed, dank je.\n\nJan: Ik ben het eens.\n".utf8).write(to: file)

        let session = try TmuxSession(command(), width: 120, height: 32)
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        try session.keys("Down", "Enter")
        try session.waitFor("2 · Revalidatie 1 (Zorg 1)")
        try session.type(":import \(file.path)")
        try session.keys("Enter")
        let dialog = try session.waitUntil("the import dialog with three speakers") { screen in
            screen.contains("Import · gesprek met Jan.txt") && screen.contains("not mapped")
        }
        #expect(dialog.contains("gesprek-met-jan"))
        #expect(dialog.split(separator: "\n").contains { $0.contains("I ") && $0.contains("interviewer") && $0.contains("cliënten") })
        #expect(dialog.split(separator: "\n").contains { $0.contains("S1") && $0.contains("Studenten") })
        // The cursor is on Jan, the one speaker not mapped: a role, then Import.
        try session.keys("l")
        try session.waitUntil("Jan mapped") { !$0.contains("not mapped") }
        try session.keys("j", "Enter")
        try session.waitFor("Imported")
        try session.keys("q", "q", "q")
        try session.waitFor("EXIT=0")

        let imported = try #require(try sources()["gesprek-met-jan"], "the source is in the project")
        #expect(imported.contains("S1 S6") || imported.contains("S6 S1"), "\(imported)")

        // Start again and undo the import.
        let again = try TmuxSession(command(), width: 120, height: 32)
        defer { again.close() }
        try again.waitFor("Revalidatie 1")
        try again.keys("u")
        try again.waitFor("Undone: import gesprek-met-jan")
        try again.keys("q", "q")
        try again.waitFor("EXIT=0")
        #expect(try sources()["gesprek-met-jan"] == nil)
    }
}
