/// One line of styled text: spans written one after the other.
public struct Line: Hashable, Sendable {
    /// The spans, left to right.
    public var spans: [Span]

    /// Creates a line of `spans`.
    public init(_ spans: [Span]) {
        self.spans = spans
    }

    /// Creates a line of one span of `text` in `style`.
    public init(_ text: String, style: Style = .plain) {
        spans = [Span(text, style: style)]
    }

    /// The line cut at its line breaks (`\n`, `\r\n`, …), each piece keeping its spans' styles.
    public func splitAtLineBreaks() -> [Line] {
        var lines: [Line] = [Line([])]
        for span in spans {
            let pieces = span.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append(Line([])) }
                if !piece.isEmpty { lines[lines.count - 1].spans.append(Span(String(piece), style: span.style)) }
            }
        }
        return lines
    }

    /// Columns the line takes on a terminal.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// Whether the line has no text.
    public var isEmpty: Bool { spans.allSatisfy(\.text.isEmpty) }

    /// The line cut to `width` columns; with `ellipsis`, a cut line ends in `…` (in the style
    /// of the last character kept) which then takes the last column.
    public func truncated(to width: Int, ellipsis: Bool = true) -> Line {
        guard width > 0 else { return Line([]) }
        guard self.width > width else { return self }
        let room = ellipsis ? width - 1 : width
        var result: [Span] = []
        var used = 0
        var cutStyle = spans.last?.style ?? .plain
        for span in spans {
            var kept = ""
            var whole = true
            for character in span.text {
                let columns = DisplayWidth.of(character)
                if used + columns > room {
                    whole = false
                    break
                }
                kept.append(character)
                used += columns
            }
            if !kept.isEmpty { result.append(Span(kept, style: span.style)) }
            if !whole {
                cutStyle = span.style
                break
            }
        }
        if ellipsis { result.append(Span("…", style: cutStyle)) }
        return Line(result)
    }

    /// The line with every span's style laid over `base` (see ``Style/patched(with:)``).
    public func patched(over base: Style) -> Line {
        Line(spans.map { Span($0.text, style: base.patched(with: $0.style)) })
    }
}

extension Line: ExpressibleByStringLiteral {
    /// Creates a line of plain text.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
