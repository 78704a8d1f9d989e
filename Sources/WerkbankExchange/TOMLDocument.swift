import TOMLGuard
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
    /// The lines, trimmed, for finding fields: split once, since a file with many problems
    /// looks up a line for each.
    private let lines: [String]

    init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func decode<T: Decodable>(_ type: T.Type) throws(LoadProblem) -> T {
        let table: TOMLTable
        do {
            table = try TOMLText.parse(text)
        } catch {
            throw LoadProblem(file: name, line: error.line.map { $0 + firstLine - 1 }, message: error.message)
        }
        do {
            return try TOMLDecoder(strictDecoding: true).decode(type, from: table)
        } catch let error as DecodingError {
            throw problem(for: error)
        } catch let error as UnexpectedKeysError {
            let (key, path) = error.keys.sorted { $0.key < $1.key }.first!
            let fieldPath = path.last?.stringValue == key ? path : path + [TOMLFieldKey(key)]
            throw LoadProblem(file: name, line: line(of: fieldPath), field: Self.fieldPath(fieldPath), message: "unknown field `\(key)`")
        } catch {
            throw LoadProblem(file: name, message: "cannot be read: \(error)")
        }
    }

    private func problem(for error: DecodingError) -> LoadProblem {
        switch error {
        case .keyNotFound(let key, let context):
            let path = context.codingPath.last?.stringValue == key.stringValue ? context.codingPath : context.codingPath + [key]
            return LoadProblem(file: name, line: line(of: path), field: Self.fieldPath(path),
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

    /// The line of a field, found by walking the text: `[[array]]` headers count the elements
    /// of arrays of tables, `[table]` headers open tables, and the last key is looked up within
    /// its table. Falls back to the deepest line found, or `nil`.
    func line(of path: [any CodingKey]) -> Int? {
        var block = 0..<lines.count
        var tableName: [String] = []
        var result: Int?
        var index = 0
        while index < path.count {
            let key = path[index].stringValue
            guard path[index].intValue == nil else { return result }
            let isLast = index == path.count - 1
            if !isLast, let element = path[index + 1].intValue {
                tableName.append(key)
                let header = "[[\(tableName.joined(separator: "."))]]"
                let headers = block.filter { lines[$0] == header }
                guard element < headers.count else { return result }
                let end = element + 1 < headers.count ? headers[element + 1] : tableEnd(after: headers[element], in: lines, depth: tableName.count, limit: block.upperBound)
                block = headers[element]..<end
                result = headers[element] + firstLine
                index += 2
                continue
            }
            if !isLast {
                tableName.append(key)
                let header = "[\(tableName.joined(separator: "."))]"
                if let line = block.first(where: { lines[$0] == header }) {
                    block = line..<tableEnd(after: line, in: lines, depth: tableName.count, limit: block.upperBound)
                    result = line + firstLine
                    index += 1
                    continue
                }
                // `[a.b]` without a `[a]` header: look for the nested header next.
                let nested = "[\(tableName.joined(separator: "."))."
                if block.contains(where: { lines[$0].hasPrefix(nested) }) {
                    index += 1
                    continue
                }
                tableName.removeLast()
            }
            let written = [key, "\"\(key)\""]
            let keyLine = block.first { line in
                written.contains { lines[line].hasPrefix($0) && lines[line].dropFirst($0.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") }
            }
            return keyLine.map { $0 + firstLine } ?? result
        }
        return result
    }

    /// Where the table whose header stands on `start` ends: at the next header that is not
    /// nested inside it.
    private func tableEnd(after start: Int, in lines: [String], depth: Int, limit: Int) -> Int {
        var line = start + 1
        while line < limit {
            if lines[line].hasPrefix("[") {
                let name = lines[line].trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                if name.split(separator: ".").count <= depth { return line }
            }
            line += 1
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
