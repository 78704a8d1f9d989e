import TerminalKit
import WerkbankCore

/// The source reader: the transcript with its speaker turns, a gutter that marks every coded
/// stretch in its code's colour (overlapping codes side by side), the turn under the cursor
/// selected, and the codes on it in a panel beside the text (or below it in a narrow terminal).
struct SourceScreen {
    let state: AppState
    let data: WorkbenchData

    /// Columns per gutter lane: a code's short name, then its bar.
    static let laneWidth = 4
    static let maximumLanes = 3
    static let sidePanelWidth = 34
    /// Below this width the panel goes under the text.
    static let sidePanelMinimumWidth = 90

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        guard let source = data.source else { return }
        let title = "\(source.title) · \(state.text(source.kind.title))\(source.date.map { " · \($0)" } ?? "")"
        // The codes here stand beside the text in a wide terminal and below it in a narrow one
        // (80 columns), unless it is too short to spare the rows and the panel is not in use.
        let wide = area.width >= Self.sidePanelMinimumWidth
        let showPanel = wide || area.height >= 16 || state.reader.panelFocused
        let panes = wide ? Layout.split(area, .horizontal, [.fill(1), .fixed(Self.sidePanelWidth)])
            : showPanel ? Layout.split(area, .vertical, [.fill(1), .fixed(min(8, max(4, area.height / 3)))]) : [area]
        let inner = state.frame(title).render(into: &buffer, area: panes[0])
        let codings = state.visibleCodings(in: data)
        let lanes = Self.lanes(for: codings)
        let gutterWidth = Self.laneWidth * min(Self.maximumLanes, max(1, (lanes.values.max() ?? 0) + 1)) + 1
        let textArea = Rect(x: inner.x + gutterWidth, y: inner.y, width: inner.width - gutterWidth, height: inner.height)
        guard textArea.width > 4 else { return }

        let layout = data.sourceCache.layout(for: source, width: textArea.width)
        let selection = state.selection(in: data)
        let selectedRows = selection.flatMap { layout.rows(overlapping: $0) }
        let head = state.reader.visual.flatMap { visual in layout.rows(overlapping: ScalarRange(start: visual.head, end: visual.head + 1)) }
        let offset = Self.firstRow(rows: layout.rows.count, height: inner.height, selected: selectedRows, head: head?.lowerBound,
                                   chosen: state.reader.scrollTop, previous: state.feedback.sourceText?.firstRow)
        // Where the text stands (for the mouse) and where the selection is (for line scrolling).
        feedback.sourceText = SourceTextArea(area: textArea, firstRow: offset, selectedRows: selectedRows, rowCount: layout.rows.count)

