extension TOMLPreScan.Scanner {
    /// At the first character of a value. Refuses what toml++ would assert on; consumes a
    /// value that starts with a digit (and answers true), leaves anything else to `run()`.
    mutating func checkValue(inArray: Bool) throws(TOMLTextError) -> Bool {
        guard let byte = current else { return false }
        if inArray, byte == UInt8(ascii: "}") || byte >= 0x80 {
            throw refusal("expected a value or `]` in the array, found \(found(at: index))")
        }
        guard Self.isDigit(byte) else { return false }
        var end = index
        while end < bytes.count, !Self.endsValue(bytes[end]) { end += 1 }
        let token = bytes[index..<end]
        // A date and `T` must go on with the time's digits.
        for position in token.indices where token[position] == UInt8(ascii: "T") || token[position] == UInt8(ascii: "t") {
            let next: UInt8? = position + 1 < bytes.count ? bytes[position + 1] : nil
            if !Self.isDigit(next) {
                throw refusal("a date and time needs the time's digits after `T`, found \(found(at: position + 1))")
            }
        }
        // A date, a space and a time: the time has two digits for the hour.
        let written = token.filter { $0 != UInt8(ascii: "_") }
        if written.count == 10, written[written.startIndex + 4] == UInt8(ascii: "-"), written[written.startIndex + 7] == UInt8(ascii: "-"),
           written.allSatisfy({ Self.isDigit($0) || $0 == UInt8(ascii: "-") }),
           end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), Self.isDigit(bytes[end + 1]),
           !Self.isDigit(end + 2 < bytes.count ? bytes[end + 2] : nil) {
            throw refusal("a date and time needs a time such as 07:32:00 after the space, found \(found(at: end + 1))")
        }
        index = end
        return true
    }

    /// Whether a byte ends a number or date as toml++ scans one (whitespace, `]`, `}`, `,`,
    /// `#`); any non-ASCII byte too, since none can be part of one.
    static func endsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C,
             UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "#"): true
        default: byte >= 0x80
        }
    }
}
