import TerminalKit
import WerkbankCore

/// Draws the dialogs over the screen: the code picker and the memo editor (for their
/// ``OverlayModule``s).
struct ModalView {
    let state: AppState
    let data: WorkbenchData

    private func box(in area: Rect, width: Int, height: Int) -> Rect {
        let width = min(width, area.width - 2)
        let height = min(height, area.height - 2)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }

    func renderPicker(_ picker: CodePicker, into buffer: inout ScreenBuffer, area: Rect) {
        let outer = box(in: area, width: 70, height: 18)
        buffer.fill(outer, style: state.style("ui.dialog"))
        let inner = state.frame(state.text(.labelPicker)).render(into: &buffer, area: outer)
        guard inner.height >= 4 else { return }
        let label = picker.newUnder.map { Text.labelNewSubcode.string(state.language, $0) + " " } ?? "› "
        _ = Prompt(label: label, input: picker.input, style: state.style("ui.prompt"), labelStyle: state.style("ui.prompt"))
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1))
        if picker.newUnder != nil {
            buffer.write(state.text(.messageSubcodeName), x: inner.x, y: inner.y + 2, style: state.style("ui.text.dim"), maxWidth: inner.width)
            return
        }
        let matches = picker.matches(in: data.study.codebook)
        let listArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 2)
        let items = matches.map { code in
            Line([Span(code.parent == nil ? "██ " : "  ██ ", style: state.swatch(code.short, in: data.study.codebook)),
                  Span(code.short, style: state.style("ui.text.emphasis")), Span("  \(code.name)", style: state.style("ui.text"))])
        }
        var list = ListState(selected: picker.selected)
        list.scrollIntoView(count: items.count, visibleRows: listArea.height)
        ListView(items: items, state: list, style: state.style("ui.dialog"), selectedStyle: state.style("ui.selection"))
            .render(into: &buffer, area: listArea)
        buffer.write(state.text(.labelPickerHint), x: inner.x, y: inner.maxY - 1, style: state.style("ui.text.dim"), maxWidth: inner.width)
    }

    func renderMemo(_ editor: MemoEditor, into buffer: inout ScreenBuffer, area: Rect) {
        let outer = box(in: area, width: 72, height: 14)
        buffer.fill(outer, style: state.style("ui.dialog"))
        let inner = state.frame("Memo · \(editor.title)").render(into: &buffer, area: outer)
        guard inner.height >= 2 else { return }
        let visible = inner.height - 1
        let first = max(0, editor.row - visible + 1)
        for (offset, index) in (first..<min(editor.lines.count, first + visible)).enumerated() {
            buffer.write(editor.lines[index], x: inner.x, y: inner.y + offset, style: state.style("ui.text"), maxWidth: inner.width)
        }
        // The cursor, as a reversed cell: the terminal's own cursor stays hidden.
        let before = String(editor.lines[editor.row].prefix(editor.column))
        let cursorX = inner.x + min(DisplayWidth.of(before), inner.width - 1)
        let cursorY = inner.y + editor.row - first
        buffer.restyle(Rect(x: cursorX, y: cursorY, width: 1, height: 1)) { $0.attributes.insert(.reverse) }
        buffer.write(state.text(.labelMemoHint), x: inner.x, y: inner.maxY - 1, style: state.style("ui.text.dim"), maxWidth: inner.width)
    }
}
