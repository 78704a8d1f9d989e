import TerminalKit
import WerkbankCore

extension AppState {
    /// Takes one terminal event: a key goes through the action table, the mouse and a resize
    /// change the state here too. Returns the effects to run.
    public mutating func handle(_ event: InputEvent, data: WorkbenchData) -> [Effect] {
        switch event {
        case .key(let key):
            return keepPractising(handle(key, data: data))
        case .resize(let width, let height):
            self.width = width
            self.height = height
            return []
        case .mouse(let mouse):
            return keepPractising(handle(mouse: mouse, data: data))
        }
    }

    /// Takes what a frame measured (``RenderFeedback``) for the next keys.
    public mutating func reduce(rendered: RenderFeedback) {
        feedback = rendered
        tables.merge(rendered.tableScrolls) { $1 }
        // A table shows a `/` match once; after that its rows scroll freely again.
        if let line = find.line, line.pending, rendered.tableScrolls[line.list] != nil { find.line?.pending = false }
        if let scrolled = rendered.findScrolled { tookFindLine(scrolled.offset, of: scrolled.list) }
    }

    /// The wheel scrolls; in the reader a click selects the turn under the pointer and a drag
    /// the stretch dragged over; on Cases a click selects a case and a second click opens it.
    mutating func handle(mouse: MouseEvent, data: WorkbenchData) -> [Effect] {
        switch mouse.kind {
        case .scrollUp where screen == .source, .scrollDown where screen == .source:
            // The wheel scrolls the text, three lines at a time, and leaves the selection.
            guard let text = feedback.sourceText else { return [] }
            let last = max(0, text.rowCount - text.area.height)
            reader.scrollTop = min(last, max(0, text.firstRow + (mouse.kind == .scrollUp ? -3 : 3)))
        case .scrollUp: return reduce(.moveUp, data: data)
        case .scrollDown: return reduce(.moveDown, data: data)
        case .press(button: 1) where mouse.y == 0:
            return clickTab(atColumn: mouse.x, data: data)
        case .press(button: 1) where screen == .source:
            reader.mouseAnchor = sourceOffset(at: mouse, data: data)
        case .release where screen == .source:
            guard let anchor = reader.mouseAnchor, let offset = sourceOffset(at: mouse, data: data) else { return [] }
            reader.mouseAnchor = nil
            if anchor == offset {
                // A click: the turn under the pointer.
                select(ScalarRange(start: offset, end: offset + 1), data: data)
                reader.selectedRange = nil
            } else {
                select(ScalarRange(start: min(anchor, offset), end: max(anchor, offset)), data: data)
            }
        case .press(button: 1) where screen == .cases:
            // Rows of the cases table start under the tabs, the frame border and the header.
            let row = mouse.y - 3
            guard data.cases.indices.contains(row) else { return [] }
            if row == caseIndex { return openCase(row, data: data) }
            var cases = list(.cases)
            cases.select(row, count: data.cases.count, visibleRows: pageSize)
            lists[.cases] = cases
            caseIndex = row
        default: break
        }
        return []
    }

    /// The offset of the source's text under the pointer, from where the last frame put it.
    func sourceOffset(at mouse: MouseEvent, data: WorkbenchData) -> Int? {
        guard let source = data.source, let text = feedback.sourceText,
              mouse.x >= text.area.x, mouse.y >= text.area.y, mouse.y < text.area.maxY else { return nil }
        let layout = data.sourceCache.layout(for: source, width: text.area.width)
        return layout.offset(row: text.firstRow + mouse.y - text.area.y, column: mouse.x - text.area.x)
    }
}
