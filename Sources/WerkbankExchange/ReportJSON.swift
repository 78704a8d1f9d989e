import Foundation
import WerkbankCore

/// A ``ReportTable`` as JSON, byte for byte what `JSONSerialization` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` for the same object, without
/// building the object: 13,679 fragments took 2 s through `JSONSerialization` (decision 46).
enum ReportJSON {
    static func render(_ table: ReportTable) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256 + table.rows.count * 64 * max(1, table.columns.count))
        write(table, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 of ``render(_:)``, appended to `out`.
    static func write(_ table: ReportTable, into out: inout [UInt8]) {
        var rows = Rows(columns: table.columns.map(\.title), footnotes: table.footnotes, into: &out)
        for row in table.rows { rows.append(row, into: &out) }
        rows.finish(title: table.title, into: &out)
    }

    /// Indices of `keys` in the order of JSONSerialization's `.sortedKeys`.
    static func sortedIndices(_ keys: [String]) -> [Int] {
        let locale = NSLocale.system
        return keys.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            return x.compare(y, options: [.numeric, .caseInsensitive, .forcedOrdering], range: x.startIndex..<x.endIndex,
                             locale: locale) == .orderedAscending
        }
    }

    private static func indent(_ level: Int, into out: inout [UInt8]) {
        out += repeatElement(0x20, count: 2 * level)
    }

    static func array(_ items: [String], indent level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: "[\n".utf8)
        for (number, item) in items.enumerated() {
            if number > 0 { out.append(contentsOf: ",\n".utf8) }
            indent(level + 1, into: &out)
            string(item, into: &out)
        }
        out.append(0x0A)
        indent(level, into: &out)
        out.append(0x5D)
    }

    static func object(_ pairs: [(String, String)], indent level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: "{\n".utf8)
        let order = sortedIndices(pairs.map(\.0))
        for (number, index) in order.enumerated() {
            if number > 0 { out.append(contentsOf: ",\n".utf8) }
            indent(level + 1, into: &out)
            string(pairs[index].0, into: &out)
            out.append(contentsOf: " : ".utf8)
            string(pairs[index].1, into: &out)
        }
        out.append(0x0A)
        indent(level, into: &out)
        out.append(0x7D)
    }

    /// A JSON string as JSONSerialization escapes it: `"`, `\`, the named control characters,
    /// other controls as `\u00xx` (lowercase hex); everything else, `/` included, as it is.
    static func string(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (at, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out += bytes[start..<at]
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x08: out += [0x5C, 0x62]
                case 0x0C: out += [0x5C, 0x66]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                default:
                    out.append(contentsOf: "\\u00".utf8)
                    if byte < 0x10 { out.append(0x30) }
                    out.append(contentsOf: String(byte, radix: 16).utf8)
                }
                start = at + 1
            }
            out += bytes[start...]
        }
        out.append(0x22)
    }
}
