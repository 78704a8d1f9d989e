/// The whole screen as a grid of cells. Everything the app shows is rendered into a buffer;
/// only the terminal backend copies it to the real screen, so every screen can be tested by
/// comparing a buffer's text with a literal.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The cells of one row.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<((y + 1) * width)]
    }

    /// Writes `text` from column `x` of row `y`, clipped at `maxWidth` columns (default: the
    /// right edge). A character is never split: one of several columns (漢, 👍🏽, or 👍🏽 in
    /// four columns on a terminal that draws the skin tone beside the hand) fills its first
    /// cell and continuation cells after it; one that does not fit is replaced by spaces up to
    /// the limit; writing over part of a wide character clears the rest of it. Returns the
    /// columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        if let written = writePlain(text, x: x, y: y, style: style, limit: limit) { return written }
        var column = x
        for character in text {
            if character == "\n" || character == "\r\n" { break }
            let columns = DisplayWidth.of(character)
            if columns == 0 {
                // A lone combining mark or format character: attach it to the previous cell.
                // (Past continuation cells, onto the wide character they continue.)
                var lead = column - 1
                while lead > x, lead > 0, lead < width, self[lead, y].width == 0 { lead -= 1 }
                if column > x, lead < width, lead >= 0 { self[lead, y].text.append(character) }
                continue
            }
            if column + columns > limit {
                for blank in max(0, column)..<max(max(0, column), limit) { put(Cell(text: " ", style: style), x: blank, y: y) }
                column = limit
                break
            }
            if column >= 0 {
                put(Cell(grapheme: Grapheme(character), style: style, width: UInt8(columns)), x: column, y: y)
                for extra in 1..<max(1, columns) { put(Cell(grapheme: .empty, style: style, width: 0), x: column + extra, y: y) }
            }
            column += columns
        }
        return max(0, column - x)
    }

    /// `write` for text of plain scalars (``DisplayWidth/isPlain(_:)``), which is most of what
    /// a frame shows: a cell a scalar, without breaking the text into graphemes. Returns `nil`
    /// at a scalar that is not plain, for `write` to write the whole text again its own way
    /// (the same cells for what was written).
    private mutating func writePlain(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int? {
        var column = x
        for scalar in text.unicodeScalars {
            // A mark after the last column that fits would still join the character before it.
            guard DisplayWidth.isPlain(scalar) else { return nil }
            guard column < limit else { break }
            if column >= 0 { put(Cell(grapheme: Grapheme(plain: scalar), style: style), x: column, y: y) }
            column += 1
        }
        return max(0, column - x)
    }

    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        if cells[y * width + x].width != 1 { clearWideCharacter(at: x, y: y) }
        cells[y * width + x] = cell
    }

    /// Blanks the other cells of the wide character that covers column `x`: overwriting any
    /// part of it would leave the rest drawn half, even when the new cell is itself a
    /// continuation (a wide character shifted by one).
    private mutating func clearWideCharacter(at x: Int, y: Int) {
        var lead = x
        while lead > 0, self[lead, y].width == 0 { lead -= 1 }
        let end = min(width, lead + Int(self[lead, y].width))
        guard end > x else { return }
        for column in lead..<end where column != x { self[column, y] = Cell(style: self[column, y].style) }
    }

    /// Blanks a rectangle in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let startX = max(0, rect.x)
        let endX = min(width, rect.maxX)
        guard startX < endX else { return }
        // Every frame fills most of the screen several times; assigning one prebuilt cell
        // through the buffer pointer keeps that cheap.
        let blank = Cell(style: style)
        let width = self.width
        cells.withUnsafeMutableBufferPointer { cells in
            for y in max(0, rect.y)..<min(height, rect.maxY) {
                for index in (y * width + startX)..<(y * width + endX) { cells[index] = blank }
            }
        }
    }

    /// Changes the style of a rectangle's cells, keeping their text (selection highlights).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { change(&self[x, y].style) }
        }
    }

    /// Gives every cell left on the terminal's default background the background of `style`,
    /// and its foreground too where the cell has none: a theme that paints its own background
    /// (a light theme) then never leaves text on the terminal's background, whatever colour
    /// that is. Does nothing when `style` has no background.
    public mutating func paintDefaultBackground(_ style: Style) {
        guard style.background != .default else { return }
        cells.withUnsafeMutableBufferPointer { cells in
            for index in cells.indices where cells[index].style.background == .default {
                cells[index].style.background = style.background
                if cells[index].style.foreground == .default { cells[index].style.foreground = style.foreground }
            }
        }
    }

    /// The text of one row, wide characters once, trailing spaces removed.
    public func text(ofRow y: Int) -> String {
        var line = row(y).map(\.text).joined()
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The whole screen as text: rows joined by newlines, trailing spaces removed. What
    /// screen tests compare with a multi-line literal.
    public var text: String {
        (0..<height).map(text(ofRow:)).joined(separator: "\n")
    }
}
