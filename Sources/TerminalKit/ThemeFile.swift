import Foundation
import TOMLGuard
import TOMLKit

/// One theme file, checked but not yet merged with the theme it inherits from: colours stay
/// unresolved because an inheriting file's palette may redefine the names they use.
struct ThemeFile {
    /// A scope's entry as written.
    struct ScopeEntry {
        var foreground: ThemeColourValue?
        var background: ThemeColourValue?
        var attributes: TextAttributes = []
    }

    /// The file as errors name it.
    let file: String
    /// The theme this one builds on, and the line that says so.
    var inherits: (name: String, line: Int?)?
    var palette: [String: Color] = [:]
    var scopes: [String: ScopeEntry] = [:]
    var codes: [String: ThemeColourValue] = [:]

    private let locator: KeyLocator
    private let knownScopes: Set<String>
    private var problems: [ThemeError] = []

    static let modifiers: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]

    /// Parses and checks `text`; throws the first problem (by line) if there is any.
    init(text: String, file: String, knownScopes: Set<String>) throws(ThemeError) {
        self.file = file
        self.knownScopes = knownScopes
        locator = KeyLocator(text: text)
        let table: TOMLTable
        do {
            table = try TOMLText.parse(text)
        } catch {
            throw ThemeError(file: file, line: error.line, message: error.message)
        }
        for (key, value) in table {
            switch key {
            case "inherits":
                if let name = value.string {
                    inherits = (name, locator.line(of: key, in: nil))
                } else {
                    problem(key, locator.line(of: key, in: nil), "expected the name of a theme, such as \"default\"")
                }
            case "palette": readPalette(value)
            case "codes": readCodes(value)
            default: readScope(key, value, line: locator.scopeLine(key))
            }
        }
        if let first = problems.min(by: ThemeError.isBefore) { throw first }
    }

    private mutating func readPalette(_ value: any TOMLValueConvertible) {
        guard let table = value.table else {
            return problem("palette", locator.line(of: "palette", in: nil), "expected a table of names and colours")
        }
        for (name, entry) in table {
            let colour = colourValue(entry, key: "palette.\(name)", line: locator.line(of: name, in: "palette"))
            switch colour.resolveLiteral() {
            case .success(let resolved): palette[name] = resolved
            case .failure(let error): problems.append(error)
            }
        }
    }

    private mutating func readCodes(_ value: any TOMLValueConvertible) {
        guard let table = value.table else {
            return problem("codes", locator.line(of: "codes", in: nil), "expected a table of code names and colours")
        }
        for (short, entry) in table {
            codes[short] = colourValue(entry, key: "codes.\(short)", line: locator.line(of: short, in: "codes"))
        }
    }

    private mutating func readScope(_ key: String, _ value: any TOMLValueConvertible, line: Int?) {
        guard isKnown(key) else { return problem(key, line, "unknown scope `\(key)`") }
        switch value.type {
        case .string, .int:
            scopes[key] = ScopeEntry(foreground: colourValue(value, key: key, line: line))
        case .table:
            guard let table = value.table else { return }
            var entry = ScopeEntry()
            var hasStyle = false
            for (field, fieldValue) in table {
                switch field {
                case "fg":
                    entry.foreground = colourValue(fieldValue, key: key, line: line)
                    hasStyle = true
                case "bg":
                    entry.background = colourValue(fieldValue, key: key, line: line)
                    hasStyle = true
                case "modifiers":
                    entry.attributes = readModifiers(fieldValue, key: key, line: line)
                    hasStyle = true
                default:
                    // `[ui]` with `text = "red"` below it, or `ui = { text = … }`: a nested scope.
                    let child = key + "." + field
                    if isKnown(child) {
                        readScope(child, fieldValue, line: locator.scopeLine(child) ?? line)
                    } else {
                        problem(key, line, "unknown field `\(field)`: expected fg, bg or modifiers")
                    }
                }
            }
            // A table holding only nested scopes does not set its own scope.
            if hasStyle || table.isEmpty { scopes[key] = entry }
        default:
            problem(key, line,
                    "expected a colour or a table such as { fg = \"red\", modifiers = [\"bold\"] }, not \(value.type)")
        }
    }

    private mutating func readModifiers(_ value: any TOMLValueConvertible, key: String, line: Int?) -> TextAttributes {
        guard let array = value.array else {
            problem(key, line, "modifiers must be a list, such as [\"bold\", \"underline\"]")
            return []
        }
        var attributes: TextAttributes = []
        for item in array {
            if let name = item.string, let attribute = Self.modifiers[name] {
                attributes.insert(attribute)
            } else {
                let shown = item.string.map { "`\($0)`" } ?? item.debugDescription
                problem(key, line, "unknown modifier \(shown): expected bold, dim, italic, underline or reverse")
            }
        }
        return attributes
    }

    private func colourValue(_ value: any TOMLValueConvertible, key: String, line: Int?) -> ThemeColourValue {
        let raw: ThemeColourValue.Value =
            if let text = value.string {
                .string(text)
            } else if let number = value.int {
                .integer(number)
            } else {
                .other("\(value.type)")
            }
        return ThemeColourValue(value: raw, file: file, line: line, key: key)
    }

    /// Whether `key` is a known scope or an ancestor of one (`ui.text` of `ui.text.dim`).
    private func isKnown(_ key: String) -> Bool {
        knownScopes.contains(key) || knownScopes.contains { $0.hasPrefix(key + ".") }
    }

    private mutating func problem(_ key: String?, _ line: Int?, _ message: String) {
        problems.append(ThemeError(file: file, line: line, key: key, message: message))
    }
}

extension ThemeError {
    /// Order of reporting: by line, unknown lines last, then by key.
    static func isBefore(_ lhs: ThemeError, _ rhs: ThemeError) -> Bool {
        (lhs.line ?? .max, lhs.key ?? "", lhs.message) < (rhs.line ?? .max, rhs.key ?? "", rhs.message)
    }
}
