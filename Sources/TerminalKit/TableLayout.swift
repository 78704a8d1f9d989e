/// Where a ``TableView`` draws its columns, rows and notes in an area at its scroll position:
/// what screens need to mark a cell or to know how far the table scrolls.
public struct TableLayout: Hashable, Sendable {
    /// A column drawn: its index in the table, where it starts (relative to the area) and
    /// how wide it is drawn.
    public struct Column: Hashable, Sendable {
        public var index: Int
        public var x: Int
        public var width: Int
    }

    /// The columns drawn, left to right: the frozen ones, then the scrolling ones shown.
    public var columns: [Column]
    /// The scroll position, clamped to the limits.
    public var scroll: TableScroll
    /// How far the table can scroll in the area.
    public var limits: TableScroll.Limits
    /// The body rows drawn.
    public var bodyRows: Range<Int>
    /// How many body rows the area shows when no note is in view (a page).
    public var pageRows: Int
    /// The notes under the table: an empty line, then the notes wrapped; the first
    /// `notesShown` of them are drawn.
    public var noteLines: [String]
    public var notesShown: Int
    /// The width of the drawn columns with the space between them.
    public var width: Int
    /// The column (relative to the area) of the scroll marks `◀ ▶ ▲ ▼`, when the table
    /// scrolls; `nil` when it shows whole.
    public var markX: Int?
    /// The columns that scroll are hidden left or right of the view; rows or notes are
    /// hidden above or below.
    public var hiddenLeft: Bool
    public var hiddenRight: Bool
    public var hiddenAbove: Bool
    public var hiddenBelow: Bool

    /// The column `index` as drawn, or `nil` when it is scrolled out of view.
    public func column(_ index: Int) -> Column? {
        columns.first { $0.index == index }
    }

    /// The cell of body row `row` and column `column` on screen, or `nil` when it is out of view.
    public func cell(row: Int, column: Int, in area: Rect) -> Rect? {
        guard bodyRows.contains(row), let placed = self.column(column) else { return nil }
        return Rect(x: area.x + placed.x, y: area.y + 1 + row - bodyRows.lowerBound, width: placed.width, height: 1)
    }
}

extension TableView {
    /// The narrowest a frozen (label) column is cut to when the area is narrow.
    public static let minimumFrozenWidth = 12
    /// The columns kept free at the right of a scrolling table for its marks.
    static let markSpace = 2

    /// Where the table draws what in `area` at its ``scroll`` position.
    public func layout(in area: Rect) -> TableLayout {
        let natural = Self.naturalWidths(columns: columns, rows: rows)
        let noteWidth = max(1, frozenColumns > 0 ? area.width - Self.markSpace : area.width)
        let noteLines = notes.isEmpty ? [] : [""] + notes.flatMap { note in
            TextView.wrap(Line(note), width: noteWidth).map { $0.spans.map(\.text).joined() }
        }
        let totals = min(max(0, totalRowCount), rows.count)
        let bodyCount = rows.count - totals
        let window = max(0, area.height - 1 - (totals > 0 ? totals + 1 : 0))
        let overflowsDown = bodyCount + noteLines.count > window
        let lastRow = frozenColumns > 0
            ? (overflowsDown ? max(0, min(bodyCount - 1, bodyCount + noteLines.count - window)) : 0)
            : max(0, bodyCount - 1)
        let row = min(max(0, scroll.row), lastRow)
        let bodyShown = max(0, min(bodyCount - row, window))
        var layout = TableLayout(columns: [], scroll: TableScroll(row: row, column: 0),
                                 limits: TableScroll.Limits(lastRow: lastRow, lastColumn: 0),
                                 bodyRows: row..<(row + bodyShown), pageRows: window, noteLines: noteLines,
                                 notesShown: min(noteLines.count, window - bodyShown), width: 0, markX: nil,
                                 hiddenLeft: false, hiddenRight: false, hiddenAbove: row > 0, hiddenBelow: row < lastRow)
        if frozenColumns > 0 {
            let scrolls = overflowsDown || Self.tableWidth(natural) > area.width
            placeScrollingColumns(natural, available: area.width - (scrolls ? Self.markSpace : 0), into: &layout)
            if scrolls { layout.markX = layout.width + 1 }
        } else {
            var x = 0
            for (index, width) in Self.columnWidths(columns: columns, rows: rows, available: area.width).enumerated() {
                layout.columns.append(TableLayout.Column(index: index, x: x, width: width))
                x += width + Self.columnSpacing
            }
            layout.width = min(area.width, max(0, x - Self.columnSpacing))
        }
        return layout
    }

