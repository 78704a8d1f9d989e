extension ScreenBuffer {
    /// Writes a styled line from column `x` of row `y`, clipped at `maxWidth` columns
    /// (default: the right edge). Returns the columns written.
    @discardableResult
    public mutating func write(_ line: Line, x: Int, y: Int, maxWidth: Int? = nil) -> Int {
        write(line, x: x, y: y, maxWidth: maxWidth, baseStyle: .plain)
    }

    /// Writes a styled line with every span laid over `baseStyle` (see
    /// ``Style/patched(with:)``), clipped at `maxWidth` columns. Returns the columns written.
    @discardableResult
    public mutating func write(_ line: Line, x: Int, y: Int, maxWidth: Int? = nil, baseStyle: Style) -> Int {
        let limit = maxWidth ?? (width - x)
        var used = 0
        for span in line.spans where used < limit {
            used += write(span.text, x: x + used, y: y, style: baseStyle.patched(with: span.style), maxWidth: limit - used)
        }
        return used
    }
}
