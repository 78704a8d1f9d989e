/// A box drawn with light lines (`┌─┐│└┘`), with an optional title in its top border.
///
/// ```
/// ┌ Cases ───────────┐
/// │                  │
/// └──────────────────┘
/// ```
public struct Frame {
    /// The title shown in the top border as ` Title `; cut with `…` when it is too wide.
    public var title: String?
    /// The style of the border and of the area inside it, which is cleared.
    public var style: Style
    /// The style of the title.
    public var titleStyle: Style
    /// A short text at the right of the bottom border (` ▲ 1  ▼ 2 `: more above and below),
    /// in the border's style; left out when the border is too short for it.
    public var footer: String?

    /// Creates a frame.
    public init(title: String? = nil, style: Style = .plain, titleStyle: Style = .plain, footer: String? = nil) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle
        self.footer = footer
    }

    /// Clears `area` in the frame's style, draws the border around it and returns the area
    /// inside the border. An area less than 2×2 gets no border and is returned unchanged.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> Rect {
        buffer.fill(area, style: style)
        guard area.width >= 2, area.height >= 2 else { return area }
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + horizontal + "┐", x: area.x, y: area.y, style: style, maxWidth: area.width)
        buffer.write("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, style: style, maxWidth: area.width)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write("│", x: area.x, y: y, style: style)
            buffer.write("│", x: area.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, area.width >= 5 {
            let shown = DisplayWidth.truncate(title, to: area.width - 4)
            buffer.write(" " + shown + " ", x: area.x + 1, y: area.y, style: titleStyle, maxWidth: area.width - 2)
        }
        if let footer, !footer.isEmpty {
            let text = " " + footer + " ", width = DisplayWidth.of(text)
            if width <= area.width - 4 { buffer.write(text, x: area.maxX - 2 - width, y: area.maxY - 1, style: style) }
        }
        return area.inset(by: 1)
    }
}
