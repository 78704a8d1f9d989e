/// How many terminal columns text takes, as glibc's `wcwidth` counts them in a UTF-8 locale
/// (which is what ncurses uses): combining marks 0, East Asian wide and emoji 2, others 1.
public enum DisplayWidth {
    /// Columns of one grapheme: its base scalar decides and marks riding on it add nothing,
    /// except in emoji sequences, which take what the terminal gives them (``emojiLayout``).
    public static func of(_ character: Character) -> Int {
        // Most text is ASCII; its width needs no Unicode property lookups.
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return 0 }
        guard scalars.next() != nil else { return of(base) }
        return emojiLayout.width(of: character.unicodeScalars)
    }

    /// Columns of a string.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return plainWidth(of: text) ?? text.reduce(0) { $0 + of($1) }
    }

    /// Columns of one scalar: 0 for marks and format characters, 2 for wide ones.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        // Punctuation (quotes, bullets, ellipsis) and box drawing are in every frame; they are
        // narrow and need no property lookup.
        if (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || (0x2500...0x259F).contains(value) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B { return 0 }
        // A regional indicator alone is one column, as glibc counts it; a flag is two of them.
        if EmojiLayout.isRegionalIndicator(scalar) { return 1 }
        return isWide(value) || scalar.properties.isEmojiPresentation ? 2 : 1
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value) || (0x3041...0x33FF).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
            || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
    }

    /// The longest prefix of `text` that fits in `width` columns; with `ellipsis`, a cut text
    /// ends in `…` (which then takes the last column).
    public static func truncate(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if let cut = truncatePlain(text, to: width, ellipsis: ellipsis) { return cut }
        let room = ellipsis ? width - 1 : width
        // One walk that stops once the text is known to be too wide: measuring all of a long
        // text first (a memo's in every row of the Memos screen) was most of a frame.
        var used = 0
        // The UTF-8 length of the longest prefix that fits in `room`, once a character does not.
        var fits: Int?
        var offset = 0
        for character in text {
            let columns = of(character)
            if fits == nil, used + columns > room { fits = offset }
            used += columns
            if used > width, let fits {
                return String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: fits)]) + (ellipsis ? "…" : "")
            }
            offset += character.utf8.count
        }
        return text
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? padding + cut : cut + padding
    }
}
