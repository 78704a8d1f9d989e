/// A table with a header row, body rows and total rows, columns two spaces apart.
///
/// The last `totalRowCount` rows stay below the body, after a rule of `─` as wide as the
/// table; the body scrolls by `offset`. When the area is too narrow, the widest left-aligned
/// column is shrunk first and cut cells end in `…`:
///
/// ```
/// Casestudies    Jeugdgezondheid  Zorg 1  Total
/// Studenten                    2       7     24
/// ─────────────────────────────────────────────
/// Totaal                       9      28     75
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
    /// The index of the first body row shown.
    public var offset: Int

    /// Columns between neighbouring columns.
    public static let columnSpacing = 2

    /// Creates a table view.
    public init(columns: [TableColumn], rows: [[Span]], totalRowCount: Int = 0, selectedRow: Int? = nil,
                headerStyle: Style, style: Style = .plain, totalStyle: Style, selectedStyle: Style,
                ruleStyle: Style = .plain, offset: Int = 0) {
        self.columns = columns
        self.rows = rows
        self.totalRowCount = totalRowCount
        self.selectedRow = selectedRow
        self.headerStyle = headerStyle
        self.style = style
        self.totalStyle = totalStyle
        self.selectedStyle = selectedStyle
        self.ruleStyle = ruleStyle
        self.offset = offset
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
        var widths = columns.enumerated().map { index, column in
            column.width ?? rows.reduce(DisplayWidth.of(column.title)) { widest, row in
                index < row.count ? max(widest, row[index].width) : widest
            }
        }
        widths = widths.map { max(0, $0) }
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

    /// Draws the header, the visible body rows, the rule and the totals into `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, style: style)
        guard !area.isEmpty, !columns.isEmpty else { return }
        let widths = Self.columnWidths(columns: columns, rows: rows, available: area.width)
        let width = min(area.width, Self.tableWidth(widths))
        var y = area.y
        let header = columns.map { Span($0.title) }
        drawRow(header, widths: widths, style: headerStyle, into: &buffer, x: area.x, y: y, area: area)
        y += 1
        let totals = min(max(0, totalRowCount), rows.count)
        let bodyCount = rows.count - totals
        let first = min(max(0, offset), max(0, bodyCount - 1))
        var shown = Array(first..<min(bodyCount, first + visibleBodyRows(in: area)))
        if totals > 0 {
            shown.append(-1)
            shown += Array(bodyCount..<rows.count)
        }
        for index in shown where y < area.maxY {
            if index < 0 {
                buffer.write(String(repeating: "─", count: width), x: area.x, y: y, style: ruleStyle, maxWidth: width)
            } else {
                let rowStyle = index >= bodyCount ? totalStyle : style
                drawRow(rows[index], widths: widths, style: rowStyle, into: &buffer, x: area.x, y: y, area: area)
                if index == selectedRow {
                    buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0 = selectedStyle }
                }
            }
            y += 1
        }
    }

    private func drawRow(_ cells: [Span], widths: [Int], style: Style, into buffer: inout ScreenBuffer,
                         x: Int, y: Int, area: Rect) {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
        var column = x
        for (index, width) in widths.enumerated() {
            guard column < area.maxX else { break }
            let cell = index < cells.count ? cells[index] : Span("")
            let text = DisplayWidth.truncate(cell.text, to: width)
            let padding = width - DisplayWidth.of(text)
            let start = columns[index].alignment == .right ? column + padding : column
            buffer.write(text, x: start, y: y, style: style.patched(with: cell.style), maxWidth: area.maxX - start)
            column += width + Self.columnSpacing
        }
    }
}