        for (line, index) in (offset..<min(layout.rows.count, offset + inner.height)).enumerated() {
            let row = layout.rows[index]
            let y = inner.y + line
            drawGutter(for: row, codings: codings, lanes: lanes, into: &buffer, x: inner.x, y: y)
            let textStyle = state.style("ui.text")
            if row.labelWidth > 0, let speaker = row.speaker {
                let scope = source.interviewers.contains(speaker) ? "speaker.interviewer" : "speaker.label"
                let label = String(row.text.prefix(while: { $0 != ":" })) + ":"
                let used = buffer.write(label, x: textArea.x, y: y, style: state.style(scope), maxWidth: textArea.width)
                buffer.write(String(row.text.dropFirst(label.count)), x: textArea.x + used, y: y, style: textStyle,
                             maxWidth: textArea.width - used)
            } else {
                buffer.write(row.text, x: textArea.x, y: y, style: textStyle, maxWidth: textArea.width)
            }
            if let selection { markSelection(selection, on: row, into: &buffer, x: textArea.x, y: y, width: textArea.width) }
        }
        if showPanel {
            renderPanel(source: source, selection: selection, into: &buffer, area: panes[1], feedback: &feedback)
        }
    }

    /// The first row to show. A row the user scrolled to stays; otherwise the view stays where
    /// it was while the selection is in it, and else moves as little as shows the selection
    /// whole (a turn taller than the view from its start), never leaving a new turn as one line
    /// at the edge. While a selection is being extended its moving end stays in view.
    static func firstRow(rows: Int, height: Int, selected: ClosedRange<Int>?, head: Int?, chosen: Int?, previous: Int?) -> Int {
        let last = max(0, rows - height)
        if let chosen { return min(max(0, chosen), last) }
        let top = min(max(0, previous ?? 0), last)
        if let head {
            if head < top { return head }
            if head >= top + height { return min(last, head - height + 1) }
            return top
        }
        guard let selected else { return top }
        if selected.lowerBound >= top && selected.upperBound < top + height { return top }
        if selected.count > height {
            // A turn taller than the view fills at least half of it: from its start when it
            // starts in the lower half (going down), up to its end when it ends in the upper
            // half (going up); otherwise the view stays.
            if selected.lowerBound > top + height / 2 || selected.upperBound < top { return min(last, selected.lowerBound) }
            if selected.upperBound < top + height / 2 { return max(0, selected.upperBound - height + 1) }
            return top
        }
        return selected.lowerBound < top ? selected.lowerBound : min(last, selected.upperBound - height + 1)
    }

    /// Marks exactly the characters of the selection on a row: what is marked is what a code
    /// key stores. Where the selection goes on past the row's end, the mark runs to the edge.
    private func markSelection(_ selection: ScalarRange, on row: SourceLayout.Row, into buffer: inout ScreenBuffer,
                               x: Int, y: Int, width: Int) {
        let marked: Range<Int>
        if let columns = row.columns(of: selection) {
            marked = columns.lowerBound..<(selection.end > row.range.end ? width : min(width, columns.upperBound))
        } else if row.range.isEmpty, SourceLayout.touches(row.range, selection) {
            marked = 0..<width
        } else {
            return
        }
        let style = state.style("ui.selection")
        let labelEnd = row.labelWidth
        for column in marked {
            buffer.restyle(Rect(x: x + column, y: y, width: 1, height: 1)) { cell in
                cell = column < labelEnd ? style.patched(with: Style(attributes: .bold)) : style
            }
        }
        // The end that w b ) ( } { move is underlined: its last character, or its first when
        // the start moves (after o).
        if let visual = state.reader.visual, visual.head != visual.anchor {
            let character = visual.head > visual.anchor ? visual.head - 1 : visual.head
            if let columns = row.columns(of: ScalarRange(start: character, end: character + 1)) {
                buffer.restyle(Rect(x: x + columns.lowerBound, y: y, width: columns.count, height: 1)) {
                    $0 = $0.patched(with: Style(attributes: [.underline, .bold]))
                }
            }
        }
    }

    /// A lane per coding so that overlapping codings stand side by side: each takes the first
    /// lane free at its start.
    static func lanes(for codings: [Coding]) -> [Coding.ID: Int] {
        var lanes: [Coding.ID: Int] = [:]
        var laneEnds: [Int] = []
        for coding in codings.sorted(by: { ($0.range.start, -$0.range.end) < ($1.range.start, -$1.range.end) }) {
            if let free = laneEnds.firstIndex(where: { $0 <= coding.range.start }) {
                lanes[coding.id] = free
                laneEnds[free] = coding.range.end
            } else {
                lanes[coding.id] = laneEnds.count
                laneEnds.append(coding.range.end)
            }
        }
        return lanes
    }

    private func drawGutter(for row: SourceLayout.Row, codings: [Coding], lanes: [Coding.ID: Int],
                            into buffer: inout ScreenBuffer, x: Int, y: Int) {
        var hidden = 0
        for coding in codings where SourceLayout.touches(row.range, coding.range) {
            guard let lane = lanes[coding.id] else { continue }
            guard lane < Self.maximumLanes else {
                hidden += 1
                continue
            }
            let colour = state.swatch(coding.code, in: data.study.codebook)
            let startsHere = row.range.start <= coding.range.start || row.range.isEmpty && row.range.start == coding.range.start
            let mark = startsHere ? DisplayWidth.pad(Self.gutterLabel(coding.code), to: Self.laneWidth - 1) + "▐" : "   ▐"
            buffer.write(mark, x: x + lane * Self.laneWidth, y: y, style: colour, maxWidth: Self.laneWidth)
        }
        if hidden > 0 {
            // More codings than lanes: the last lane says how many are not shown (a new coding
            // on a busy turn is never invisible).
            let lastLane = x + (Self.maximumLanes - 1) * Self.laneWidth
            buffer.write(DisplayWidth.pad("+\(hidden + 1)", to: Self.laneWidth - 1) + "▐", x: lastLane, y: y,
                         style: state.style("ui.text.emphasis"), maxWidth: Self.laneWidth)
        }
    }

    /// A code's label in the gutter, three columns: a sub-code by what follows its group's
    /// prefix (`AAN-VRAAG` is `VRA`, `AAN-KANS` `KAN`), so that sub-codes of one group tell
    /// apart also without colour.
    static func gutterLabel(_ code: String) -> String {
        let part = code.split(separator: "-").last.map(String.init) ?? code
        return String((part.isEmpty ? code : part).prefix(laneWidth - 1))
    }

    private func renderPanel(source: Source, selection: ScalarRange?, into buffer: inout ScreenBuffer,
                             area: Rect, feedback: inout RenderFeedback) {
        let here = state.codingsHere(in: data)
        // Which coding x, r, > and < act on, and of how many: "Codes here 3/6".
        let count = state.reader.panelFocused && !here.isEmpty ? " \(min(state.reader.panelIndex, here.count - 1) + 1)/\(here.count)"
            : here.count > 1 ? " (\(here.count))" : ""
        let inner = state.frame(state.text(.labelCodesHere) + count, focused: state.reader.panelFocused).render(into: &buffer, area: area)
        var lines: [TextLine] = []
        var chosenLines: Range<Int>?
        for (index, coding) in here.enumerated() {
            let chosen = state.reader.panelFocused && index == state.reader.panelIndex
            let review = data.sourceReviews[coding.id]
            if chosen { chosenLines = lines.count..<(lines.count + 1 + (coding.memo == nil ? 0 : 1) + (review == nil ? 0 : 1)) }
            let nameStyle = chosen ? state.style("ui.selection") : state.style("ui.text.emphasis")
            lines.append(TextLine(Line([Span("██ ", style: state.swatch(coding.code, in: data.study.codebook)),
                                        Span(coding.code, style: nameStyle),
                                        Span("  \(coding.coder)  \(coding.range)", style: state.style("ui.text.dim"))])))
            if let review {
                // Its words were deleted or rewritten by a correction (decision 58): what they were.
                lines.append(TextLine(Line("   ! " + Text.labelNeedsReview.string(state.language, review), style: state.style("ui.message.error")),
                                      hangingIndent: 3))
            }
            if let memo = coding.memo {
                lines.append(TextLine(Line("   \(memo)", style: state.style("ui.text")), hangingIndent: 3))
            }
        }
        if here.isEmpty { lines.append(TextLine(Line(state.text(.labelNoFragments), style: state.style("ui.text.dim")))) }
        lines.append(TextLine(Line([])))
        let filter = state.reader.showAllCoders ? state.text(.labelAllCoders) : Text.labelMyCodings.string(state.language, state.coder)
        // A student practising sees their own layer only: `a` has nothing more to show.
        lines.append(TextLine(Line(state.practice == nil ? "a: \(filter)" : Text.labelMyCodings.string(state.language, state.coder),
                                   style: state.style("ui.text.dim"))))
        if let memo = data.memos[.source(source.id)] {
            lines.append(TextLine(Line([])))
            lines.append(TextLine(Line("Memo: \(memo)", style: state.style("ui.text")), hangingIndent: 2))
        }
        ScrollingText(name: .codesHere, lines: lines, state: state, keepVisible: chosenLines)
            .render(into: &buffer, area: inner, feedback: &feedback)
    }
}

