import Foundation

/// Checks made on the bytes of an XML file before `XMLParser` sees them.
///
/// FoundationXML's `XMLParser` stops the process (a trap, not an error) when libxml2 hands it an
/// element or attribute name that is not UTF-8, and it drops the text of internal entities.
/// Both readers (REFI-QDA and Word) therefore take UTF-8 only and no document type
/// declaration: neither format needs one (REFI-QDA files are UTF-8 by their schema, Word
/// writes UTF-8 and never a DTD).
enum XMLBytes {
    /// What is wrong with the bytes, with the 1-based line where it is; `nil` when they may
    /// be parsed.
    static func problem(in data: Data) -> (line: Int, message: String)? {
        if let offset = firstInvalidUTF8(in: data) {
            return (line(of: offset, in: data), "is not UTF-8 (byte \(offset + 1) cannot start or continue a character)")
        }
        if let offset = doctypeOffset(in: data) {
            return (line(of: offset, in: data), "has a document type declaration (<!DOCTYPE …>), which may declare entities; not read")
        }
        return nil
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
    /// surrogates and code points over U+10FFFF are not), or `nil`.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            let bytes = base.assumingMemoryBound(to: UInt8.self)
            let count = raw.count
            var index = 0
            while index < count {
                // Eight ASCII bytes at a time: most of any transcript or project file.
                while index + 8 <= count, (base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { return nil }
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                var length = 0
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                guard (low...high).contains(bytes[index + 1]) else { return index }
                for next in 2..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
                index += length
            }
            return nil
        }
    }

    /// The offset of `<!DOCTYPE` in the prolog (before the first element), or `nil`. Only the
    /// prolog is looked at: a DTD cannot come later.
    static func doctypeOffset(in data: Data) -> Int? {
        // A whole file: a prolog that the bytes leave undecided has no document type.
        if case .doctype(let offset) = prolog(in: data) { return offset }
        return nil
    }

    /// The 1-based line of a byte offset.
    static func line(of offset: Int, in data: Data) -> Int {
        data.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
