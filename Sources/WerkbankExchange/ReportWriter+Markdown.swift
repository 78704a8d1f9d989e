import Foundation
import WerkbankCore

extension ReportWriter {
    /// The table as a Markdown pipe table, its UTF-8 appended to `out`: the title in bold, `|`
    /// and `*` escaped, a cell's line breaks as `<br>` (GitHub and pandoc draw them as line
    /// breaks inside the cell; a line break itself would end the row), footnotes below.
    /// Written as bytes: escaping each cell through `replacingOccurrences` and splitting it
    /// into lines took 0.5 s for 13,679 fragments (decision 70).
    static func markdown(_ table: ReportTable, into out: inout [UInt8]) {
        func row(_ cells: [String]) {
            out.append(contentsOf: "| ".utf8)
            for (index, cell) in cells.enumerated() {
                if index > 0 { out.append(contentsOf: " | ".utf8) }
                markdownCell(cell, into: &out)
            }
            out.append(contentsOf: " |\n".utf8)
        }
        out.append(contentsOf: "**".utf8)
        out.append(contentsOf: markdownEscaped(table.title).utf8)
        out.append(contentsOf: "**\n\n".utf8)
        row(table.columns.map(\.title))
        out.append(UInt8(ascii: "|"))
        for column in table.columns { out.append(contentsOf: (column.alignment == .right ? "---:|" : "---|").utf8) }
        out.append(0x0A)
        for cells in table.rows { row(cells.map(\.display)) }
        if !table.footnotes.isEmpty {
            out.append(0x0A)
            out.append(contentsOf: table.footnotes.map(markdownEscaped).joined(separator: "\n").utf8)
            out.append(0x0A)
        }
    }

    static func markdownEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
    }

    /// A cell escaped, its lines joined by `<br>`: what ``markdownEscaped(_:)`` and splitting at
    /// every `Character` that `isNewline` give, byte by byte where no character can join a `|`,
    /// `*` or line break to what follows (a combining mark after one, or a newline outside ASCII).
    static func markdownCell(_ cell: String, into out: inout [UInt8]) {
        var cell = cell
        let simple = cell.withUTF8 { bytes in
            for (index, byte) in bytes.enumerated()
            where byte == UInt8(ascii: "|") || byte == UInt8(ascii: "*") || byte == 0xC2 || byte == 0xE2 {
                switch byte {
                case 0xC2:
                    // U+0085, NEXT LINE.
                    if index + 1 < bytes.count, bytes[index + 1] == 0x85 { return false }
                case 0xE2:
                    // U+2028 and U+2029, the line and paragraph separators.
                    if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
                default:
                    // A mark after it, or a prepended character before it, makes it part of another character.
                    if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return false }
                    if index > 0, bytes[index - 1] >= 0x80 { return false }
                }
            }
            return true
        }
        guard simple else {
            let lines = markdownEscaped(cell).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            out.append(contentsOf: lines.joined(separator: "<br>").utf8)
            return
        }
        cell.withUTF8 { bytes in
            var index = 0
            var start = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "|"), UInt8(ascii: "*"):
                    out.append(contentsOf: bytes[start..<index])
                    out.append(UInt8(ascii: "\\"))
                    start = index
                    index += 1
                case 0x0A...0x0D:
                    out.append(contentsOf: bytes[start..<index])
                    out.append(contentsOf: "<br>".utf8)
                    // CR LF is one character, one line break.
                    index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                    start = index
                default:
                    index += 1
                }
            }
            out.append(contentsOf: bytes[start..<index])
        }
    }
}
