import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// The JSON writer against JSONSerialization (what `ReportWriter` used before): the same bytes.
@Suite struct ReportJSONTests {
    static func serialized(_ table: ReportTable) -> String {
        let titles = table.columns.map(\.title)
        let rows: [[String: Any]] = table.rows.map { row in
            var object = Dictionary(uniqueKeysWithValues: zip(titles, row.map(Self.jsonValue)))
            var marks: [String: String] = [:]
            for (title, cell) in zip(titles, row) {
                if case .annotated(_, let mark) = cell { marks[title] = mark }
            }
            if !marks.isEmpty { object["footnoteMarks"] = marks }
            return object
        }
        let object: [String: Any] = ["title": table.title, "columns": titles, "rows": rows, "footnotes": table.footnotes]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Numbers stay numbers; a published `-` becomes null; a footnote mark moves to the row's
    /// `footnoteMarks`, keyed by column.
    static func jsonValue(_ cell: ReportTable.Cell) -> Any {
        switch cell {
        case .text(let text): text
        case .number(let value), .annotated(let value, _): value
        case .notApplicable: NSNull()
        }
    }


    static let tricky = ["", "a/b", "say \"ja\"", "back\\slash", "é日本👩‍👩‍👧", "tab\tnew\nline\r\u{8}\u{c}",
                         String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "\u{7F}\u{2028}\u{FEFF}"]

    @Test func fragmentsTableWithTrickyCellsIsWhatJSONSerializationWrote() {
        let columns = ["Id", "Case", "Source", "kind", "Speaker", "Role", "Code", "Coder", "Start", "End", "Quote", "Memo",
                       "10 b", "9 a", "Zorg 2", "zorg 1", "Ä", "a"].map { ReportTable.Column($0) }
        let rows: [[ReportTable.Cell]] = Self.tricky.enumerated().map { number, text in
            columns.indices.map { column in
                switch (column + number) % 4 {
                case 0: .text(text)
                case 1: .number(column * 1000 - number)
                case 2: .notApplicable
                default: .annotated(column, mark: text.isEmpty ? "*" : text)
                }
            }
        }
        let table = ReportTable(title: "Fragments \"x\"/y", columns: columns, rows: rows + [[.text("short row")]],
                                footnotes: Self.tricky)
        #expect(ReportJSON.render(table) == Self.serialized(table))
    }

    @Test func emptyTableAndNoFootnotes() {
        let table = ReportTable(title: "t", columns: [.init("a")], rows: [])
        #expect(ReportJSON.render(table) == Self.serialized(table))
        let one = ReportTable(title: "t", columns: [.init("b"), .init("a")], rows: [[.text("x"), .annotated(3, mark: "†")]])
        #expect(ReportJSON.render(one) == Self.serialized(one))
    }
}
