/// One row with text on the left and on the right, like vim's or helix's status line.
///
/// The right part is right-aligned; when both do not fit, the left part is cut first (ending
/// in `…`), then the right one.
public struct StatusBar {
    /// The left part.
    public var left: [Span]
    /// The right part.
    public var right: [Span]
    /// The style of the row; spans are laid over it.
    public var style: Style

    /// Creates a status bar.
    public init(left: [Span], right: [Span] = [], style: Style) {
        self.left = left
        self.right = right
        self.style = style
    }

    /// Draws the bar in the first row of `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        let right = Line(right).truncated(to: area.width)
        let rightWidth = right.width
        let room = area.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        if room > 0 {
            buffer.write(Line(left).truncated(to: room), x: area.x, y: area.y, maxWidth: room, baseStyle: style)
        }
        buffer.write(right, x: area.maxX - rightWidth, y: area.y, maxWidth: rightWidth, baseStyle: style)
    }
}
