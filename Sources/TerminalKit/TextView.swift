/// Styled text in an area, word-wrapped or clipped, scrolled by whole rows.
public struct TextView {
    /// The text, one ``Line`` per paragraph or line.
    public var lines: [Line]
    /// The first row shown: an index into the wrapped rows when wrapping, else into `lines`.
    public var offset: Int
    /// Wraps lines at word boundaries to the area's width; without it, long lines are cut.
    public var wrap: Bool
    /// The style of the area; spans are laid over it.
    public var style: Style

    /// Creates a text view.
    public init(lines: [Line], offset: Int = 0, wrap: Bool = true, style: Style = .plain) {
        self.lines = lines
        self.offset = offset
        self.wrap = wrap
        self.style = style
    }

    /// The rows the view shows for `width` columns: wrapped lines, or the lines themselves.
    public func rows(width: Int) -> [Line] {
        wrap ? lines.flatMap { Self.wrap($0, width: width) } : lines
    }

    /// The largest useful `offset` for `area`: the one that shows the last row at the bottom.
    public func maxOffset(in area: Rect) -> Int {
        max(0, rows(width: area.width).count - area.height)
    }

    /// Draws the rows from `offset` into `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, style: style)
        guard !area.isEmpty else { return }
        let rows = rows(width: area.width)
        let first = max(0, offset)
        for (row, line) in rows.dropFirst(first).prefix(area.height).enumerated() {
            buffer.write(line, x: area.x, y: area.y + row, maxWidth: area.width, baseStyle: style)
        }
    }

    /// Rows `lines` take when wrapped to `width` columns.
    public static func wrappedLineCount(_ lines: [Line], width: Int) -> Int {
        lines.reduce(0) { $0 + wrap($1, width: width).count }
    }
}
