import Synchronization

/// A cell's text as one number, so that a ``Cell`` holds no reference and copying, filling and
/// comparing cells is copying and comparing bytes (decision 76).
///
/// A text of one Unicode scalar (nearly every character on screen: letters with their
/// diacritics precomposed, box drawing, CJK) is that scalar's value. A longer cluster (a base
/// with combining marks, an emoji sequence) gets a number above the scalars from a table
/// shared by the process; the same text always gets the same number.
struct Grapheme: Hashable, Sendable {
    let code: UInt32

    /// The empty text of a continuation cell.
    static let empty = Grapheme(code: 0x11_0000)
    static let space = Grapheme(code: 0x20)

    private init(code: UInt32) { self.code = code }

    /// A scalar that is a character by itself (``DisplayWidth/isPlain(_:)``).
    init(plain scalar: Unicode.Scalar) { code = scalar.value }

    init(_ text: String) {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { self = .empty; return }
        if scalars.next() == nil { code = first.value; return }
        code = Self.table.code(for: text)
    }

    init(_ character: Character) {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first { code = only.value; return }
        code = Self.table.code(for: String(character))
    }

    /// The scalar, when the text is one.
    var scalar: Unicode.Scalar? {
        code < Self.empty.code ? Unicode.Scalar(code) : nil
    }

    var text: String {
        if let scalar { return String(Character(scalar)) }
        if self == .empty { return "" }
        return Self.table.text(for: code)
    }

    private static let table = GraphemeTable()
}

/// The clusters of more than one scalar seen so far, each with its number.
final class GraphemeTable: Sendable {
    /// How many clusters get numbers (above `Grapheme.empty`); a hostile text (every character
    /// with its own stack of combining marks) cannot grow the table past this: later clusters
    /// keep their first scalar only.
    let capacity: Int

    init(capacity: Int = 1 << 20) {
        self.capacity = capacity
    }

    private struct Entries {
        var codes: [String: UInt32] = [:]
        var texts: [String] = []
    }

    private let entries = Mutex(Entries())

    func code(for text: String) -> UInt32 {
        entries.withLock { entries in
            if let code = entries.codes[text] { return code }
            guard entries.texts.count < capacity else { return text.unicodeScalars.first!.value }
            let code = Grapheme.empty.code + 1 + UInt32(entries.texts.count)
            entries.codes[text] = code
            entries.texts.append(text)
            return code
        }
    }

    func text(for code: UInt32) -> String {
        let index = Int(code - Grapheme.empty.code - 1)
        return entries.withLock { $0.texts[index] }
    }
}
