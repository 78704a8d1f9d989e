/// Where a scrolling ``TableView`` stands: the first body row and the first scrolling column
/// shown. The header row and the frozen columns never scroll.
///
/// Like ``ListState`` it is a plain value kept by the caller; the table clamps it when it
/// lays itself out (``TableView/layout(in:)``) and says how far it can go
/// (``TableLayout/limits``), so that the next move stops at the ends.
public struct TableScroll: Hashable, Sendable {
    /// The first body row shown. Past the last page of the body each further row brings one
    /// more line of the table's notes into view (the body keeps at least one row).
    public var row: Int
    /// The first scrolling column shown: 0 is the first column after the frozen ones.
    public var column: Int

    /// How far a table can scroll in an area: the largest ``row`` and ``column``.
    public struct Limits: Hashable, Sendable {
        public var lastRow: Int
        public var lastColumn: Int

        /// Creates limits.
        public init(lastRow: Int, lastColumn: Int) {
            self.lastRow = lastRow
            self.lastColumn = lastColumn
        }
    }

    /// Creates a position; it is clamped by the next layout.
    public init(row: Int = 0, column: Int = 0) {
        self.row = row
        self.column = column
    }

    /// Moves by `rows` and `columns` (negative is up or left), stopping at 0 and, when
    /// `limits` are known, at their ends.
    public mutating func scroll(rows: Int = 0, columns: Int = 0, within limits: Limits?) {
        row = Self.adding(rows, to: row, limit: limits?.lastRow)
        column = Self.adding(columns, to: column, limit: limits?.lastColumn)
    }

    /// The position within `limits`.
    public func clamped(to limits: Limits) -> TableScroll {
        TableScroll(row: min(max(0, row), max(0, limits.lastRow)), column: min(max(0, column), max(0, limits.lastColumn)))
    }

    private static func adding(_ delta: Int, to value: Int, limit: Int?) -> Int {
        let (sum, overflow) = value.addingReportingOverflow(delta)
        let moved = overflow ? (delta < 0 ? 0 : Int.max) : sum
        return min(max(0, moved), max(0, limit ?? Int.max))
    }
}
