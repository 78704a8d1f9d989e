import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

@Suite struct ReportWriterTests {
    let report: ReportTable

    init() throws {
        report = try CaseFolderLoader(folder: sampleCasesURL).load().respondentTable.report
    }

    @Test func textLooksLikeThePublishedTable() {
        #expect(ReportWriter.render(report, as: .table) == """
            Respondenten

            Casestudies    Jeugdgezondheid  Zorg 1  Sociale studies  Zorg 2  Total
            Studenten                    2       7                9     6 *     24
            Ondersteuners                3       9                5       4     21
            Professionals                3       4                5       7     19
            Management                   1       1                1       1      4
            Cliënten                     -       7                -       -      7
            ──────────────────────────────────────────────────────────────────────
            Totaal                       9      28               20      18     75

            * 4 from last school year, 2 from current school year

            """)
    }

    @Test func aLargeTableWrittenInTwoHalvesIsTheSameCSV() {
        let rows: [[ReportTable.Cell]] = (0..<12_345).map { index in
            [.number(index), .text("Cliënten \"zeggen\", één\nregel \(index)"), .text(index % 7 == 0 ? "" : "x,y")]
        }
        let table = ReportTable(title: "Groot", columns: [.init("N"), .init("Quote"), .init("Other")], rows: rows,
                                footnotes: ["* voetnoot"])
        let csv = ReportWriter.render(table, as: .csv)
        let oneCore = ReportWriter.csvLines([["N", "Quote", "Other"]] + rows.map { $0.map(\.display) } + [["* voetnoot", "", ""]]) + "\r\n"
        #expect(csv == oneCore)
        #expect(csv.hasPrefix("N,Quote,Other\r\n0,\"Cliënten \"\"zeggen\"\", één\nregel 0\",\r\n"))
        #expect(csv.hasSuffix("\r\n* voetnoot,,\r\n"))
    }

    @Test func csvIsRectangularRFC4180() {
        let csv = ReportWriter.render(report, as: .csv)
        #expect(csv == [
            "Casestudies,Jeugdgezondheid,Zorg 1,Sociale studies,Zorg 2,Total",
            "Studenten,2,7,9,6 *,24",
            "Ondersteuners,3,9,5,4,21",
            "Professionals,3,4,5,7,19",
            "Management,1,1,1,1,4",
            "Cliënten,-,7,-,-,7",
            "Totaal,9,28,20,18,75",
            "\"* 4 from last school year, 2 from current school year\",,,,,",
        ].joined(separator: "\r\n") + "\r\n")
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let table = ReportTable(title: "t", columns: [.init("a"), .init("b")], rows: [[.text("say \"ja\""), .text("een,\ntwee")]])
        #expect(ReportWriter.render(table, as: .csv) == "a,b\r\n\"say \"\"ja\"\"\",\"een,\ntwee\"\r\n")
    }

    @Test func markdownKeepsAMemoOfSeveralLinesInItsCell() {
        let table = ReportTable(title: "t", columns: [.init("Code"), .init("Memo")], rows: [[.text("LOS"), .text("een\r\ntwee\ndrie")]])
        let markdown = ReportWriter.render(table, as: .md)
        #expect(markdown.contains("| LOS | een<br>twee<br>drie |"))
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("|") }.count == 3)
    }

    @Test func jsonKeepsNumbersNullsAndMarks() throws {
        let data = Data(ReportWriter.render(report, as: .json).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(object["columns"] as? [String] == ["Casestudies", "Jeugdgezondheid", "Zorg 1", "Sociale studies", "Zorg 2", "Total"])
        #expect(rows[0]["Zorg 2"] as? Int == 6)
        #expect(rows[0]["footnoteMarks"] as? [String: String] == ["Zorg 2": "*"])
        #expect(rows[4]["Casestudies"] as? String == "Cliënten")
        #expect(rows[4]["Jeugdgezondheid"] is NSNull)
        #expect(rows[5]["Total"] as? Int == 75)
        #expect(object["footnotes"] as? [String] == ["* 4 from last school year, 2 from current school year"])
    }

    @Test func markdownIsAPipeTable() {
        let lines = ReportWriter.render(report, as: .md).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "| Casestudies | Jeugdgezondheid | Zorg 1 | Sociale studies | Zorg 2 | Total |")
        #expect(lines[3] == "|---|---:|---:|---:|---:|---:|")
        #expect(lines[4] == "| Studenten | 2 | 7 | 9 | 6 \\* | 24 |")
        #expect(lines[8] == "| Cliënten | - | 7 | - | - | 7 |")
        #expect(lines[11] == "\\* 4 from last school year, 2 from current school year")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(ReportWriter.displayWidth("Cliënten") == 8)
        #expect(ReportWriter.displayWidth("漢字") == 4)
    }

    @Test func deepIndentationIsKeptAndTrailingSpaceTrimmed() {
        // A 3,000-deep chain of codes indents its last row by 6,000 spaces; trimming the line
        // end with `\s+$` tried each of them as a start (quadratic per line).
        let depth = 3_000
        let rows: [[ReportTable.Cell]] = (0..<depth).map { [.text(String(repeating: "  ", count: $0) + "c\($0)"), .text("")] }
        let table = ReportTable(title: "Diep", columns: [.init("Code"), .init("Leeg")], rows: rows, footnotes: [])
        let lines = ReportWriter.render(table, as: .table).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == depth + 4)
        #expect(lines[3] == "c0")
        #expect(lines[depth + 2] == String(repeating: "  ", count: depth - 1) + "c\(depth - 1)")
    }
}

@Suite struct MultiLineCellTests {
    /// A memo of two lines in a text table (issue 11 item 5): its second line stands under
    /// its first, in its column, on a line of its own; the other columns stay aligned.
    @Test func aCellWithALineBreakTakesARowPerLine() {
        let table = ReportTable(title: "Fragments (2)", columns: [.init("Code"), .init("Start", alignment: .right), .init("Memo")],
                                rows: [[.text("LOS"), .number(12), .text("Eerste regel\ntweede regel")],
                                       [.text("GOC"), .number(7), .text("kort")]])
        #expect(ReportWriter.render(table, as: .table) == """
            Fragments (2)

            Code  Start  Memo
            LOS      12  Eerste regel
                         tweede regel
            GOC       7  kort

            """)
    }
}
