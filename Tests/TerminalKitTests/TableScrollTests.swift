import Testing
@testable import TerminalKit

/// A table with its label column and header frozen scrolls both ways, shows what is out of
/// view and never cuts its row labels to nothing.
@Suite struct TableScrollTests {
    static let notes = ["* 4 from last school year, 2 from current school year"]

    func table(_ scroll: TableScroll = TableScroll(), notes: [String] = [], selectedRow: Int? = nil) -> TableView {
        var table = TableView(columns: TableViewTests.columns, rows: TableViewTests.rows, totalRowCount: 1, selectedRow: selectedRow,
                              headerStyle: TestStyle.bold, totalStyle: TestStyle.bold, selectedStyle: TestStyle.selected,
                              frozenColumns: 1, notes: notes, markStyle: TestStyle.red)
        table.scroll = scroll
        return table
    }

    @Test func columnsScrollWhileTheLabelColumnAndHeaderStay() {
        let start = screen(40, 8) { buffer, area in table().render(into: &buffer, area: area) }
        #expect(start == """
            Casestudies    Jeugdgezondheid  Zorg 1 ▶
            Studenten                    2       7
            Ondersteuners                3       9
            Professionals                3       4
            Management                   1       1
            Cliënten                     -       7
            ──────────────────────────────────────
            Totaal                       9      28
            """)
        let end = screen(40, 8) { buffer, area in table(TableScroll(column: 3)).render(into: &buffer, area: area) }
        #expect(end == """
            Casestudies  ◀ Zorg 2  Total
            Studenten         6 *     24
            Ondersteuners       4     21
            Professionals       7     19
            Management          1      4
            Cliënten            -      7
            ────────────────────────────
            Totaal             18     75
            """)
    }

    @Test func wholeTableShowsWithoutMarks() {
        let text = screen(80, 10) { buffer, area in table(notes: Self.notes).render(into: &buffer, area: area) }
        #expect(text == """
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
        #expect(table(notes: Self.notes).layout(in: Rect(x: 0, y: 0, width: 80, height: 10)).limits == TableScroll.Limits(lastRow: 0, lastColumn: 0))
    }

    @Test func limitsStopScrollingAtTheEnds() {
        let area = Rect(x: 0, y: 0, width: 40, height: 8)
        let limits = table().layout(in: area).limits
        #expect(limits == TableScroll.Limits(lastRow: 0, lastColumn: 3))
        var scroll = TableScroll()
        for _ in 0..<10 { scroll.scroll(columns: 1, within: limits) }
        #expect(scroll == TableScroll(row: 0, column: 3))
        scroll.scroll(columns: -1, within: limits)
        #expect(scroll.column == 2, "one key back after running into the end moves back at once")
        scroll.scroll(rows: -Int.max, columns: Int.max, within: nil)
        #expect(scroll == TableScroll(row: 0, column: Int.max), "unknown limits: the next layout clamps")
        #expect(table(scroll).layout(in: area).scroll == TableScroll(row: 0, column: 3))
    }

