import Foundation

extension XMLBytes {
    /// The checks of ``XMLBytes/problem(in:)`` made on a file read piece by piece (decision 60):
    /// each piece gives back the bytes that may go to the parser, which are always whole
    /// characters, and never a byte of a prolog that declares a document type.
    struct StreamCheck {
        /// What is wrong, with the 1-based line where it is.
        struct Problem: Error {
            var line: Int
            var message: String
        }

        /// Bytes handed on so far, and their newlines.
        private var consumed = 0
        private var lines = 1
        /// The start of a character cut by the end of the last piece.
        private var carry = Data()
        /// The prolog, held back until it is known to declare no document type.
        private var head = Data()
        private var prologDone = false

        /// The bytes of `piece` that may be parsed now.
        mutating func next(_ piece: Data) throws -> Data {
            var bytes = carry
            bytes.append(piece)
            let whole = Self.wholeCharacters(in: bytes)
            carry = bytes.subdata(in: whole..<bytes.count)
            let ready = bytes.prefix(whole)
            if let offset = XMLBytes.firstInvalidUTF8(in: ready) {
                throw Problem(line: lines + Self.newlines(in: ready.prefix(offset)),
                              message: "is not UTF-8 (byte \(consumed + offset + 1) cannot start or continue a character)")
            }
            lines += Self.newlines(in: ready)
            consumed += ready.count
            guard !prologDone else { return Data(ready) }
            head.append(ready)
            switch XMLBytes.prolog(in: head) {
            case .doctype(let offset):
                throw Problem(line: XMLBytes.line(of: offset, in: head),
                              message: "has a document type declaration (<!DOCTYPE …>), which may declare entities; not read")
            case .undecided:
                return Data()
            case .none:
                prologDone = true
                defer { head = Data() }
                return head
            }
        }

        /// The bytes still held back, once the file has ended.
        mutating func end() throws -> Data {
            if !carry.isEmpty {
                throw Problem(line: lines, message: "is not UTF-8 (byte \(consumed + 1) cannot start or continue a character)")
            }
            prologDone = true
            defer { head = Data() }
            return head
        }

        /// How many leading bytes of `bytes` end on a character's end: a lead byte among the
        /// last three whose character runs past the end starts the rest.
        private static func wholeCharacters(in bytes: Data) -> Int {
            let end = bytes.endIndex
            var index = end
            while index > bytes.startIndex, end - index < 3 {
                index -= 1
                let byte = bytes[index]
                guard byte & 0xC0 != 0x80 else { continue }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return index + length > end ? index - bytes.startIndex : bytes.count
            }
            return bytes.count
        }

        private static func newlines(in bytes: Data) -> Int {
            bytes.withUnsafeBytes { raw in
                guard var at = raw.baseAddress else { return 0 }
                let end = at + raw.count
                var count = 0
                while at < end, let found = memchr(at, 0x0A, end - at) {
                    count += 1
                    at = UnsafeRawPointer(found) + 1
                }
                return count
            }
        }
    }

    enum Prolog: Equatable {
        /// A `<!DOCTYPE` at this offset.
        case doctype(Int)
        /// The first element starts, or something else that ends the prolog.
        case none
        /// The bytes end inside the prolog.
        case undecided
    }

    /// Whether the prolog of `data` (which may be the start of a file) declares a document type.
    static func prolog(in data: Data) -> Prolog {
        data.withUnsafeBytes { raw -> Prolog in
            let bytes = raw.bindMemory(to: UInt8.self)
            func starts(_ text: String, at index: Int) -> Bool {
                let pattern = Array(text.utf8)
                return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
            }
            /// Whether the bytes from `index` to the end could still become `text`.
            func mayStart(_ text: String, at index: Int) -> Bool {
                let pattern = Array(text.utf8)
                let available = bytes.count - index
                return available < pattern.count && bytes[index...].elementsEqual(pattern.prefix(available))
            }
            func end(of marker: String, from index: Int) -> Int? {
                var at = index
                while at < bytes.count {
                    if starts(marker, at: at) { return at + marker.utf8.count }
                    at += 1
                }
                return nil
            }
            if mayStart("\u{FEFF}", at: 0) { return .undecided }
            var index = starts("\u{FEFF}", at: 0) ? 3 : 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D:
                    index += 1
                case UInt8(ascii: "<"):
                    if starts("<!DOCTYPE", at: index) { return .doctype(index) }
                    if mayStart("<!DOCTYPE", at: index) || mayStart("<!--", at: index) || mayStart("<?", at: index) { return .undecided }
                    if starts("<?", at: index) {
                        guard let after = end(of: "?>", from: index + 2) else { return .undecided }
                        index = after
                    } else if starts("<!--", at: index) {
                        guard let after = end(of: "-->", from: index + 4) else { return .undecided }
                        index = after
                    } else {
                        return .none
                    }
                default:
                    return .none
                }
            }
            return .undecided
        }
    }
}
