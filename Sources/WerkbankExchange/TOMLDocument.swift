import TOMLKit
import Foundation

/// A TOML file decoded into a `Decodable` type, with errors turned into problems that name the
/// file, the line where it can be found, and the field.
struct TOMLDocument {
    let name: String
    let text: String
    /// Added to every line number: the document may start inside a larger file (a source's
    /// header starts on line 2).
    let firstLine: Int

    init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    func decode<T: Decodable>(_ type: T.Type) throws(LoadProblem) -> T {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw LoadProblem(file: name, line: error.source.begin.line + firstLine - 1,
                              message: "is not valid TOML: \(error.description)")
        } catch {
            throw LoadProblem(file: name, message: "is not valid TOML: \(error)")
        }
        do {
            return try TOMLDecoder(strictDecoding: true).decode(type, from: table)
        } catch let error as DecodingError {
            throw problem(for: error)
        } catch let error as UnexpectedKeysError {
            let (key, path) = error.keys.sorted { $0.key < $1.key }.first!
            throw LoadProblem(file: name, line: line(of: path + [TOMLFieldKey(key)]),
                              field: Self.fieldPath(path + [TOMLFieldKey(key)]), message: "unknown field `\(key)`")
        } catch {
            throw LoadProblem(file: name, message: "cannot be read: \(error)")
        }
    }

    private func problem(for error: DecodingError) -> LoadProblem {
        switch error {
        case .keyNotFound(let key, let context):
            let path = context.codingPath + [key]
            return LoadProblem(file: name, line: line(of: context.codingPath), field: Self.fieldPath(path),
                               message: "missing field `\(key.stringValue)`")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return LoadProblem(file: name, line: line(of: context.codingPath), field: Self.fieldPath(context.codingPath),
                               message: "expected \(Self.describe(type))")
        case .dataCorrupted(let context):
            return LoadProblem(file: name, line: line(of: context.codingPath), field: Self.fieldPath(context.codingPath),
                               message: context.debugDescription)
        @unknown default:
            return LoadProblem(file: name, message: "\(error)")
        }
    }

    static func fieldPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index + 1)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is [String].Type: "a list of strings"
        default: "a value of another type"
        }
    }

    /// The line of a field, found by walking the text: `[[table]]` headers count the elements of
    /// arrays of tables, and the last key is looked up within its table. `nil` when the path
    /// passes through anything else.
    func line(of path: [any CodingKey]) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var tableName: [String] = []
        var searchFrom = 0
        var searchTo = lines.count
        var result: Int?
        var index = 0
        while index < path.count {
            let key = path[index]
            guard key.intValue == nil else { return result }
            let nextIndex = index + 1 < path.count ? path[index + 1].intValue : nil
            if let element = nextIndex {
                tableName.append(key.stringValue)
                let header = "[[\(tableName.joined(separator: "."))]]"
                let headers = (searchFrom..<searchTo).filter { lines[$0] == header }
                guard element < headers.count else { return result }
                searchFrom = headers[element]
                searchTo = element + 1 < headers.count ? headers[element + 1] : blockEnd(after: searchFrom, in: lines, depth: tableName.count, limit: searchTo)
                result = searchFrom + firstLine
                index += 2
            } else {
                let keyLine = (searchFrom..<searchTo).first { lines[$0].hasPrefix(key.stringValue + " ") || lines[$0].hasPrefix(key.stringValue + "=") || lines[$0].hasPrefix("\"\(key.stringValue)\"") }
                if let keyLine { result = keyLine + firstLine }
                return result
            }
        }
        return result
    }

    private func blockEnd(after start: Int, in lines: [String], depth: Int, limit: Int) -> Int {
        for line in (start + 1)..<max(start + 1, limit) where line < lines.count && lines[line].hasPrefix("[") {
            let name = lines[line].trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            if name.split(separator: ".").count <= depth { return line }
        }
        return limit
    }
}

/// A coding key made from a field name, to extend a coding path.
struct TOMLFieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A coding key for an element of an array, to build a coding path.
struct TOMLIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

extension TOMLDocument {
    /// The line of `key` in element `index` of the array of tables `array` (e.g. the 3rd
    /// `[[coding]]`), or of the element's header when the key is not written.
    func line(array: String, index: Int, key: String? = nil) -> Int? {
        var path: [any CodingKey] = [TOMLFieldKey(array), TOMLIndexKey(index)]
        if let key { path.append(TOMLFieldKey(key)) }
        return line(of: path)
    }
}
