import Foundation
import WerkbankCore

/// Writes a ``ReportTable`` in each ``ReportFormat``. All formats carry the same cells.
public enum ReportWriter {
    /// The table as text in the given format, ending in a newline.
    public static func render(_ table: ReportTable, as format: ReportFormat) -> String {
        String(decoding: bytes(table, as: format), as: UTF8.self)
    }

    /// The UTF-8 of ``render(_:as:)``, written as bytes without a `String` of the whole
    /// output: for printing a large table (decision 63).
    public static func bytes(_ table: ReportTable, as format: ReportFormat) -> [UInt8] {
        let capacity = 4096 + table.rows.count * 48 * max(1, table.columns.count)
        if var writer = ReportRowWriter(format: format, columns: table.columns, footnotes: table.footnotes,
                                        reservingCapacity: capacity) {
            for row in table.rows { writer.append(row) }
            return writer.finish(title: table.title)
        }
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        if format == .table { text(table, into: &out) } else { markdown(table, into: &out) }
        return out
    }

    /// The lines of a cell: split at LF, CRLF or CR; one empty line for an empty cell.
    static func splitLines(_ cell: String) -> [String] {
        guard hasLineBreak(cell) else { return [cell] }
        return cell.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// Rows as RFC 4180 lines, CRLF between them, none after the last.
    static func csvLines(_ rows: [[String]]) -> String {
        CSVText.lines(rows)
    }

    /// Terminal columns a text takes: one per character, two for East Asian wide ones.
    static func displayWidth(_ text: String) -> Int {
        // ASCII without CR: one column per byte (no other ASCII characters join into one).
        var text = text
        if text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) { return text.utf8.count }
        // Latin with diacritics and common punctuation: one column per scalar, each a character.
        if let count = SingleScalarCharacters.count(text) { return count }
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
