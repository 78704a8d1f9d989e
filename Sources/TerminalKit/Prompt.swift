/// A one-row command line, like vim's: a label such as `:` or `Search: `, then the text
/// being edited. A text too long for the row scrolls so that the cursor stays visible.
public struct Prompt {
    /// Drawn before the text.
    public var label: String
    /// The text and cursor.
    public var input: TextInput
    /// The style of the row and the text.
    public var style: Style
    /// The style of the label.
    public var labelStyle: Style

    /// Creates a prompt.
    public init(label: String, input: TextInput, style: Style, labelStyle: Style) {
        self.label = label
        self.input = input
        self.style = style
        self.labelStyle = labelStyle
    }

    /// Draws the prompt in the first row of `area` and returns the cell where the terminal's
    /// cursor belongs.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect) -> (x: Int, y: Int) {
        guard !area.isEmpty else { return (area.x, area.y) }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        let labelWidth = buffer.write(label, x: area.x, y: area.y, style: labelStyle, maxWidth: area.width)
        let room = area.width - labelWidth
        guard room > 0 else { return (area.maxX - 1, area.y) }
        // Characters scrolled off the left so that the cursor's cell is inside the row.
        var shown = Substring(input.text)
        var before = DisplayWidth.of(String(input.textBeforeCursor))
        while before > room - 1, let first = shown.first {
            before -= DisplayWidth.of(first)
            shown = shown.dropFirst()
        }
        let x = area.x + labelWidth
        buffer.write(String(shown), x: x, y: area.y, style: style, maxWidth: room)
        return (x + before, area.y)
    }
}
