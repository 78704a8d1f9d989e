/// Line ends as Werkbank keeps them: LF only.
enum LineEnds {
    /// `text` with every CRLF and every lone CR made LF. Works on the UTF-8 bytes and returns
    /// the text untouched when it has no CR: Foundation's `replacingOccurrences` went through
    /// UTF-16 and took half the time of importing a thousand transcripts.
    static func normalised(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let firstCR = bytes.firstIndex(of: 0x0D) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            result.append(contentsOf: bytes[..<firstCR])
            var index = firstCR
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0D {
                    result.append(0x0A)
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                } else {
                    result.append(byte)
                }
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        } ?? text
    }
}
