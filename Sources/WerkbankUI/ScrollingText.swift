import TerminalKit
import WerkbankCore

/// A line of a text view whose wrapped continuation rows are indented by `hangingIndent`
/// columns, so that a quote or a list item stays visibly one item.
struct TextLine {
    var line: Line
    var hangingIndent: Int

    init(_ line: Line, hangingIndent: Int = 0) {
        self.line = line
        self.hangingIndent = hangingIndent
    }

    /// The rows of the line at `width` columns.
    func wrapped(width: Int) -> [Line] {
        guard !line.spans.isEmpty else { return [line] }
        let indent = min(hangingIndent, max(0, width - 10))
        let rows = TextView.wrap(line, width: max(1, width - indent))
        return rows.enumerated().map { index, row in
            index == 0 || indent == 0 ? row : Line([Span(String(repeating: " ", count: indent))] + row.spans)
        }
    }
}

/// A text view whose scroll position lives in the state under a name; reports how far it can
/// scroll so that the reducer can stop there.
struct ScrollingText {
    let name: ListID
    let lines: [TextLine]
    let state: AppState
    /// Lines to keep in view whatever the stored offset (the chosen coding in the codes here).
    var keepVisible: Range<Int>?
    /// Whether the view starts where the last frame showed it rather than at the stored offset:
    /// for a text whose chosen item (`keepVisible`) the arrows move, so that the view moves only
    /// as far as shows it.
    var followsChosen: Bool

    init(name: ListID, lines: [TextLine], state: AppState, keepVisible: Range<Int>? = nil, followsChosen: Bool = false) {
        self.name = name
        self.lines = lines
        self.state = state
        self.keepVisible = keepVisible
        self.followsChosen = followsChosen
    }

    init(name: ListID, lines: [Line], state: AppState) {
        self.init(name: name, lines: lines.map { TextLine($0) }, state: state)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let rows = lines.map { $0.wrapped(width: max(1, area.width)) }
        let wrapped = rows.flatMap { $0 }
        let limit = max(0, wrapped.count - area.height)
        feedback.scrollLimits[name] = limit
        var offset = min(followsChosen ? state.feedback.textTops[name] ?? 0 : state.list(name).offset, limit)
        if let keep = keepVisible, keep.lowerBound < rows.count {
            let first = rows[..<keep.lowerBound].reduce(0) { $0 + $1.count }
            let last = first + rows[keep.clamped(to: 0..<rows.count)].reduce(0) { $0 + $1.count } - 1
            if last >= offset + area.height { offset = min(limit, last - area.height + 1) }
            if first < offset { offset = first }
        }
        let found = state.find.line.flatMap { $0.list == name && rows.indices.contains($0.index) ? $0 : nil }
        if let found, found.pending {
            // A `/` match: its line at the top of the view.
            offset = min(limit, rows[..<found.index].reduce(0) { $0 + $1.count })
            feedback.findScrolled = FindScroll(list: name, offset: offset)
        }
        feedback.textTops[name] = offset
        TextView(lines: wrapped, offset: offset, wrap: false, style: state.style("ui.text")).render(into: &buffer, area: area)
        if let found, let query = state.find.query {
            let first = rows[..<found.index].reduce(0) { $0 + $1.count }
            markMatch(query, rows: rows[found.index], firstRow: first - offset, into: &buffer, area: area)
        }
    }

    /// Marks the matches of `query` on the rows of a found line that are in view.
    private func markMatch(_ query: String, rows: [Line], firstRow: Int, into buffer: inout ScreenBuffer, area: Rect) {
        for (index, row) in rows.enumerated() where (0..<area.height).contains(firstRow + index) {
            let text = row.plainText
            var from = text.startIndex
            while let found = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
                let x = area.x + DisplayWidth.of(String(text[..<found.lowerBound]))
                let width = DisplayWidth.of(String(text[found]))
                buffer.restyle(Rect(x: x, y: area.y + firstRow + index, width: max(0, min(width, area.maxX - x)), height: 1)) {
                    $0 = state.style("ui.selection")
                }
                from = found.upperBound
            }
        }
    }
}

extension AppState {
    /// The first row to show so that `selected` is visible in `visible` rows, starting from
    /// the stored offset: the reducer does not know how many rows the layout leaves.
    static func offset(showing selected: Int, from stored: Int, visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        if selected < stored { return selected }
        if selected >= stored + visible { return selected - visible + 1 }
        return stored
    }

    /// A frame around an area, its border in the focused style when `focused`, with `footer`
    /// in its bottom border.
    func frame(_ title: String, focused: Bool = true, footer: String? = nil) -> Frame {
        Frame(title: title, style: style(focused ? "ui.border.focused" : "ui.border"), titleStyle: style("ui.title"), footer: footer)
    }

    /// How many rows of a list are out of view above and below (`▲ 1 more  ▼ 2 more`), for
    /// the bottom border of its frame; `nil` when every row shows.
    func scrollMark(first: Int, visible: Int, count: Int) -> String? {
        let above = max(0, first), below = max(0, count - first - max(0, visible))
        let parts = (above > 0 ? [Text.labelMoreAbove.string(language, "\(above)")] : [])
            + (below > 0 ? [Text.labelMoreBelow.string(language, "\(below)")] : [])
        return parts.isEmpty ? nil : parts.joined(separator: "  ")
    }

    /// A label and a value on one line.
    func field(_ label: Text, _ value: String) -> Line {
        Line([Span("\(text(label)): ", style: style("ui.text.dim")), Span(value, style: style("ui.text"))])
    }

    /// The swatch style of a code (by short name): its codebook colour unless the theme sets one.
    func swatch(_ short: String, in codebook: Codebook) -> Style {
        let fallback = codebook.code(short).map { Color.rgb($0.colour.red, $0.colour.green, $0.colour.blue) } ?? .default
        return codeStyle(theme.codeColour(short, fallback: fallback))
    }

    /// The swatch style of a code colour. Without colours (NO_COLOR, mono) the swatch would
    /// vanish, so it is shown bold in the text colour.
    func codeStyle(_ colour: Color) -> Style {
        colorProfile == .none ? style("ui.text.emphasis") : colorProfile.adapt(Style(foreground: colour))
    }

    /// A heading line.
    func heading(_ value: String) -> Line {
        Line(value, style: style("ui.text.emphasis"))
    }
}
