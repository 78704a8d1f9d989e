import Foundation
import Testing

/// Emoji sequences in the reader under tmux at 80×24: drawn whole and as wide as `cat` draws
/// them in the same terminal, so the frame's right border stays in its column; a search for
/// 👍🏽 codes all of it, as `werkbank fragments` reads back.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct EmojiTmuxTests {
    /// The columns tmux gives `line` when `cat` writes it: where the cursor stops.
    static func catColumns(of line: String) throws -> Int {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-cat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try line.write(to: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession("LANG=C.UTF-8 cat \(file.path); sleep 600", width: 120, height: 5)
        defer { session.close() }
        let marker = String(line.prefix { $0.isASCII && $0 != " " }.prefix(3))
        try session.waitFor(marker.isEmpty ? "│" : marker)
        return Int(try session.tmux(["display", "-p", "-t", session.name, "#{cursor_x}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func theReaderDrawsEmojiWholeAndAlignedAndCodesAWholeCluster() throws {
        let emoji = try EmojiTranscript("tmux")
        defer { emoji.project.remove() }
        let command = "env -u NO_COLOR -u WERKBANK_PROJECT -u WERKBANK_CASES -u WERKBANK_CODER LANG=C.UTF-8 "
            + "\(BinaryRunner.binary.path) --project \(emoji.project.path) --coder Tester"
        let session = try TmuxSession(command, width: 80, height: 24)
        defer { session.close() }
        try session.waitFor("Jeugdzorg")
        try session.keys("Enter")
        try session.waitFor("Overview")
        try session.keys("Tab", "Tab")
        let sources = try session.waitFor(EmojiTranscript.sourceID)
        // The Sources table: the rows below its header, the emoji transcript among them.
        let rows = sources.split(separator: "\n").drop { !$0.contains("Participants") }.dropFirst()
        let row = try #require(rows.firstIndex { $0.contains(EmojiTranscript.sourceID) }) - rows.startIndex
        try session.keys(contentsOf: Array(repeating: "Down", count: row) + ["Enter"])
        let reader = try session.waitFor("Mijn gezin")

        // Whole clusters on screen, and every frame row as wide as the terminal.
        let line = try #require(reader.split(separator: "\n").first { $0.contains("Mijn gezin") }.map(String.init))
        for cluster in [EmojiTranscript.thumb, EmojiTranscript.family, EmojiTranscript.flag] {
            #expect(line.contains(cluster), "\(cluster) drawn whole:\n\(reader)")
        }
        #expect(line.hasSuffix("│"), "the right border is there:\n\(reader)")
        let question = try #require(reader.split(separator: "\n").first { $0.contains("eerste dag") }.map(String.init))
        #expect(try Self.catColumns(of: line) == 80, "the border in the last column: \(line)")
        #expect(try Self.catColumns(of: question) == 80, "the border in the last column: \(question)")

        // Search the thumb with its skin tone and code it with 1 (LOS).
        try session.keys("/")
        try session.type(EmojiTranscript.thumb)
        try session.keys("Enter")
        try session.waitFor("of 2")
        try session.keys("n")
        try session.waitFor("2 of 2")
        try session.keys("1")
        let coded = try session.waitFor("██ LOS  Tester")
        #expect(coded.contains(EmojiTranscript.thumb))
        try session.keys("Escape", "q", "q", "q")
        let quit = try session.waitFor("EXIT=")
        #expect(quit.contains("EXIT=0"), "the workbench quits normally:\n\(quit)")

        let result = try emoji.project.run(["fragments", "--coder", "Tester", "--format", "csv"])
        let records = CSVRecords.parse(result.output)
        let quote = try #require(records.first?.firstIndex(of: "Quote"))
        #expect(records.dropFirst().map { $0[quote] } == [EmojiTranscript.thumb], "\(result.output)")
    }
}

extension TmuxSession {
    /// Sends tmux key names from an array.
    func keys(contentsOf names: [String]) throws {
        try tmux(capturing: false, ["send-keys", "-t", name] + names)
    }
}
