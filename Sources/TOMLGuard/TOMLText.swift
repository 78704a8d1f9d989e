import Foundation
import TOMLKit

/// The one way Werkbank reads TOML: bytes to text, text to a `TOMLTable`, refusing with a line
/// what the TOML parser inside TOMLKit (toml++) would mis-read or could not survive.
///
/// toml++ as bundled with TOMLKit 0.6.0 receives the text as a C string, so a NUL byte ends the
/// document without a word; and it aborts the process on some invalid documents: a table
/// header whose first key character is neither a bare-key character nor a quote (`[!]`, `[.]`,
/// a lone `[`), and a few malformed values (see `TOMLPreScan`). All are invalid TOML, so
/// refusing them first loses nothing.
public enum TOMLText {
    /// The text of a TOML (or other text) file's bytes: strict UTF-8 with one leading
    /// byte-order mark removed. UTF-16 and UTF-32 files, invalid UTF-8 and NUL bytes are
    /// refused with the line they are on.
    public static func decode(_ data: Data) throws(TOMLTextError) -> String {
        var bytes = Array(data)
        if let encoding = wideEncoding(of: bytes) {
            throw TOMLTextError(line: 1, message: "is \(encoding), not UTF-8; save it as UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // The standard library validates a whole file at once several times faster than
        // parsing it scalar by scalar; the scalar walk below runs only to say where it fails.
        if let text = String(validating: bytes, as: UTF8.self) {
            if let nul = bytes.firstIndex(of: 0) {
                throw TOMLTextError(line: line(ofByte: nul, in: bytes),
                                    message: "contains a NUL byte (byte \(nul + 1)); a text file cannot hold one")
            }
            return text
        }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                if let nul = bytes.firstIndex(of: 0) {
                    throw TOMLTextError(line: line(ofByte: nul, in: bytes),
                                        message: "contains a NUL byte (byte \(nul + 1)); a text file cannot hold one")
                }
                return String(decoding: bytes, as: UTF8.self)
            case .error(let length):
                throw TOMLTextError(
                    line: line(ofByte: offset, in: bytes),
                    message: "is not valid UTF-8 (byte \(offset + 1), \(length) bad byte\(length == 1 ? "" : "s")); save it as UTF-8")
            }
        }
    }

    /// The table of a TOML document, or the first problem in it with its line (1-based within
    /// `text`).
    public static func parse(_ text: String) throws(TOMLTextError) -> TOMLTable {
        try TOMLPreScan.check(text)
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLTextError(line: error.source.begin.line, message: "is not valid TOML: \(error.description)")
        } catch {
            throw TOMLTextError(line: nil, message: "is not valid TOML: \(error)")
        }
    }

    /// `UTF-16`, `UTF-32` (by byte-order mark) or `UTF-16 without a byte-order mark` (every
    /// other byte of the start is NUL), else `nil`.
    static func wideEncoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let start = bytes.prefix(64)
        guard start.count >= 4 else { return nil }
        let even = stride(from: 0, to: start.count, by: 2).count { start[$0] == 0 }
        let odd = stride(from: 1, to: start.count, by: 2).count { start[$0] == 0 }
        let pairs = start.count / 2
        // ASCII text in UTF-16 has a NUL in one half of (nearly) every pair and none in the other.
        if max(even, odd) * 4 >= pairs * 3, min(even, odd) * 8 <= pairs {
            return "UTF-16 without a byte-order mark"
        }
        return nil
    }

    static func line(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].count { $0 == 0x0A } + 1
    }
}
