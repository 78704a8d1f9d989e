/// A pass over TOML text before toml++ sees it, refusing what toml++ would mis-read or abort
/// on. Everything it refuses is invalid TOML (or, for `\u0000`, something TOMLKit cannot hold),
/// so no valid document is lost. It follows just enough of the grammar to know where a table
/// header can stand (the start of a line outside any string, array or inline table) and where
/// a value starts (after `=`, and after `[` or `,` in an array).
///
/// The assertions of toml++ (as bundled with TOMLKit 0.6.0) that the fuzzer and the test suite
/// reached, each of which aborts the process:
/// - `parse_key()`: a header whose first key character is not a bare-key character or a quote;
/// - `parse_value()`: an array element that starts with `}` or a Unicode line separator;
/// - `parse_time()`: a date followed by `T` and no digit (`1979-05-27T!`);
/// - `parse_value()`'s scan: a date, a space, one digit and the value's end (`1979-05-27 0]`).
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

    struct Scanner {
        enum Expect {
            /// A line outside every value: a header, a key or nothing may follow.
            case lineStart
            /// A value: after `=`, or in an array after `[` or `,`.
            case value(inArray: Bool)
            case nothing
        }

        let bytes: [UInt8]
        var index = 0
        var line = 1
        /// The open `[` and `{` of values (not of headers).
        var open: [UInt8] = []
        var expect = Expect.lineStart

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func run() throws(TOMLTextError) {
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\n"):
                    index += 1
                    line += 1
                    if open.isEmpty { expect = .lineStart }
                    continue
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    index += 1
                    continue
                case UInt8(ascii: "#"):
                    skipComment()
                    continue
                default:
                    break
                }
                switch expect {
                case .lineStart:
                    expect = .nothing
                    if byte == UInt8(ascii: "[") {
                        try checkHeader()
                        try skipHeader()
                        continue
                    }
                case .value(let inArray):
                    expect = .nothing
                    if try checkValue(inArray: inArray) { continue }
                case .nothing:
                    break
                }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    try skipString(quote: byte)
                case UInt8(ascii: "="):
                    index += 1
                    expect = .value(inArray: false)
                case UInt8(ascii: "["):
                    index += 1
                    open.append(byte)
                    expect = .value(inArray: true)
                case UInt8(ascii: "{"):
                    index += 1
                    open.append(byte)
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    index += 1
                    if !open.isEmpty { open.removeLast() }
                case UInt8(ascii: ","):
                    index += 1
                    if open.last == UInt8(ascii: "[") { expect = .value(inArray: true) }
                default:
                    index += 1
                }
            }
        }

        mutating func skipComment() {
            while let byte = current, byte != UInt8(ascii: "\n") { index += 1 }
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
            throw refusal("a table header must start with a key (A-Z, a-z, 0-9, _ and - bare, or a quoted key), found \(found(at: index))")
        }

        /// The rest of a header line: strings and a comment are skipped, brackets do not count.
        mutating func skipHeader() throws(TOMLTextError) {
            while let byte = current, byte != UInt8(ascii: "\n") {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): try skipString(quote: byte)
                case UInt8(ascii: "#"): skipComment()
                default: index += 1
                }
            }
        }

        mutating func skipBlanks() {
            while current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") { index += 1 }
        }

        /// What stands at `position`, for a message: a character in backquotes, or the end of
        /// the line or file.
        func found(at position: Int) -> String {
            guard position < bytes.count else { return "the end of the file" }
            switch bytes[position] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "the end of the line"
            default:
                var end = position + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                return "`" + String(decoding: bytes[position..<end], as: UTF8.self) + "`"
            }
        }

        func refusal(_ message: String) -> TOMLTextError {
            TOMLTextError(line: line, message: "is not valid TOML: " + message)
        }

        static func isBareKey(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
            default: false
            }
        }

        static func isDigit(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }
    }
}
