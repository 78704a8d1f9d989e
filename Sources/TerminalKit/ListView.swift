/// A scrolling list of lines, one per row, with the selected row highlighted.
///
/// When items are hidden above or below, the last column shows `▲` in the top row or `▼` in
/// the bottom row, and the items are cut one column short to make room. Items too wide for
/// the list end in `…`.
public struct ListView {
    /// The items, one line each.
    public var items: [Line]
    /// The selection and scroll position; rendering keeps the selection visible without
    /// changing the caller's state.
    public var state: ListState
    /// The style of the list; spans are laid over it.
    public var style: Style
    /// The style of the whole selected row, which replaces the spans' own styles.
    public var selectedStyle: Style
    /// Drawn before the selected item (for example `"› "`); other items get as many spaces.
    public var marker: String

    /// Creates a list view.
    public init(items: [Line], state: ListState, style: Style = .plain, selectedStyle: Style, marker: String = "") {
        self.items = items
        self.state = state
        self.style = style
        self.selectedStyle = selectedStyle
        self.marker = marker
    }

    /// How many items a list shows in `area`: one per row.
    public static func visibleRows(in area: Rect) -> Int {
        area.height
    }

    /// Draws the visible items into `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, style: style)
        guard !area.isEmpty else { return }
        let rows = Self.visibleRows(in: area)
        var state = state
        state.scrollIntoView(count: items.count, visibleRows: rows)
        let scrolls = items.count > rows
        let contentWidth = scrolls ? area.width - 1 : area.width
        let markerWidth = DisplayWidth.of(marker)
        let blankMarker = String(repeating: " ", count: markerWidth)
        for row in 0..<rows {
            let index = state.offset + row
            guard index < items.count else { break }
            let y = area.y + row
            let isSelected = index == state.selected
            var used = 0
            if markerWidth > 0 {
                used = buffer.write(isSelected ? marker : blankMarker, x: area.x, y: y, style: style, maxWidth: contentWidth)
            }
            let room = contentWidth - used
            buffer.write(items[index].truncated(to: room), x: area.x + used, y: y, maxWidth: room, baseStyle: style)
            if isSelected {
                buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0 = selectedStyle }
            }
        }
        if scrolls {
            let last = state.offset + rows - 1
            if state.offset > 0 {
                let indicator = state.selected == state.offset ? selectedStyle : style
                buffer.write("▲", x: area.maxX - 1, y: area.y, style: indicator)
            }
            if last < items.count - 1 {
                let indicator = state.selected == last ? selectedStyle : style
                buffer.write("▼", x: area.maxX - 1, y: area.maxY - 1, style: indicator)
            }
        }
    }
}
