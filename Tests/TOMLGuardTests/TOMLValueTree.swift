import Foundation
import TOMLKit

/// A parsed TOML value in the form of the test suite's JSON, for comparing: tables, arrays,
/// and typed scalars with their values normalised (numbers as numbers, date-times as parts).
indirect enum TOMLValueTree: Equatable, CustomStringConvertible {
    case table([String: TOMLValueTree])
    case array([TOMLValueTree])
    case scalar(type: String, value: Scalar)

    enum Scalar: Equatable {
        case text(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        /// Year, month, day, hour, minute, second, nanosecond, offset in minutes (nil: local),
        /// each nil when the kind has no such part.
        case time([Int?])

        static func == (lhs: Scalar, rhs: Scalar) -> Bool {
            switch (lhs, rhs) {
            case (.float(let a), .float(let b)): (a.isNaN && b.isNaN) || a == b
            case (.text(let a), .text(let b)): a == b
            case (.integer(let a), .integer(let b)): a == b
            case (.bool(let a), .bool(let b)): a == b
            case (.time(let a), .time(let b)): a == b
            default: false
            }
        }
    }

    var description: String {
        switch self {
        case .table(let entries): "{" + entries.keys.sorted().map { "\($0.debugDescription): \(entries[$0]!)" }.joined(separator: ", ") + "}"
        case .array(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .scalar(let type, let value): "\(type)(\(value))"
        }
    }

    /// From the suite's JSON.
    init?(json: Any) {
        if let object = json as? [String: Any] {
            if object.count == 2, let type = object["type"] as? String, let value = object["value"] as? String {
                guard let scalar = Self.scalar(type: type, text: value) else { return nil }
                self = .scalar(type: type, value: scalar)
                return
            }
            var entries: [String: TOMLValueTree] = [:]
            for (key, value) in object {
                guard let tree = TOMLValueTree(json: value) else { return nil }
                entries[key] = tree
            }
            self = .table(entries)
        } else if let items = json as? [Any] {
            var trees: [TOMLValueTree] = []
            for item in items {
                guard let tree = TOMLValueTree(json: item) else { return nil }
                trees.append(tree)
            }
            self = .array(trees)
        } else {
            return nil
        }
    }

    /// From TOMLKit's values.
    init(_ value: any TOMLValueConvertible) {
        switch value.type {
        case .table:
            var entries: [String: TOMLValueTree] = [:]
            for (key, child) in value.table! { entries[key] = TOMLValueTree(child) }
            self = .table(entries)
        case .array:
            self = .array(value.array!.map { TOMLValueTree($0) })
        case .string: self = .scalar(type: "string", value: .text(value.string!))
        case .int: self = .scalar(type: "integer", value: .integer(value.int!))
        case .double: self = .scalar(type: "float", value: .float(value.double!))
        case .bool: self = .scalar(type: "bool", value: .bool(value.bool!))
        case .date:
            let date = value.date!
            self = .scalar(type: "date-local", value: .time([date.year, date.month, date.day, nil, nil, nil, nil, nil]))
        case .time:
            let time = value.time!
            self = .scalar(type: "time-local", value: .time([nil, nil, nil, time.hour, time.minute, time.second, time.nanoSecond, nil]))
        case .dateTime:
            let full = value.dateTime!
            let parts = [full.date.year, full.date.month, full.date.day, full.time.hour, full.time.minute, full.time.second,
                         full.time.nanoSecond, full.offset?.offset]
            self = .scalar(type: full.offset == nil ? "datetime-local" : "datetime", value: .time(parts))
        }
    }

    private static func scalar(type: String, text: String) -> Scalar? {
        switch type {
        case "string": .text(text)
        case "integer": Int(text).map(Scalar.integer)
        case "float": Double(text.replacingOccurrences(of: "+", with: "")).map(Scalar.float)
        case "bool": text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
        case "datetime", "datetime-local", "date-local", "time-local": timeParts(text).map(Scalar.time)
        default: nil
        }
    }

    /// `1979-05-27T07:32:00.999-07:00` and its parts, as the suite writes them.
    private static func timeParts(_ text: String) -> [Int?]? {
        var parts = [Int?](repeating: nil, count: 8)
        var rest = Substring(text)
        func number(_ count: Int) -> Int? {
            let digits = rest.prefix(count)
            guard digits.count == count, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(count)
            return value
        }
        if rest.count >= 10, rest[rest.index(rest.startIndex, offsetBy: 4)] == "-" {
            parts[0] = number(4); rest = rest.dropFirst()
            parts[1] = number(2); rest = rest.dropFirst()
            parts[2] = number(2)
            if let separator = rest.first, "Tt ".contains(separator) { rest = rest.dropFirst() }
        }
        if !rest.isEmpty {
            parts[3] = number(2); rest = rest.dropFirst()
            parts[4] = number(2)
            if rest.first == ":" { rest = rest.dropFirst(); parts[5] = number(2) } else { parts[5] = 0 }
            var nanos = 0
            if rest.first == "." {
                rest = rest.dropFirst()
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                rest = rest.dropFirst(digits.count)
                nanos = Int((digits + String(repeating: "0", count: 9)).prefix(9)) ?? 0
            }
            parts[6] = nanos
            if let sign = rest.first {
                if sign == "Z" || sign == "z" {
                    parts[7] = 0
                } else {
                    rest = rest.dropFirst()
                    guard let hours = number(2) else { return nil }
                    rest = rest.dropFirst()
                    guard let minutes = number(2) else { return nil }
                    parts[7] = (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
                }
            }
        }
        return parts
    }
}
