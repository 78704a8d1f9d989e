/// One row of key hints, `key label  key label …`, dropping the hints from the first one that
/// does not fit.
public struct KeyHintBar {
    /// The hints, most important first.
    public var hints: [KeyHint]
    /// The style of the keys.
    public var keyStyle: Style
    /// The style of the labels and of the rest of the row.
    public var labelStyle: Style

    /// Columns between hints.
    public static let spacing = 2

    /// Creates a hint bar.
    public init(hints: [KeyHint], keyStyle: Style, labelStyle: Style) {
        self.hints = hints
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
    }

    /// Draws the hints that fit in the first row of `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: labelStyle)
        var x = area.x
        for (index, hint) in hints.enumerated() {
            let start = index == 0 ? x : x + Self.spacing
            guard start + hint.width <= area.maxX else { break }
            x = start + buffer.write(hint.key, x: start, y: area.y, style: keyStyle)
            x += buffer.write(" " + hint.label, x: x, y: area.y, style: labelStyle)
        }
    }
}
