import WerkbankCore

extension ReportWriter {
    /// `text` on one line for a text table: line breaks (runs of them) become ` ⏎ `, and
    /// past `length` characters it is cut to `length - 1` and `…`.
    public static func shortened(_ text: String, to length: Int = 60) -> String {
        if let short = shortenedByScalars(text, to: length) { return short }
        let hasNewline = text.unicodeScalars.contains { isNewline($0.value) }
        let line = hasNewline ? text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ") : text
        // Only the first `length` characters are counted, not the whole quote.
        guard let cut = line.index(line.startIndex, offsetBy: length, limitedBy: line.endIndex), cut != line.endIndex else { return line }
        return String(line[..<line.index(before: cut)]) + "…"
    }

    /// ``shortened(_:to:)`` of a text without line breaks whose first `length + 1` scalars
    /// are characters of their own (``SingleScalarCharacters``): counted and cut by scalars,
    /// without grapheme breaking; `nil` for any other text.
    private static func shortenedByScalars(_ text: String, to length: Int) -> String? {
        guard length > 0 else { return nil }
        var count = 0
        for scalar in text.unicodeScalars {
            if isNewline(scalar.value) { return nil }
            if count <= length {
                guard SingleScalarCharacters.contains(scalar.value) else { return nil }
                count += 1
            }
        }
        guard count > length else { return text }
        return String(text.unicodeScalars.prefix(length - 1)) + "…"
    }

    /// The scalars that end a line for `Character.isNewline`.
    private static func isNewline(_ value: UInt32) -> Bool {
        (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }
}
