import Foundation
import WerkbankCore

/// Writes a ``ReportTable`` in each ``ReportFormat``. All formats carry the same cells.
public enum ReportWriter {
    /// The table as text in the given format, ending in a newline.
    public static func render(_ table: ReportTable, as format: ReportFormat) -> String {
        switch format {
        case .table: text(table)
        case .csv: csv(table)
        case .json: ReportJSON.render(table)
        case .md: markdown(table)
        }
    }

    static func text(_ table: ReportTable) -> String {
        let cells = [table.columns.map(\.title)] + table.rows.map { $0.map(\.display) }
        // A cell of several lines (a memo) is drawn line by line, each in its column: a line
        // break written into the row would start the next row at the left edge. Each line's
        // width is worked out once, for the column widths and for its padding.
        let cellLines = cells.map { row in row.map { splitLines($0).map { (text: $0, width: displayWidth($0)) } } }
        let widths = table.columns.indices.map { column in
            cellLines.map { row in row[column].map(\.width).max() ?? 0 }.max() ?? 0
        }
        var output = ""
        func append(_ row: [(text: String, width: Int)]) {
            var line = ""
            for (index, cell) in row.enumerated() {
                if index > 0 { line += "  " }
                let padding = widths[index] - cell.width
                if table.columns[index].alignment == .right {
                    line += String(repeating: " ", count: padding)
                    line += cell.text
                } else {
                    line += cell.text
                    line += String(repeating: " ", count: padding)
                }
            }
            // Trailing white space trimmed from the end: the regular expression `\s+$` tried
            // every start in a run of spaces, quadratic in a deep code's indentation. The end is
            // found by walking back; removing scalars one by one rebuilt the line each time.
            let scalars = line.unicodeScalars
            var end = scalars.endIndex
            while end > scalars.startIndex {
                let before = scalars.index(before: end)
                guard scalars[before].properties.isWhitespace else { break }
                end = before
            }
            output += String(scalars[..<end])
            output += "\n"
        }
        func physicalLines(_ row: [[(text: String, width: Int)]]) {
            let count = row.map(\.count).max() ?? 1
            for index in 0..<max(1, count) { append(row.map { index < $0.count ? $0[index] : ("", 0) }) }
        }
        output += table.title + "\n\n"
        physicalLines(cellLines[0])
        let bodyEnd = table.rows.count - table.totalRowCount
        for (index, row) in cellLines.dropFirst().enumerated() {
            if index == bodyEnd, table.totalRowCount > 0 {
                output += String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + "\n"
            }
            physicalLines(row)
        }
        if !table.footnotes.isEmpty { output += "\n" + table.footnotes.joined(separator: "\n") + "\n" }
        return output
    }

    /// The lines of a cell: split at LF, CRLF or CR; one empty line for an empty cell.
    private static func splitLines(_ cell: String) -> [String] {
        guard cell.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return [cell] }
        return cell.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    static func csv(_ table: ReportTable) -> String {
        var rows = [table.columns.map(\.title)] + table.rows.map { $0.map(\.display) }
        // Footnotes go in rows of their own with the full number of fields, so that the file
        // stays rectangular for R and spreadsheets.
        rows += table.footnotes.map { [$0] + Array(repeating: "", count: max(0, table.columns.count - 1)) }
        return csvLines(rows) + "\r\n"
    }

    /// Rows as RFC 4180 lines, CRLF between them, none after the last.
    static func csvLines(_ rows: [[String]]) -> String {
        CSVText.lines(rows)
    }

    static func markdown(_ table: ReportTable) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
        }
        // A line break would end the table row: a cell of several lines (a memo) keeps them as
        // `<br>`, which GitHub and pandoc draw as line breaks inside the cell.
        func cell(_ text: String) -> String {
            escape(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "<br>")
        }
        func row(_ cells: [String]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |" }
        var lines = ["**\(escape(table.title))**", "", row(table.columns.map(\.title))]
        lines.append("|" + table.columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined())
        lines += table.rows.map { row($0.map(\.display)) }
        if !table.footnotes.isEmpty { lines += [""] + table.footnotes.map(escape) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Terminal columns a text takes: one per character, two for East Asian wide ones.
    static func displayWidth(_ text: String) -> Int {
        // ASCII without CR: one column per byte (no other ASCII characters join into one).
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return text.utf8.count }
        return text.reduce(0) { width, character in
            guard let scalar = character.unicodeScalars.first else { return width }
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            return width + (wide ? 2 : 1)
        }
    }
}
