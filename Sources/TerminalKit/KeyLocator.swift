import Foundation

/// Finds the line of a key by searching the text, because TOMLKit does not report positions.
struct KeyLocator {
    let lines: [Substring]

    init(text: String) {
        // By line feeds only (`\r\n` is one Character), as TOML counts lines: `isNewline` would
        // also split at U+2028 or U+0085 in a comment and number the lines after it too high.
        lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// The 1-based line where `key` is set in table `section` (`nil` for the top level, before
    /// any table header), or anywhere when not found there; a `[key]` header counts at the
    /// top level.
    func line(of key: String, in section: String?) -> Int? {
        var current: String?
        var anywhere: Int?
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                current = Self.headerName(trimmed)
                if section == nil, current == key { return index + 1 }
                continue
            }
            guard Self.sets(trimmed, key: key) else { continue }
            if current == section { return index + 1 }
            if anywhere == nil { anywhere = index + 1 }
        }
        return anywhere
    }

    /// The line of a scope: its key at the top level, else its last part inside its parent's
    /// table, else its parent's line.
    func scopeLine(_ scope: String) -> Int? {
        if let line = line(of: scope, in: nil) { return line }
        guard let dot = scope.lastIndex(of: ".") else { return nil }
        let parent = String(scope[..<dot])
        return line(of: String(scope[scope.index(after: dot)...]), in: parent) ?? scopeLine(parent)
    }

    /// Whether a trimmed line sets `key`, quoted or bare: `"ui.text" = …`, `ui.text = …`.
    private static func sets(_ line: String, key: String) -> Bool {
        for written in ["\"\(key)\"", "'\(key)'", key] where line.hasPrefix(written) {
            if line.dropFirst(written.count).drop(while: { $0 == " " || $0 == "\t" }).first == "=" { return true }
        }
        return false
    }

    /// `palette` for `[palette]`, `ui.text` for `["ui.text"]` or `[ ui.text ]`.
    private static func headerName(_ line: String) -> String {
        var name = line.drop { $0 == "[" }
        if let end = name.firstIndex(of: "]") { name = name[..<end] }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let quoted = trimmed.count >= 2 && (trimmed.hasPrefix("\"") || trimmed.hasPrefix("'"))
        return quoted ? String(trimmed.dropFirst().dropLast()) : trimmed
    }
}
