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
    /// are characters of their own (``SingleScalarCharacters``): counted and cut by scalars
    /// over its UTF-8, without grapheme breaking; `nil` for any other text.
    private static func shortenedByScalars(_ text: String, to length: Int) -> String? {
        guard length > 0 else { return nil }
        var text = text
        return text.withUTF8 { bytes -> String? in
            let count = bytes.count
            // Line breaks in UTF-8: LF, VT, FF, CR; NEL (C2 85); LS and PS (E2 80 A8/A9).
            for index in 0..<count {
                let byte = bytes[index]
                if (0x0A...0x0D).contains(byte) { return nil }
                if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 { return nil }
                if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 { return nil }
            }
            var scalars = 0
            var at = 0
            var cut = 0
            while at < count, scalars <= length {
                if scalars == length - 1 { cut = at }
                let byte = bytes[at]
                let value: UInt32
                if byte < 0x80 {
                    value = UInt32(byte)
                    at += 1
                } else if byte & 0xE0 == 0xC0, at + 1 < count {
                    value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F)
                    at += 2
                } else if byte & 0xF0 == 0xE0, at + 2 < count {
                    value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
                    at += 3
                } else {
                    return nil
                }
                guard SingleScalarCharacters.contains(value) else { return nil }
                scalars += 1
            }
            guard scalars > length else { return String(decoding: bytes, as: UTF8.self) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self) + "…"
        }
    }

    /// The scalars that end a line for `Character.isNewline`.
    private static func isNewline(_ value: UInt32) -> Bool {
        (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }
}
