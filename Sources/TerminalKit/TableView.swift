/// A table with a header row, body rows and total rows, columns two spaces apart, and notes
/// under it.
///
/// The last `totalRowCount` rows stay below the body, after a rule of `─` as wide as the
/// table; the body scrolls by ``scroll``. The notes (a table's footnotes or legend) follow
/// the totals after an empty line, wrapped to the area.
///
/// With no frozen columns, a table too wide for its area shrinks: the widest left-aligned
/// column first, and cut cells end in `…`:
///
/// ```
/// Casestudies    Jeugdgezondheid  Zorg 1  Total
/// Studenten                    2       7     24
/// ─────────────────────────────────────────────
/// Totaal                       9      28     75
/// ```
///
/// With ``frozenColumns`` (the row labels) the table scrolls both ways instead: the header
/// row and the frozen columns stay, the other columns scroll by ``TableScroll/column`` and are
/// drawn whole, the body rows (then the notes) by ``TableScroll/row``. Marks say what is out
/// of view: `◀` after the frozen columns and `▶` at the right of the header, `▲` and `▼` at
/// the right of the first and last body row shown:
///
/// ```
/// Code       ◀  Kappa  Alpha
/// LOS           0.292  0.248 ▲
/// GOC           0.290  0.265 ▼
/// ──────────────────────────
/// All codes     0.342  0.331
/// ```
public struct TableView {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows, body first and total rows last; one span per column (missing cells are empty).
    public var rows: [[Span]]
    /// How many of the last rows are totals, shown after a rule and never scrolled away.
    public var totalRowCount: Int
    /// The index in `rows` of the highlighted row, if any.
    public var selectedRow: Int?
    /// The style of the header row.
    public var headerStyle: Style
    /// The style of body rows; cells' spans are laid over it.
    public var style: Style
    /// The style of total rows; cells' spans are laid over it.
    public var totalStyle: Style
    /// The style of the whole selected row, which replaces the cells' own styles.
    public var selectedStyle: Style
    /// The style of the rule above the totals.
    public var ruleStyle: Style
    /// How many columns on the left stay while the others scroll; 0 shrinks the table to fit.
    public var frozenColumns: Int
    /// The scroll position: the first body row and the first scrolling column shown.
    public var scroll: TableScroll
    /// Lines under the table (footnotes, a legend), wrapped to the area.
    public var notes: [String]
    /// The style of the notes.
    public var noteStyle: Style
    /// The style of the scroll marks.
    public var markStyle: Style

    /// The index of the first body row shown.
    public var offset: Int {
        get { scroll.row }
        set { scroll.row = newValue }
    }

    /// Columns between neighbouring columns.
    public static let columnSpacing = 2

    /// Creates a table view.
    public init(columns: [TableColumn], rows: [[Span]], totalRowCount: Int = 0, selectedRow: Int? = nil,
                headerStyle: Style, style: Style = .plain, totalStyle: Style, selectedStyle: Style,
                ruleStyle: Style = .plain, offset: Int = 0, frozenColumns: Int = 0, notes: [String] = [],
                noteStyle: Style = .plain, markStyle: Style = .plain) {
        self.columns = columns
        self.rows = rows
        self.totalRowCount = totalRowCount
        self.selectedRow = selectedRow
        self.headerStyle = headerStyle
        self.style = style
        self.totalStyle = totalStyle
        self.selectedStyle = selectedStyle
        self.ruleStyle = ruleStyle
        self.frozenColumns = max(0, frozenColumns)
        self.scroll = TableScroll(row: offset)
        self.notes = notes
        self.noteStyle = noteStyle
        self.markStyle = markStyle
    }

    /// How many body rows fit in `area` beside the header, the rule and the totals.
    public func visibleBodyRows(in area: Rect) -> Int {
        let totals = min(max(0, totalRowCount), rows.count)
        return max(0, area.height - 1 - (totals > 0 ? totals + 1 : 0))
    }

