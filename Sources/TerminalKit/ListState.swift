/// Which item of a list is selected and which item is at the top of its view.
///
/// Every change clamps both to the list and scrolls just enough to keep the selection
/// visible. Paging is `move(by: visibleRows, …)`.
public struct ListState: Hashable, Sendable {
    /// The index of the selected item (0 for an empty list).
    public var selected: Int
    /// The index of the first visible item.
    public var offset: Int

    /// Creates a state; it is clamped by the first change or render.
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` items (negative is up), stopping at the ends.
    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        select(selected.addingReportingOverflow(delta).overflow ? (delta < 0 ? Int.min : Int.max) : selected + delta,
               count: count, visibleRows: visibleRows)
    }

    /// Selects item `index`, clamped to the list.
    public mutating func select(_ index: Int, count: Int, visibleRows: Int) {
        selected = index
        scrollIntoView(count: count, visibleRows: visibleRows)
    }

    /// Clamps the selection and offset to a list of `count` items shown in `visibleRows` rows,
    /// scrolling as little as possible to keep the selection visible. The view never scrolls
    /// past the last item.
    public mutating func scrollIntoView(count: Int, visibleRows: Int) {
        guard count > 0 else {
            selected = 0
            offset = 0
            return
        }
        let rows = max(1, visibleRows)
        selected = min(max(0, selected), count - 1)
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = min(max(0, offset), max(0, count - rows))
    }

    /// Selects the first item.
    public mutating func selectFirst(count: Int, visibleRows: Int) {
        select(0, count: count, visibleRows: visibleRows)
    }

    /// Selects the last item.
    public mutating func selectLast(count: Int, visibleRows: Int) {
        select(count - 1, count: count, visibleRows: visibleRows)
    }
}
