import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// Tables written a row at a time: the bytes JSONSerialization and an RFC 4180 writer give for
/// the whole table.
@Suite struct ReportRowWriterTests {
    static let columns = ["Id", "Case", "Quote", "zorg 1", "Ä", "10 b", "9 a"].map { ReportTable.Column($0) }

    static func rows(_ count: Int) -> [[ReportTable.Cell]] {
        (0..<count).map { number in
            let text = ReportJSONTests.tricky[number % ReportJSONTests.tricky.count]
            return columns.indices.map { column in
                switch (column + number) % 4 {
                case 0: .text("Cliënten \"zeggen\", \(text)")
                case 1: .number(column * 1000 - number)
                case 2: .notApplicable
                default: .annotated(column, mark: text.isEmpty ? "*" : text)
                }
            }
        }
    }

    static func written(_ rows: [[ReportTable.Cell]], as format: ReportFormat, title: String, footnotes: [String]) throws -> String {
        var writer = try #require(ReportRowWriter(format: format, columns: columns, footnotes: footnotes))
        for row in rows { writer.append(row) }
        return String(decoding: writer.finish(title: title), as: UTF8.self)
    }

    @Test(arguments: [0, 1, 2, 3_001])
    func jsonIsWhatJSONSerializationWritesForTheWholeTable(count: Int) throws {
        let rows = Self.rows(count)
        let table = ReportTable(title: "Fragments (\(count)), met \"VOR\"/x", columns: Self.columns, rows: rows,
                                footnotes: ["* 4 van vorig schooljaar"])
        let json = try Self.written(rows, as: .json, title: table.title, footnotes: table.footnotes)
        #expect(json == ReportJSONTests.serialized(table))
    }

    @Test(arguments: [0, 1, 2, 3_001])
    func csvIsRectangularRFC4180WithFootnoteRows(count: Int) throws {
        let rows = Self.rows(count)
        let csv = try Self.written(rows, as: .csv, title: "not written", footnotes: ["* voetnoot"])
        let expected = CSVText.lines([Self.columns.map(\.title)] + rows.map { $0.map(\.display) }
                                     + [["* voetnoot"] + Array(repeating: "", count: Self.columns.count - 1)]) + "\r\n"
        #expect(csv == expected)
        #expect(!csv.contains("not written"))
    }

    @Test func formatsThatNeedEveryRowFirstHaveNoRowWriter() {
        #expect(ReportRowWriter(format: .table, columns: Self.columns) == nil)
        #expect(ReportRowWriter(format: .md, columns: Self.columns) == nil)
        #expect(ReportRowWriter(format: .csv, columns: Self.columns) != nil)
    }
}
