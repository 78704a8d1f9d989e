import Foundation

/// A small writer of indented XML for the REFI-QDA exports: elements are written in the order
/// they are opened, so the caller keeps the schema's sequence.
struct RefiQDAXML {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// `<name attr="…">` (attributes with a `nil` value are left out).
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</" + name + ">\n"
    }

    /// `<name attr="…"/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    /// `<name>text</name>`, the text escaped and kept as it is (no indentation inside).
    mutating func element(_ name: String, text content: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(content) + "</" + name + ">\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escape($0, attribute: true))\"" } }.joined()
    }

    /// Escapes text for XML 1.0 content or a double-quoted attribute. Characters XML 1.0 cannot
    /// carry (most C0 controls, U+FFFE, U+FFFF) become U+FFFD; a carriage return (and, in an
    /// attribute, tab and line feed) becomes a character reference so that parsers keep it.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        func append(_ string: String) { out.append(contentsOf: string.unicodeScalars) }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"" where attribute: append("&quot;")
            case "\r": append("&#13;")
            case "\n" where attribute: append("&#10;")
            case "\t" where attribute: append("&#9;")
            case "\n", "\t": out.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.append("\u{FFFD}")
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }
}

extension UUID {
    /// The GUID as REFI-QDA writes it: `8-4-4-4-12` hexadecimal digits, upper case.
    var refiGUID: String { uuidString.uppercased() }
}
