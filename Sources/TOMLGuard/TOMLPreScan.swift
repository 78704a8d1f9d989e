/// A pass over TOML text before toml++ sees it, refusing what toml++ would mis-read or abort
/// on. It follows just enough of the grammar to know where a table header can stand: at the
/// start of a line that is not inside a string or an array or inline table that spans lines.
enum TOMLPreScan {
    static func check(_ text: String) throws(TOMLTextError) {
        let bytes = Array(text.utf8)
        if let nul = bytes.firstIndex(of: 0) {
            throw TOMLTextError(line: TOMLText.line(ofByte: nul, in: bytes),
                                message: "is not valid TOML: it contains a NUL character, which TOML does not allow")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw TOMLTextError(line: 1, message: "is not valid TOML: it starts with a second byte-order mark (U+FEFF)")
        }
        var scanner = Scanner(bytes: bytes)
        try scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        /// Open `[` and `{` of values (not of headers).
        var depth = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func run() throws(TOMLTextError) {
            while index < bytes.count {
                if depth == 0 {
                    skipBlanks()
                    if current == UInt8(ascii: "[") {
                        try checkHeader()
                        try restOfLine(countingBrackets: false)
                        continue
                    }
                }
                try restOfLine(countingBrackets: true)
            }
        }

        mutating func skipBlanks() {
            while current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") { index += 1 }
        }

        /// `[` or `[[`, blanks, then a key must start: a bare-key character or a quote (or `]`,
        /// which toml++ reports itself).
        mutating func checkHeader() throws(TOMLTextError) {
            index += 1
            skipBlanks()
            if current == UInt8(ascii: "[") {
                index += 1
                skipBlanks()
            }
            guard let byte = current else { return }
            if Self.isBareKey(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "]") { return }
            let found: String
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): found = "the end of the line"
            default:
                var end = index + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                found = "`" + String(decoding: bytes[index..<end], as: UTF8.self) + "`"
            }
            throw TOMLTextError(line: line, message: """
                is not valid TOML: a table header must start with a key (A-Z, a-z, 0-9, _ and - bare, \
                or a quoted key), found \(found)
                """)
        }

        /// To the end of the line (or of the string or array running on past it), skipping
        /// strings and comments; with `countingBrackets`, `[`/`{` and `]`/`}` open and close values.
        mutating func restOfLine(countingBrackets: Bool) throws(TOMLTextError) {
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\n"):
                    index += 1
                    line += 1
                    return
                case UInt8(ascii: "#"):
                    while let next = current, next != UInt8(ascii: "\n") { index += 1 }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    try skipString(quote: byte)
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if countingBrackets { depth += 1 }
                    index += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if countingBrackets { depth = max(0, depth - 1) }
                    index += 1
                default:
                    index += 1
                }
            }
        }

        /// A basic or literal string, single- or multi-line; an unterminated single-line
        /// string ends at the line's end (toml++ reports it).
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

        static func isBareKey(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
            default: false
            }
        }
    }
}
