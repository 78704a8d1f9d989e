import TerminalKit
import WerkbankCore

/// A practising student's feedback: their agreement with the consensus coder per code (%, κ, α
/// by character, the existing agreement) and every stretch where they differ, each said in
/// words ("you coded LOS here; the consensus coded VOR") with its text and the consensus
/// coder's memo as the explanation. Enter opens the source at the stretch (decision 61).
struct FeedbackScreen {
    let state: AppState
    let data: WorkbenchData

    /// Rows per difference: the code and place, the sentence, the text, the explanation.
    static let rowsPer = 4

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        guard let result = data.feedback else {
            _ = state.frame(state.text(.screenFeedback)).render(into: &buffer, area: area)
            return
        }
        let sources = result.agreement.sourceIDs.count
        let title = Text.labelFeedbackTitle.string(state.language, result.student, result.consensus,
                                                   (sources == 1 ? Text.labelFeedbackSourceOne : .labelFeedbackSources).string(state.language, String(sources)))
        let inner = state.frame("\(state.text(.screenFeedback)) · \(title)").render(into: &buffer, area: area)
        guard !result.agreement.isEmpty else {
            buffer.write(Text.labelFeedbackNoSources.string(state.language, result.consensus), x: inner.x + 1, y: inner.y,
                         style: state.style("ui.text.dim"), maxWidth: inner.width - 1)
            return
        }
        renderFigures(result, into: &buffer, area: inner)
        let listTop = inner.y + 5
        let count = result.items.count
        let heading = count == 0 ? Text.labelFeedbackNone.string(state.language, result.consensus)
            : count == 1 ? state.text(.labelFeedbackCountOne) : Text.labelFeedbackCount.string(state.language, String(count))
        buffer.write(heading, x: inner.x + 1, y: listTop, style: state.style("ui.text.emphasis"), maxWidth: inner.width - 1)
        let list = Rect(x: inner.x, y: listTop + 1, width: inner.width, height: max(0, inner.y + inner.height - listTop - 1))
        let visible = max(1, list.height / Self.rowsPer)
        let selected = state.list(.feedback).selected
        let first = AppState.offset(showing: selected, from: state.list(.feedback).offset, visible: visible)
        for (slot, index) in (first..<min(count, first + visible)).enumerated() {
            renderItem(result.items[index], consensus: result.consensus, selected: index == selected,
                       into: &buffer, x: list.x, y: list.y + slot * Self.rowsPer, width: list.width)
        }
    }

    /// The figures per code and pooled: the label and a column per code on the first row, then
    /// a row each for %, κ and α.
    private func renderFigures(_ result: PracticeFeedback, into buffer: inout ScreenBuffer, area: Rect) {
        let columns = result.figures.perCode.map { ($0.code ?? "", $0.figures) } + [("∑", result.figures.pooled)]
        let label = state.text(.labelFeedbackFigures)
        buffer.write(label, x: area.x + 1, y: area.y, style: state.style("ui.text.dim"), maxWidth: area.width - 1)
        let rows: [(String, AgreementFigure)] = [("%", .percent), ("κ", .kappa), ("α", .alpha)]
        for (row, (symbol, _)) in rows.enumerated() {
            buffer.write(symbol, x: area.x + 1 + label.count - 1, y: area.y + 1 + row, style: state.style("ui.table.header"))
        }
        var x = area.x + 1 + label.count
        for (code, figures) in columns {
            let width = max(5, code.count) + 2
            guard x + width <= area.x + area.width else { break }
            buffer.write(String(repeating: " ", count: width - code.count) + code, x: x, y: area.y, style: state.style("ui.table.header"))
            for (row, (_, figure)) in rows.enumerated() {
                let value = figure.value(of: figures).map { Self.short($0) } ?? "–"
                buffer.write(String(repeating: " ", count: max(0, width - value.count)) + value, x: x, y: area.y + 1 + row,
                             style: state.style("ui.text"))
            }
            x += width
        }
    }

    /// A figure in two decimals (`0.91`, `-0.05`): three would not let six elements fit 80 columns.
    static func short(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    private func renderItem(_ item: FeedbackItem, consensus: String, selected: Bool, into buffer: inout ScreenBuffer,
                            x: Int, y: Int, width: Int) {
        let header = Line([Span("\(item.code)  ", style: state.style(selected ? "ui.selection" : "ui.text.emphasis")),
                           Span("\(item.sourceID)  \(item.range)", style: state.style("ui.text.dim"))])
        buffer.write(header, x: x + 1, y: y, maxWidth: width - 1)
        buffer.write(item.sentence(state.language), x: x + 3, y: y + 1, style: state.style("ui.text"), maxWidth: width - 3)
        let text = data.disagreementTexts[item.sourceID]
        let shown = ScalarRange(start: item.range.start, end: min(item.range.end, item.range.start + width))
        let words = String((text?.scalars(in: shown) ?? "").map { $0.isNewline ? " " : $0 })
        buffer.write("“" + words + (shown.end < item.range.end ? "…" : "") + "”", x: x + 3, y: y + 2,
                     style: state.style("ui.text.dim"), maxWidth: width - 3)
        let explanation = item.explanation.isEmpty ? Text.labelNoExplanation.string(state.language, consensus)
            : Text.labelExplanation.string(state.language, consensus, item.explanation.joined(separator: " · "))
        buffer.write(String(explanation.map { $0.isNewline ? " " : $0 }), x: x + 3, y: y + 3,
                     style: state.style(item.explanation.isEmpty ? "ui.text.dim" : "speaker.label"), maxWidth: width - 3)
        if selected {
            buffer.restyle(Rect(x: x, y: y, width: 1, height: Self.rowsPer)) { $0 = state.style("ui.selection") }
        }
    }
}

extension FeedbackScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        guard action == .open else { return nil }
        let index = state.list(.feedback).selected
        guard let items = data.feedback?.items, items.indices.contains(index) else { return [] }
        return [.openSource(id: items[index].sourceID, selecting: items[index].range)]
    }

    static func activeList(_ state: AppState) -> ListID { .feedback }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .feedback, rows: (data.feedback?.items ?? []).map { item in
            "\(item.code) \(item.sourceID) \(item.sentence(state.language))"
        })
    }
}
