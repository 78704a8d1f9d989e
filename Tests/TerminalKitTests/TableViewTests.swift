import Testing
@testable import TerminalKit

@Suite struct TableViewTests {
    static let columns = [
        TableColumn("Casestudies"), TableColumn("Jeugdgezondheid", alignment: .right),
        TableColumn("Zorg 1", alignment: .right), TableColumn("Sociale studies", alignment: .right),
        TableColumn("Zorg 2", alignment: .right), TableColumn("Total", alignment: .right),
    ]
    static let rows: [[Span]] = [
        ["Studenten", "2", "7", "9", "6 *", "24"],
        ["Ondersteuners", "3", "9", "5", "4", "21"],
        ["Professionals", "3", "4", "5", "7", "19"],
        ["Management", "1", "1", "1", "1", "4"],
        ["Cliënten", "-", "7", "-", "-", "7"],
        ["Totaal", "9", "28", "20", "18", "75"],
    ].map { $0.map { Span($0) } }

    func table(selectedRow: Int? = nil, offset: Int = 0) -> TableView {
        TableView(columns: Self.columns, rows: Self.rows, totalRowCount: 1, selectedRow: selectedRow,
                  headerStyle: TestStyle.bold, totalStyle: TestStyle.bold, selectedStyle: TestStyle.selected, offset: offset)
    }

    @Test func respondentTable() {
        let text = screen(80, 8) { buffer, area in table().render(into: &buffer, area: area) }
        #expect(text == """
            Casestudies    Jeugdgezondheid  Zorg 1  Sociale studies  Zorg 2  Total
            Studenten                    2       7                9     6 *     24
            Ondersteuners                3       9                5       4     21
            Professionals                3       4                5       7     19
            Management                   1       1                1       1      4
            Cliënten                     -       7                -       -      7
            ──────────────────────────────────────────────────────────────────────
            Totaal                       9      28               20      18     75
            """)
    }

    @Test func stylesOfHeaderBodyTotalsAndSelection() {
        var buffer = ScreenBuffer(width: 72, height: 9)
        table(selectedRow: 2).render(into: &buffer, area: buffer.bounds)
        #expect(buffer[0, 0].style == TestStyle.bold)
        #expect(buffer[0, 1].style == .plain)
        #expect(buffer.row(3).allSatisfy { $0.style == TestStyle.selected })
        #expect(buffer[0, 7].style == TestStyle.bold)
    }

    @Test func columnWidthsFitTheContent() {
        #expect(TableView.columnWidths(columns: Self.columns, rows: Self.rows, available: 100) == [13, 15, 6, 15, 6, 5])
        // Too narrow by 6: the only left-aligned column gives up to one column first.
        #expect(TableView.columnWidths(columns: Self.columns, rows: Self.rows, available: 64) == [7, 15, 6, 15, 6, 5])
        // Then the widest right-aligned columns.
        #expect(TableView.columnWidths(columns: Self.columns, rows: Self.rows, available: 56) == [1, 14, 6, 14, 6, 5])
    }

    /// A column that shrinks first gives its width up to its header's before the others.
    @Test func aColumnThatShrinksFirstGivesUpItsWidthFirst() {
        let columns = [TableColumn("Title"), TableColumn("Who", shrinksFirst: true)]
        let rows = [[Span("Interview met de manager"), Span("O1 O2 O3 O4 P1 P2 C1")]]
        #expect(TableView.columnWidths(columns: columns, rows: rows, available: 46) == [24, 20])
        #expect(TableView.columnWidths(columns: columns, rows: rows, available: 30) == [24, 4])
        #expect(TableView.columnWidths(columns: columns, rows: rows, available: 25) == [20, 3], "then the others, as before")
        let plain = [TableColumn("Title"), TableColumn("Who")]
        #expect(TableView.columnWidths(columns: plain, rows: rows, available: 30) == [14, 14])
    }

    @Test func narrowAreaCutsTheWidestLeftColumnWithAnEllipsis() {
        let text = screen(64, 8) { buffer, area in table().render(into: &buffer, area: area) }
        #expect(text == """
            Casest…  Jeugdgezondheid  Zorg 1  Sociale studies  Zorg 2  Total
            Studen…                2       7                9     6 *     24
            Onders…                3       9                5       4     21
            Profes…                3       4                5       7     19
            Manage…                1       1                1       1      4
            Cliënt…                -       7                -       -      7
            ────────────────────────────────────────────────────────────────
            Totaal                 9      28               20      18     75
            """)
    }

    @Test func bodyScrollsWhileTotalsStay() {
        let text = screen(72, 5) { buffer, area in table(offset: 3).render(into: &buffer, area: area) }
        #expect(text == """
            Casestudies    Jeugdgezondheid  Zorg 1  Sociale studies  Zorg 2  Total
            Management                   1       1                1       1      4
            Cliënten                     -       7                -       -      7
            ──────────────────────────────────────────────────────────────────────
            Totaal                       9      28               20      18     75
            """)
        #expect(table().visibleBodyRows(in: Rect(x: 0, y: 0, width: 72, height: 5)) == 2)
    }

    @Test func fixedWidthAndMissingCells() {
        let text = screen(20, 3) { buffer, area in
            TableView(columns: [TableColumn("Code", width: 5), TableColumn("n", alignment: .right)],
                      rows: [[Span("VMM-lang")], [Span("LOS"), Span("12")]],
                      headerStyle: .plain, totalStyle: .plain, selectedStyle: .plain)
                .render(into: &buffer, area: area)
        }
        #expect(text == """
            Code    n
            VMM-…
            LOS    12
            """)
    }
}