    @Test func rowsScrollIntoTheNotesWhileTheTotalsStay() {
        let area = Rect(x: 0, y: 0, width: 40, height: 7)
        let layout = table(notes: Self.notes).layout(in: area)
        // 5 body rows and 3 note lines (an empty one, the note wrapped) in 4 rows beside the
        // header, rule and totals: 4 rows down to see them all.
        #expect(layout.limits.lastRow == 4)
        #expect(layout.noteLines == ["", "* 4 from last school year, 2 from", "current school year"])
        let top = screen(40, 7) { buffer, area in table(notes: Self.notes).render(into: &buffer, area: area) }
        #expect(top == """
            Casestudies    Jeugdgezondheid  Zorg 1 ▶
            Studenten                    2       7
            Ondersteuners                3       9
            Professionals                3       4
            Management                   1       1 ▼
            ──────────────────────────────────────
            Totaal                       9      28
            """)
        let middle = screen(40, 7) { buffer, area in table(TableScroll(row: 2), notes: Self.notes).render(into: &buffer, area: area) }
        #expect(middle == """
            Casestudies    Jeugdgezondheid  Zorg 1 ▶
            Professionals                3       4 ▲
            Management                   1       1
            Cliënten                     -       7 ▼
            ──────────────────────────────────────
            Totaal                       9      28

            """)
        let bottom = screen(40, 7) { buffer, area in table(TableScroll(row: 9), notes: Self.notes).render(into: &buffer, area: area) }
        #expect(bottom == """
            Casestudies    Jeugdgezondheid  Zorg 1 ▶
            Cliënten                     -       7 ▲
            ──────────────────────────────────────
            Totaal                       9      28

            * 4 from last school year, 2 from
            current school year
            """)
    }

    @Test func marksAreStyledAndTheSelectedRowKeepsItsStyle() {
        var buffer = ScreenBuffer(width: 40, height: 7)
        table(TableScroll(row: 1), selectedRow: 2).render(into: &buffer, area: buffer.bounds)
        #expect(buffer[39, 0].text == "▶" && buffer[39, 0].style == TestStyle.red)
        #expect(buffer[39, 1].text == "▲" && buffer[39, 1].style == TestStyle.red)
        #expect(buffer[0, 2].style == TestStyle.selected)
    }

    @Test func rowLabelsKeepAReadableWidth() {
        let columns = [TableColumn("Code")] + (1...12).map { TableColumn("Column \($0)", alignment: .right) }
        let rows: [[Span]] = [["All codes (pooled) and then some more words"] + (1...12).map { "\($0 * 111)" }].map { $0.map { Span($0) } }
        let view = TableView(columns: columns, rows: rows, headerStyle: .plain, totalStyle: .plain, selectedStyle: .plain, frozenColumns: 1)
        let text = screen(50, 2) { buffer, area in view.render(into: &buffer, area: area) }
        // Half of the 48 columns left of the marks go to the label; the columns that scroll
        // are drawn whole or not at all.
        #expect(text == """
            Code                      Column 1  Column 2 ▶
            All codes (pooled) and …       111       222
            """)
        let narrow = screen(30, 2) { buffer, area in view.render(into: &buffer, area: area) }
        #expect(narrow == """
            Code            Column 1 ▶
            All codes (po…       111
            """, "half the area, at least \(TableView.minimumFrozenWidth) columns, never just …")
        // Shrinking instead of scrolling (no frozen column) leaves nothing readable here.
        var shrinking = view
        shrinking.frozenColumns = 0
        #expect(screen(30, 2) { buffer, area in shrinking.render(into: &buffer, area: area) }.hasPrefix("…  …"))
    }

    @Test func revealingACellScrollsAsLittleAsNeeded() {
        let area = Rect(x: 0, y: 0, width: 40, height: 5)
        // Column 4 (Zorg 2) is out of view at the start: the view moves right until it shows.
        let right = table().scroll(revealing: 4, column: 4, in: area)
        #expect(right == TableScroll(row: 3, column: 2))
        #expect(table(right).layout(in: area).column(4) != nil)
        // Back to column 3, still in view: nothing moves (no jitter while the cursor moves).
        #expect(table(right).scroll(revealing: 3, column: 3, in: area) == right)
        // Column 1 is left of the view: it becomes the first shown.
        #expect(table(right).scroll(revealing: 0, column: 1, in: area) == TableScroll(row: 0, column: 0))
        // The frozen column is always in view.
        #expect(table(right).scroll(revealing: nil, column: 0, in: area) == right)
    }

    @Test func tinyAreasAndEmptyTablesDrawWhatFits() {
        for (width, height) in [(0, 0), (1, 1), (3, 2), (14, 3)] {
            for scroll in [TableScroll(), TableScroll(row: 99, column: 99)] {
                var buffer = ScreenBuffer(width: max(1, width), height: max(1, height))
                let layout = table(scroll, notes: Self.notes).render(into: &buffer, area: Rect(x: 0, y: 0, width: width, height: height))
                #expect(layout.scroll.row <= layout.limits.lastRow && layout.scroll.column <= layout.limits.lastColumn)
                #expect(layout.columns.allSatisfy { $0.x + $0.width <= max(0, width) || $0.width == 0 })
            }
        }
        let empty = TableView(columns: [TableColumn("Code")], rows: [], headerStyle: .plain, totalStyle: .plain,
                              selectedStyle: .plain, frozenColumns: 1, notes: ["a note"])
        #expect(screen(20, 4) { buffer, area in empty.render(into: &buffer, area: area) } == "Code\n\na note\n")
    }
}
