import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// The text table measures each cell once and trims line ends by walking back (decision 52);
/// its bytes must stay those of the writer it replaced, kept here as the reference.
@Suite struct ReportWriterTextTests {
    /// The text table as `ReportWriter.text` wrote it before decision 52.
    static func reference(_ table: ReportTable) -> String {
        // The width as measured before decisions 52 and 63.
        let width = ReportWriterBytesTests.referenceWidth
        func splitLines(_ cell: String) -> [String] {
            guard cell.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return [cell] }
            return cell.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        }
        let cells = [table.columns.map(\.title)] + table.rows.map { $0.map(\.display) }
        let cellLines = cells.map { row in row.map(splitLines) }
        let widths = table.columns.indices.map { column in
            cellLines.map { row in row[column].map(width).max() ?? 0 }.max() ?? 0
        }
        func line(_ row: [String]) -> String {
            let line = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - width(cell))
                return table.columns[index].alignment == .right ? padding + cell : cell + padding
            }.joined(separator: "  ")
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

    static let tricky: [String] = [
        "", " ", "plain", "Cliënten", "e\u{0301}e\u{0301}", "漢字かな", "👩‍👩‍👧 family", "tab\there", "trailing   ",
        "two\nlines", "crlf\r\nline", "cr\ronly", "\u{00A0}nbsp end\u{00A0}", "a,b \"q\"", "  leading", "ﾊﾝｶｸ", "\u{2028}sep",
    ]

    @Test func textTableBytesAreTheReferenceOnTrickyCells() {
        var rng = SystemRandomNumberGenerator()
        for totals in [0, 1] {
            for footnotes in [[], ["* a note", "† another  "]] {
                let rows: [[ReportTable.Cell]] = (0..<24).map { _ in
                    [.text(Self.tricky.randomElement(using: &rng)!), .number(Int.random(in: -5...100_000, using: &rng)),
                     .text(Self.tricky.randomElement(using: &rng)!), .notApplicable, .annotated(3, mark: "*"),
                     .text(Self.tricky.randomElement(using: &rng)!)]
                }
                let table = ReportTable(
                    title: "Tabel ë", columns: [.init("A"), .init("Nummer", alignment: .right), .init("Wide 漢"),
                                                .init("-", alignment: .right), .init("Mark"), .init("Last")],
                    rows: rows, totalRowCount: totals, footnotes: footnotes)
                #expect(ReportWriter.render(table, as: .table) == Self.reference(table))
            }
        }
    }

    @Test func asciiWidthIsOneColumnPerCharacter() {
        for text in ["", "abc", "a\r\nb", "\r\n", "tab\tx", "\u{7F}", "a b c"] {
            let characters = text.count
            if text.utf8.contains(0x0D) {
                #expect(ReportWriter.displayWidth(text) == characters)
            } else {
                #expect(ReportWriter.displayWidth(text) == text.utf8.count)
                #expect(ReportWriter.displayWidth(text) == characters)
            }
        }
    }
}