extension SourceLayout {
    /// The offset in the text at a column of a row (the end of the row past its text).
    func offset(row index: Int, column: Int) -> Int? {
        guard rows.indices.contains(index) else { return nil }
        let row = rows[index]
        var used = 0
        var offset = row.range.start
        for character in row.text {
            let width = DisplayWidth.of(character)
            if used + width > column { return offset }
            used += width
            offset += character.unicodeScalars.count
        }
        return row.range.end
    }
}

extension SourceScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        if !state.reader.panelFocused, let lines = lineScroll(action, text: state.feedback.sourceText, scrolledTo: state.reader.scrollTop) {
            state.reader.scrollTop = lines
            return []
        }
        switch action {
        case .code1, .code2, .code3, .code4, .code5, .code6:
            return state.codeSelection(with: action.elementIndex ?? 0, data: data)
        case .toggleCoders:
            state.reader.showAllCoders.toggle()
            state.say(state.reader.showAllCoders ? state.text(.messageAllCoders) : Text.messageOnlyYours.string(state.language, state.coder))
            return []
        case .back where state.reader.visual != nil || state.reader.panelFocused || state.reader.selectedRange != nil:
            // Esc first lets go of the selection and the panel, then goes back.
            state.reader.visual = nil
            state.reader.panelFocused = false
            state.reader.selectedRange = nil
            return []
        case .visualMode, .extendWord, .shrinkWord, .extendSentence, .shrinkSentence, .extendTurn, .shrinkTurn, .swapEnds,
             .pickCode, .focusPanel, .removeCoding, .recode, .growCoding, .shrinkCoding, .fitCoding, .search, .nextMatch,
             .previousMatch, .memo, .editText:
            return state.reduceSource(action, data: data)
        default: return nil
        }
    }

    static func activeList(_ state: AppState) -> ListID { .units }

    /// The view's new first row when `action` scrolls by line rather than moving the turn:
    /// `j`/`k` (and PgDn/PgUp) inside a turn that goes on past the view's edge, as less and
    /// tig do, and Ctrl-E/Ctrl-Y always. `nil` when the action moves to another turn.
    static func lineScroll(_ action: Action, text measured: SourceTextArea?, scrolledTo: Int?) -> Int? {
        guard var text = measured else { return nil }
        // Keys that come before the next frame scroll on from where the last one scrolled to.
        if let scrolledTo { text.firstRow = min(scrolledTo, max(0, text.rowCount - text.area.height)) }
        let page = max(1, text.area.height - 2)
        let below = text.selectedRows.map { $0.upperBound >= text.endRow } ?? false
        let above = text.selectedRows.map { $0.lowerBound < text.firstRow } ?? false
        switch action {
        case .scrollLineDown: return min(text.firstRow + 1, max(0, text.rowCount - text.area.height))
        case .scrollLineUp: return max(0, text.firstRow - 1)
        case .moveDown where below: return text.firstRow + 1
        case .moveUp where above: return text.firstRow - 1
        case .pageDown where below: return min(text.firstRow + page, text.selectedRows!.upperBound - text.area.height + 1)
        case .pageUp where above: return max(text.firstRow - page, text.selectedRows!.lowerBound)
        default: return nil
        }
    }
}
