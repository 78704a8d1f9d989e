import Foundation
import Testing

/// The workbench in tmux on a fresh data folder, as the reader's end-to-end tests drive it:
/// started as coder Tester without colours (so that the selection is reverse video and can be
/// read back exactly), with the project read afterwards through the command line.
final class ReaderTmux {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-tmux-reader-\(UUID().uuidString)")
    let session: TmuxSession
    let width: Int
    let height: Int
    /// The default project of the private data folder.
    var project: URL { data.appendingPathComponent("werkbank/default.werkbank") }

    init(width: Int, height: Int, arguments: String = "--coder Tester", shell: Bool = false) throws {
        self.width = width
        self.height = height
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let command = "env -u WERKBANK_PROJECT -u WERKBANK_CASES -u WERKBANK_CODER NO_COLOR=1 "
            + "XDG_DATA_HOME=\(data.path) XDG_CONFIG_HOME=\(data.path)/config LANG=C.UTF-8 "
            + "\(BinaryRunner.binary.path) \(arguments)"
        // With `shell`, the workbench runs under an interactive shell with job control, so that
        // Ctrl-Z stops it and `fg` brings it back.
        session = try TmuxSession(shell ? "PS1='$ ' bash --norc -i" : command, width: width, height: height)
        if shell {
            try session.waitFor("$")
            try session.type(command)
            try session.keys("Enter")
        }
    }

    func close() {
        session.close()
        try? FileManager.default.removeItem(at: data)
    }

    /// Cases → Revalidatie 1 → Sources → the source whose row shows `title`, checking each
    /// step by the screen.
    func openSource(_ title: String) throws {
        try session.waitFor("Revalidatie 1")
        try session.keys("j", "Enter")
        try session.waitFor("2 · Revalidatie 1 (Zorg 1)")
        try session.keys("l", "l")
        let sources = try session.waitUntil("the Sources tab") { screen in
            screen.contains("Participants") && screen.split(separator: "\n").filter { $0.contains("2023-") }.count >= 5
        }
        let rows = sources.split(separator: "\n").filter { $0.contains("2023-") }
        // Titles are cut to the column's width at 80 columns.
        let index = try #require(rows.firstIndex { $0.contains(title.prefix(16)) }, "\(title) on the Sources tab:\n\(sources)")
        for _ in 0..<index { try session.keys("j") }
        try session.keys("Enter")
        try session.waitUntil("the reader on \(title)") { $0.contains(" SOURCE ") && $0.contains("┌ \(title.prefix(16))") }
    }

    /// Sends one key and waits for the frame that follows it (the screen changes).
    @discardableResult
    func press(_ key: String) throws -> String {
        let before = try session.screen()
        try session.keys(key)
        return try session.waitUntil("a new frame after \(key)") { $0 != before }
    }

    /// The pane with its attributes (`capture-pane -e`).
    func styledScreen() throws -> String {
        try session.tmux(["capture-pane", "-p", "-e", "-t", session.name])
    }

    /// The text drawn in reverse video (the selection without colours), one entry per screen
    /// row that has any, within `columns`.
    func reverseText(columns: Range<Int>? = nil, rows: Range<Int>? = nil) throws -> [String] {
        let lines = try styledScreen().split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().compactMap { index, line -> String? in
            if let rows, !rows.contains(index) { return nil }
            let text = Self.reverseCells(of: String(line)).filter { columns?.contains($0.column) ?? true }.map(\.character)
            let joined = String(text).trimmingCharacters(in: .whitespaces)
            return joined.isEmpty ? nil : joined
        }
    }

    /// The characters of a captured line drawn in reverse video, with their columns. tmux
    /// writes SGR sequences where attributes change: 7 sets reverse, 27 or 0 clear it.
    static func reverseCells(of line: String) -> [(column: Int, character: Character)] {
        var cells: [(Int, Character)] = []
        var reverse = false
        var column = 0
        var characters = Array(line)
        var index = 0
        while index < characters.count {
            if characters[index] == "\u{1B}", index + 1 < characters.count, characters[index + 1] == "[" {
                var end = index + 2
                while end < characters.count, !characters[end].isLetter { end += 1 }
                if end < characters.count, characters[end] == "m" {
                    let parameters = String(characters[(index + 2)..<end]).split(separator: ";", omittingEmptySubsequences: false)
                    for parameter in parameters {
                        switch Int(parameter) ?? 0 {
                        case 0: reverse = false
                        case 7: reverse = true
                        case 27: reverse = false
                        default: break
                        }
                    }
                }
                index = end + 1
                continue
            }
            if reverse { cells.append((column, characters[index])) }
            column += 1
            index += 1
        }
        characters.removeAll()
        return cells
    }

    /// Tester's (or everyone's) codings as `werkbank fragments --format json` reads them.
    func fragments(coder: String? = "Tester") throws -> [[String: Any]] {
        var arguments = ["fragments", "--format", "json", "--project", project.path]
        if let coder { arguments += ["--coder", coder] }
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 0, "\(result.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        if let rows = object as? [[String: Any]] { return rows }
        return (object as? [String: Any])?["rows"] as? [[String: Any]] ?? []
    }

    /// Quits with q until the shell's trailer shows, and checks the exit status.
    func quit() throws {
        for _ in 0..<6 {
            if try session.screen().contains("EXIT=") { break }
            try session.keys("Escape", "q")
            Thread.sleep(forTimeInterval: 0.05)
        }
        let after = try session.waitFor("EXIT=")
        #expect(after.contains("EXIT=0"), "the workbench quits normally:\n\(after)")
    }

    /// Words separated by single spaces.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
