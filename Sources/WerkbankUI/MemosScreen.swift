import Foundation
import TerminalKit
import WerkbankCore

/// Every memo of every kind, one row each (kind, title or first line, what it belongs to,
/// author), the chosen one's whole text under the list. `t`, `a` and `c` filter by kind,
/// author and element, `:filter` and `:memos WORDS` too; Enter opens what a memo belongs to.
struct MemosScreen {
    let state: AppState
    let data: WorkbenchData

    /// Rows under the list for the chosen memo: a rule, its facts, its text.
    static let detailRows = 7
    static let kindWidth = 9
    static let authorWidth = 10

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let visible = state.visibleMemos(data)
        let listHeight = max(1, area.height - 2 - Self.detailRows)
        let selected = min(state.list(.memos).selected, max(0, visible.count - 1))
        let first = AppState.offset(showing: selected, from: state.list(.memos).offset, visible: listHeight)
        let inner = state.frame(title(count: visible.count), footer: state.scrollMark(first: first, visible: listHeight, count: visible.count))
            .render(into: &buffer, area: area)
        buffer.fill(inner, style: state.style("ui.text"))
        guard !inner.isEmpty else { return }
        guard !visible.isEmpty else {
            let text = data.memoEntries == nil ? "" : state.text(.labelNoMemos)
            for (offset, line) in TextView.wrap(Line(text, style: state.style("ui.text.dim")), width: inner.width).prefix(inner.height).enumerated() {
                buffer.write(line, x: inner.x, y: inner.y + offset, maxWidth: inner.width)
            }
            return
        }
        let rows = min(listHeight, inner.height)
        for (slot, index) in (first..<min(visible.count, first + rows)).enumerated() {
            let y = inner.y + slot
            let isSelected = index == selected
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: state.style("ui.selection")) }
            buffer.write(row(visible[index], width: inner.width, selected: isSelected), x: inner.x, y: y, maxWidth: inner.width,
                         baseStyle: state.style(isSelected ? "ui.selection" : "ui.text"))
        }
        let detailTop = inner.y + rows
        guard detailTop < inner.maxY else { return }
        buffer.write(String(repeating: "─", count: inner.width), x: inner.x, y: detailTop, style: state.style("ui.border"), maxWidth: inner.width)
        let chosen = visible[selected]
        var lines = chosen.kind == .free ? [Line(chosen.title, style: state.style("ui.text.emphasis"))] : []
        lines += TextView.wrap(facts(chosen), width: inner.width)
        lines += TextView.wrap(Line(chosen.text, style: state.style("ui.text")), width: inner.width)
        for (offset, line) in lines.prefix(max(0, inner.maxY - detailTop - 1)).enumerated() {
            buffer.write(line, x: inner.x, y: detailTop + 1 + offset, maxWidth: inner.width)
        }
    }

    /// `Memos · free · Anouk — 3 of 12`.
    func title(count: Int) -> String {
        let total = data.memoEntries?.count ?? 0
        let counted = count == total ? "\(total)" : "\(count) / \(total)"
        return ([state.text(.screenMemos)] + state.memoFilterWords()).joined(separator: " · ") + " — \(counted)"
    }

    /// One memo in a row: kind, heading, what it belongs to, author; the heading takes what
    /// the others leave.
    func row(_ memo: MemoEntry, width: Int, selected: Bool) -> Line {
        // A quarter of a wide screen: "LOS in Focusgroep met professionals" whole at 200 columns.
        let belongsWidth = min(48, max(8, width / 4))
        let headingWidth = max(4, width - Self.kindWidth - belongsWidth - Self.authorWidth - 3)
        func cell(_ text: String, _ width: Int) -> String {
            let cut = FragmentsScreen.shortened(text, to: width)
            return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        }
        let dim = selected ? state.style("ui.selection") : state.style("ui.text.dim")
        let emphasis = selected ? state.style("ui.selection") : state.style(memo.kind == .free ? "ui.text.emphasis" : "ui.text")
        var heading = memo.heading
        if heading.utf8.contains(0x09) { heading = heading.replacingOccurrences(of: "\t", with: " ") }
        return Line([Span(cell(state.text(state.kindName(memo.kind)), Self.kindWidth), style: dim),
                     Span(cell(heading, headingWidth) + " ", style: emphasis),
                     Span(cell(memo.belongsTo, belongsWidth) + " ", style: dim),
                     Span(cell(memo.author ?? "", Self.authorWidth), style: dim)])
    }

    /// The chosen memo's facts over its text (under a free memo's title):
    /// `free · Revalidatie 1 · Anouk · 2026-12-03`.
    func facts(_ memo: MemoEntry) -> Line {
        var parts = [state.text(state.kindName(memo.kind)), memo.belongsTo]
        if let author = memo.author { parts.append(author) }
        if let modified = memo.modified { parts.append(Self.day(modified)) }
        return Line(parts.joined(separator: " · "), style: state.style("ui.text.dim"))
    }

    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash))
    }
}

extension MemosScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        state.reduceMemos(action, data: data)
    }

    static func activeList(_ state: AppState) -> ListID { .memos }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .memos, rows: state.visibleMemos(data).map { memo in
            [memo.title, memo.belongsTo, memo.author ?? "", memo.text].joined(separator: " ")
        })
    }
}
