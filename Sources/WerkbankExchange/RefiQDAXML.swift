import Foundation

/// A small writer of indented XML for the REFI-QDA exports: elements are written in the order
/// they are opened, so the caller keeps the schema's sequence.
///
/// It appends to one string without intermediate strings: an export of 100,000 codings writes
/// half a million elements.
struct RefiQDAXML {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0
    private var indents = [""]
    /// Where the text goes once it holds more than `flushSize` bytes (`nil`: kept in `text`).
    private let sink: RefiQDAXMLSink?
    private let flushSize: Int

    init(capacity: Int = 0) {
        sink = nil
        flushSize = .max
        text.reserveCapacity(capacity)
    }

    /// Writes to `sink` in pieces of about `flushSize` bytes, so that the whole document is
    /// never held; ``finish()`` hands over the rest.
    init(sink: RefiQDAXMLSink, flushSize: Int = 512 * 1024) {
        self.sink = sink
        self.flushSize = flushSize
        text.reserveCapacity(flushSize + 64 * 1024)
    }

    /// Hands what is left to the sink (nothing without one).
    mutating func finish() {
        guard let sink, !text.isEmpty else { return }
        sink.write(text)
        text.removeAll(keepingCapacity: true)
    }

    /// `<name attr="…">` (attributes with a `nil` value are left out).
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        startTag(name, attributes)
        text += ">\n"
        depth += 1
        if indents.count <= depth { indents.append(indents[depth - 1] + "  ") }
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += indent
        text += "</"
        text += name
        text += ">\n"
        if text.utf8.count >= flushSize { finish() }
    }

    /// `<name attr="…"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        startTag(name, attributes)
        text += "/>\n"
    }

    /// `<name>text</name>`, the text escaped and kept as it is (no indentation inside).
    mutating func element(_ name: String, text content: String, _ attributes: [(String, String?)] = []) {
        startTag(name, attributes)
        text += ">"
        Self.escape(content, into: &text)
        text += "</"
        text += name
        text += ">\n"
    }

    private var indent: String { indents[depth] }

    private mutating func startTag(_ name: String, _ attributes: [(String, String?)]) {
        text += indent
        text += "<"
        text += name
        for (key, value) in attributes {
            guard let value else { continue }
            text += " "
            text += key
            text += "=\""
            Self.escape(value, attribute: true, into: &text)
            text += "\""
        }
    }

    /// Escapes text for XML 1.0 content or a double-quoted attribute. Characters XML 1.0 cannot
    /// carry (most C0 controls, U+FFFE, U+FFFF) become U+FFFD; a carriage return (and, in an
    /// attribute, tab and line feed) becomes a character reference so that parsers keep it.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        escape(text, attribute: attribute, into: &out)
        return out
    }

    /// ``escape(_:attribute:)`` appending to `out`; text with nothing to escape is appended
    /// as it is.
    static func escape(_ text: String, attribute: Bool = false, into out: inout String) {
        let needsWork = text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == 0xEF
        }
        guard needsWork else {
            out += text
            return
        }
        var scalars = String.UnicodeScalarView()
        func append(_ string: String) { scalars.append(contentsOf: string.unicodeScalars) }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"" where attribute: append("&quot;")
            case "\r": append("&#13;")
            case "\n" where attribute: append("&#10;")
            case "\t" where attribute: append("&#9;")
            case "\n", "\t": scalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    scalars.append("\u{FFFD}")
                } else {
                    scalars.append(scalar)
                }
            }
        }
        out += String(scalars)
    }
}

/// Takes the pieces of a streamed ``RefiQDAXML`` in order. A failed write is kept (the
/// element writers cannot throw) and reported by whoever made the sink.
final class RefiQDAXMLSink {
    private let handle: FileHandle
    private(set) var error: Error?

    init(handle: FileHandle) {
        self.handle = handle
    }

    func write(_ text: String) {
        guard error == nil else { return }
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            self.error = error
        }
    }
}

extension UUID {
    /// The GUID as REFI-QDA writes it: `8-4-4-4-12` hexadecimal digits, upper case.
    var refiGUID: String { uuidString.uppercased() }
}
