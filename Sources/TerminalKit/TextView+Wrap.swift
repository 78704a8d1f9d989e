extension TextView {
    /// `line` broken into rows of at most `width` columns, keeping the styles.
    ///
    /// Rows break at spaces and tabs (a tab becomes a space), which are dropped at the break;
    /// a word wider than `width` is broken where the row is full. Spaces at the start of the
    /// line are kept. An empty line is one empty row. A character wider than `width` gets a
    /// row of its own. A `width` of 0 or less leaves the line whole.
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        guard width > 0 else { return [line] }
        // A line break in the text (a memo of several lines) starts a new row; it is never
        // written into a row, where the next row would overwrite it. (Looked for in the bytes:
        // walking characters here cost a third of a text screen's frame.)
        if line.spans.contains(where: { $0.text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) }) {
            return line.splitAtLineBreaks().flatMap { wrap($0, width: width) }
        }
        // Most lines of a wide screen fit as they are.
        if line.width <= width, let last = line.spans.last?.text.last, last != " ", last != "\t",
           !line.spans.contains(where: { $0.text.contains("\t") }) { return [line] }
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
