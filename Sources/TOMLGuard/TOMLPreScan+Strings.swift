extension TOMLPreScan.Scanner {
    /// A basic or literal string, single- or multi-line; an unterminated single-line string
    /// ends at the line's end (toml++ reports it).
    mutating func skipString(quote: UInt8) throws(TOMLTextError) {
        let escapes = quote == UInt8(ascii: "\"")
        if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote {
            index += 3
            while let byte = current {
                if escapes, byte == UInt8(ascii: "\\") {
                    try checkEscape()
                    index += 1
                    if current == UInt8(ascii: "\n") { line += 1 }
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "\n") { line += 1 }
                if byte == quote, index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote {
                    index += 3
                    // Up to two more quotes belong to the string: `""""` ends with one in it.
                    var extra = 0
                    while extra < 2, current == quote {
                        index += 1
                        extra += 1
                    }
                    return
                }
                index += 1
            }
            return
        }
        index += 1
        while let byte = current, byte != UInt8(ascii: "\n") {
            index += 1
            if byte == quote { return }
            if escapes, byte == UInt8(ascii: "\\"), current != nil, current != UInt8(ascii: "\n") {
                index -= 1
                try checkEscape()
                index += 2
            }
        }
    }

    /// At a backslash in a basic string: `\u0000` and `\U00000000` are valid TOML, but TOMLKit
    /// hands strings and keys back as C strings, so the value would be cut at the NUL and a
    /// key holding one makes iterating its table trap.
    func checkEscape() throws(TOMLTextError) {
        let zeros: Int
        switch index + 1 < bytes.count ? bytes[index + 1] : 0 {
        case UInt8(ascii: "u"): zeros = 4
        case UInt8(ascii: "U"): zeros = 8
        default: return
        }
        let digits = bytes.dropFirst(index + 2).prefix(zeros)
        guard digits.count == zeros, digits.allSatisfy({ $0 == UInt8(ascii: "0") }) else { return }
        throw TOMLTextError(line: line, message: """
            cannot be read: the escape \\\(zeros == 4 ? "u" : "U")\(String(repeating: "0", count: zeros)) (a NUL character) is valid TOML \
            but cannot be kept in a key or string here
            """)
    }
}
