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
        // break written into the row would start the next row at the left edge.
        let cellLines = cells.map { row in row.map(splitLines) }
        let widths = table.columns.indices.map { column in
            cellLines.map { row in row[column].map(displayWidth).max() ?? 0 }.max() ?? 0
        }
        func line(_ row: [String]) -> String {
            let line = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - displayWidth(cell))
                return table.columns[index].alignment == .right ? padding + cell : cell + padding
            }.joined(separator: "  ")
            // Trailing white space trimmed from the end: the regular expression `\s+$` tried
            // every start in a run of spaces, quadratic in a deep code's indentation.
            var scalars = line.unicodeScalars
            while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
            return String(scalars)
        }
        func physicalLines(_ row: [[String]]) -> [String] {
            let count = row.map(\.count).max() ?? 1
            return (0..<max(1, count)).map { index in line(row.map { index < $0.count ? $0[index] : "" }) }
        }
        var lines = [table.title, ""] + physicalLines(cellLines[0])
        let bodyEnd = table.rows.count - table.totalRowCount
        for (index, row) in cellLines.dropFirst().enumerated() {
            if index == bodyEnd, table.totalRowCount > 0 {
                lines.append(String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
            }
            lines += physicalLines(row)
        }
        if !table.footnotes.isEmpty { lines += [""] + table.footnotes }
        return lines.joined(separator: "\n") + "\n"
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
        text.reduce(0) { width, character in
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
