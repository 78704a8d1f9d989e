extension DisplayWidth {
    /// Whether `scalar` is a character by itself and one column wide, whatever plain scalar
    /// comes before or after it: printable ASCII, Latin-1 and the Latin letters up to the
    /// combining marks (U+0300), dashes, quotes, `…` and other punctuation, box drawing.
    ///
    /// None of these extends or joins a neighbour into one grapheme (no mark, joiner,
    /// variation selector, regional indicator, Hangul jamo or prepended character), so a text
    /// of plain scalars is one character and one column per scalar, and counting scalars
    /// replaces breaking it into graphemes, which is most of the cost of drawing text
    /// (decision 76).
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return value >= 0x20 && (value < 0x7F || value >= 0xA0) }
        return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || (0x2500...0x259F).contains(value)
    }

    /// Columns of `text` when it is all plain scalars (one each), otherwise `nil`.
    static func plainWidth(of text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isPlain(scalar) else { return nil }
            count += 1
        }
        return count
    }

    /// What ``truncate(_:to:ellipsis:)`` gives, when that can be told from plain scalars
    /// alone: walks only as far as the cut, and returns `nil` at the first scalar that is not
    /// plain.
    static func truncatePlain(_ text: String, to width: Int, ellipsis: Bool) -> String? {
        let room = ellipsis ? width - 1 : width
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var fits = index
        var count = 0
        while index < scalars.endIndex {
            guard isPlain(scalars[index]) else { return nil }
            count += 1
            scalars.formIndex(after: &index)
            if count == room { fits = index }
            if count > width { return String(scalars[..<fits]) + (ellipsis ? "…" : "") }
        }
        return text
    }
}
