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

    /// `line` broken into rows of at most `width` columns, keeping the styles.
    ///
    /// Rows break at spaces and tabs (a tab becomes a space), which are dropped at the break; a word wider than `width` is
    /// broken where the row is full. Spaces at the start of the line are kept. An empty line
    /// is one empty row. A character wider than `width` gets a row of its own.
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        guard width > 0 else { return [line] }
        var wrapper = Wrapper(width: width)
        var word: [StyledCharacter] = []
        var spaces: [StyledCharacter] = []
        for span in line.spans {
            for character in span.text {
                // Only spaces and tabs break; a no-break space is part of its word.
                let isSpace = character == " " || character == "\t"
                let styled = StyledCharacter(character: isSpace ? " " : character, style: span.style)
                if isSpace {
                    if !word.isEmpty {
                        wrapper.add(word: word, after: spaces)
                        word = []
                        spaces = []
                    }
                    spaces.append(styled)
                } else {
                    word.append(styled)
                }
            }
        }
        if !word.isEmpty { wrapper.add(word: word, after: spaces) }
        return wrapper.finish()
    }
}

/// One character with its style, while wrapping.
struct StyledCharacter {
    var character: Character
    var style: Style
    var width: Int { DisplayWidth.of(character) }
}

/// Greedy line filling for ``TextView/wrap(_:width:)``.
private struct Wrapper {
    let width: Int
    var rows: [Line] = []
    var current: [StyledCharacter] = []
    var currentWidth = 0

    init(width: Int) {
        self.width = width
    }

    mutating func add(word: [StyledCharacter], after spaces: [StyledCharacter]) {
        let wordWidth = word.reduce(0) { $0 + $1.width }
        var gap = spaces
        if rows.isEmpty && current.isEmpty {
            // Indentation of the first row stays, as far as it fits.
            gap = Array(spaces.prefix(width - 1))
        }
        let gapWidth = gap.reduce(0) { $0 + $1.width }
        if currentWidth + gapWidth + wordWidth <= width {
            append(gap + word)
            return
        }
        if wordWidth <= width {
            if !current.isEmpty { breakRow() }
            append(word)
            return
        }
        // A word longer than a row: start it on the current row if that has room, then
        // break it wherever a row is full.
        if !current.isEmpty {
            if currentWidth + gapWidth < width { append(gap) } else { breakRow() }
        }
        for character in word {
            if currentWidth + character.width > width && !current.isEmpty { breakRow() }
            append([character])
        }
    }

    private mutating func append(_ characters: [StyledCharacter]) {
        current += characters
        currentWidth += characters.reduce(0) { $0 + $1.width }
    }

    private mutating func breakRow() {
        rows.append(Self.line(current))
        current = []
        currentWidth = 0
    }

    mutating func finish() -> [Line] {
        if !current.isEmpty || rows.isEmpty { breakRow() }
        return rows
    }

    /// Characters joined into spans of equal style.
    static func line(_ characters: [StyledCharacter]) -> Line {
        var spans: [Span] = []
        for styled in characters {
            if let last = spans.last, last.style == styled.style {
                spans[spans.count - 1].text.append(styled.character)
            } else {
                spans.append(Span(String(styled.character), style: styled.style))
            }
        }
        return Line(spans)
    }
}