    /// The frozen columns at their width (cut to half the area, but never below
    /// ``minimumFrozenWidth``), then the scrolling columns from the scroll position that fit
    /// whole; the first one shown is cut when even it does not fit.
    private func placeScrollingColumns(_ natural: [Int], available: Int, into layout: inout TableLayout) {
        let frozen = min(frozenColumns, columns.count)
        let cap = max(Self.minimumFrozenWidth, available / (2 * max(1, frozen)))
        var x = 0
        for index in 0..<frozen {
            let width = max(0, min(natural[index], cap, available - x))
            layout.columns.append(TableLayout.Column(index: index, x: x, width: width))
            x += width + Self.columnSpacing
        }
        let start = x
        // The last column offset: the first scrolling column from which the rest fits.
        var first = columns.count, used = 0
        for index in (frozen..<columns.count).reversed() {
            let need = natural[index] + (used > 0 ? Self.columnSpacing : 0)
            guard start + used + need <= available else { break }
            used += need
            first = index
        }
        let lastColumn = max(0, min(first, columns.count - 1) - frozen)
        let column = min(max(0, scroll.column), lastColumn)
        layout.limits.lastColumn = lastColumn
        layout.scroll.column = column
        for index in (frozen + column)..<max(frozen + column, columns.count) {
            let isFirst = index == frozen + column
            guard isFirst || x + natural[index] <= available else { break }
            let width = isFirst ? max(0, min(natural[index], available - x)) : natural[index]
            layout.columns.append(TableLayout.Column(index: index, x: x, width: width))
            x += width + Self.columnSpacing
        }
        layout.width = max(0, x - Self.columnSpacing)
        layout.hiddenLeft = column > 0
        layout.hiddenRight = (layout.columns.last?.index ?? 0) < columns.count - 1
    }

    /// The scroll position moved as little as possible so that body row `row` and column
    /// `column` (an index into ``columns``) are in view in `area`; frozen columns always are.
    public func scroll(revealing row: Int?, column: Int?, in area: Rect) -> TableScroll {
        var table = self
        var layout = table.layout(in: area)
        table.scroll = layout.scroll
        if let row {
            let page = max(1, layout.pageRows)
            if row < table.scroll.row { table.scroll.row = row }
            if row >= table.scroll.row + page { table.scroll.row = row - page + 1 }
            layout = table.layout(in: area)
            table.scroll = layout.scroll
        }
        if let column, column >= frozenColumns, frozenColumns > 0 {
            if column - frozenColumns < table.scroll.column { table.scroll.column = column - frozenColumns }
            layout = table.layout(in: area)
            while layout.column(column) == nil, table.scroll.column < layout.limits.lastColumn {
                table.scroll.column += 1
                layout = table.layout(in: area)
            }
            table.scroll = layout.scroll
        }
        return table.scroll
    }

    /// The width each column needs: its fixed width, or the widest of its header and cells.
    static func naturalWidths(columns: [TableColumn], rows: [[Span]]) -> [Int] {
        columns.enumerated().map { index, column in
            max(0, column.width ?? rows.reduce(DisplayWidth.of(column.title)) { widest, row in
                index < row.count ? max(widest, row[index].width) : widest
            })
        }
    }
}
