/// A framed question in the middle of an area: a title in the border, the message wrapped
/// inside, and a hint such as `y yes  n no` on the last row.
///
/// ```
/// ┌ Delete coding ──────────┐
/// │ Delete this coding of   │
/// │ LOS?                    │
/// │                         │
/// │        y yes  n no      │
/// └─────────────────────────┘
/// ```
public struct ConfirmDialog {
    /// The title in the top border.
    public var title: String
    /// The question, wrapped to the box; newlines start new paragraphs.
    public var message: String
    /// The keys that answer, centred on the last row.
    public var hint: String
    /// The style of the box, border and text.
    public var style: Style
    /// The style of the title.
    public var titleStyle: Style

    /// The widest the text inside the box gets, in columns.
    public static let maximumTextWidth = 56

    /// Creates a dialog.
    public init(title: String, message: String, hint: String, style: Style, titleStyle: Style) {
        self.title = title
        self.message = message
        self.hint = hint
        self.style = style
        self.titleStyle = titleStyle
    }

    /// Where the box goes in `area`: as wide as its text needs (at most
    /// ``maximumTextWidth`` plus border and padding), centred.
    public func box(in area: Rect) -> Rect {
        let textWidth = self.textWidth(in: area)
        let rows = messageRows(width: textWidth).count + 2
        let width = min(area.width, textWidth + 4)
        let height = min(area.height, rows + 2)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                    width: width, height: height)
    }

    /// Draws the dialog over whatever is in `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let box = box(in: area)
        let inner = Frame(title: title, style: style, titleStyle: titleStyle).render(into: &buffer, area: box)
        guard inner.width > 2, inner.height > 0 else { return }
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        for (row, line) in messageRows(width: text.width).prefix(max(0, text.height - 2)).enumerated() {
            buffer.write(line, x: text.x, y: text.y + row, maxWidth: text.width, baseStyle: style)
        }
        let shown = DisplayWidth.truncate(hint, to: text.width)
        buffer.write(shown, x: text.x + (text.width - DisplayWidth.of(shown)) / 2, y: inner.maxY - 1, style: style)
    }

    private func textWidth(in area: Rect) -> Int {
        let widest = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { DisplayWidth.of(String($0)) }.max() ?? 0
        let wanted = max(widest, DisplayWidth.of(hint), DisplayWidth.of(title) + 2, 1)
        return max(1, min(wanted, Self.maximumTextWidth, area.width - 4))
    }

    private func messageRows(width: Int) -> [Line] {
        message.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextView.wrap(Line(String($0)), width: width) }
    }
}