    /// The width of each column when the table gets `available` columns: what the header and
    /// cells need (or the column's fixed width), shrunk one column at a time, first the columns
    /// that shrink first down to their header's width, then from the widest left-aligned column,
    /// then from the widest right-aligned one, until the table fits or every column is one wide.
    public static func columnWidths(columns: [TableColumn], rows: [[Span]], available: Int) -> [Int] {
        var widths = naturalWidths(columns: columns, rows: rows)
        var excess = tableWidth(widths) - available
        while excess > 0 {
            let candidates = widths.indices.filter { columns[$0].shrinksFirst && widths[$0] > max(1, DisplayWidth.of(columns[$0].title)) }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        for alignment in [TableAlignment.left, .right] {
            while excess > 0 {
                let candidates = widths.indices.filter { columns[$0].alignment == alignment && widths[$0] > 1 }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
        return widths
    }

    /// The width of a table whose columns are `widths` wide.
    static func tableWidth(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + columnSpacing * max(0, widths.count - 1)
    }

    /// Draws the header, the visible body rows, the rule, the totals, the notes that fit and
    /// the scroll marks into `area`; returns where it drew what.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> TableLayout {
        buffer.fill(area, style: style)
        let layout = layout(in: area)
        guard !area.isEmpty, !columns.isEmpty else { return layout }
        var y = area.y
        drawRow(columns.map { Span($0.title) }, layout: layout, style: headerStyle, into: &buffer, y: y, area: area)
        y += 1
        let totals = min(max(0, totalRowCount), rows.count)
        var shown = Array(layout.bodyRows)
        if totals > 0 {
            shown.append(-1)
            shown += Array((rows.count - totals)..<rows.count)
        }
        for index in shown where y < area.maxY {
            if index < 0 {
                buffer.write(String(repeating: "─", count: layout.width), x: area.x, y: y, style: ruleStyle, maxWidth: layout.width)
            } else {
                let rowStyle = index >= rows.count - totals ? totalStyle : style
                drawRow(rows[index], layout: layout, style: rowStyle, into: &buffer, y: y, area: area)
                if index == selectedRow {
                    buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0 = selectedStyle }
                }
            }
            y += 1
        }
        for line in layout.noteLines.prefix(layout.notesShown) where y < area.maxY {
            buffer.write(line, x: area.x, y: y, style: noteStyle, maxWidth: area.width)
            y += 1
        }
        drawMarks(layout, into: &buffer, area: area)
        return layout
    }

    private func drawMarks(_ layout: TableLayout, into buffer: inout ScreenBuffer, area: Rect) {
        guard let markX = layout.markX.map({ area.x + $0 }), markX < area.maxX else { return }
        if layout.hiddenLeft, let frozen = layout.columns.first(where: { $0.index == frozenColumns - 1 }) {
            buffer.write("◀", x: area.x + frozen.x + frozen.width, y: area.y, style: markStyle)
        }
        if layout.hiddenRight { buffer.write("▶", x: markX, y: area.y, style: markStyle) }
        let first = area.y + 1, last = area.y + layout.bodyRows.count
        guard !layout.bodyRows.isEmpty else { return }
        if layout.hiddenAbove && layout.hiddenBelow && first == last {
            buffer.write("↕", x: markX, y: first, style: markStyle)
            return
        }
        if layout.hiddenAbove { buffer.write("▲", x: markX, y: first, style: markStyle) }
        if layout.hiddenBelow { buffer.write("▼", x: markX, y: last, style: markStyle) }
    }

    private func drawRow(_ cells: [Span], layout: TableLayout, style: Style, into buffer: inout ScreenBuffer, y: Int, area: Rect) {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
        for column in layout.columns {
            let x = area.x + column.x
            guard x < area.maxX else { break }
            let cell = column.index < cells.count ? cells[column.index] : Span("")
            let text = DisplayWidth.truncate(cell.text, to: column.width)
            let padding = column.width - DisplayWidth.of(text)
            let start = columns[column.index].alignment == .right ? x + padding : x
            buffer.write(text, x: start, y: y, style: style.patched(with: cell.style), maxWidth: area.maxX - start)
        }
    }
}
