import TerminalKit
import WerkbankCore

/// The stretches where two coders differ on a code, each with both coders' codings side by
/// side and the text; 1, 2, 3 or 0 decides it for the consensus coder.
struct DisagreementsScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let coders = state.disagreements.coders
        let title = "\(state.text(.screenDisagreements)) · \(coders.joined(separator: " / ")) → \(state.disagreements.consensus)"
            + " — \(data.disagreements.count)"
        let inner = state.frame(title).render(into: &buffer, area: area)
        guard !data.disagreements.isEmpty, coders.count == 2 else {
            buffer.write(state.text(.labelNoDisagreements), x: inner.x + 1, y: inner.y, style: state.style("ui.text.dim"), maxWidth: inner.width - 1)
            return
        }
        let rowsPer = 4
        let visible = max(1, inner.height / rowsPer)
        let selected = state.list(.disagreements).selected
        let first = AppState.offset(showing: selected, from: state.list(.disagreements).offset, visible: visible)
        let half = (inner.width - 3) / 2
        for (slot, index) in (first..<min(data.disagreements.count, first + visible)).enumerated() {
            let stretch = data.disagreements[index]
            let y = inner.y + slot * rowsPer
            let isSelected = index == selected
            let resolved = data.resolvedDisagreements.contains(stretch.id) ? "  ✓ \(state.text(.labelResolved))" : ""
            let header = Line([Span("\(stretch.code)  ", style: state.style(isSelected ? "ui.selection" : "ui.text.emphasis")),
                               Span("\(stretch.sourceID)  \(stretch.range)\(resolved)", style: state.style("ui.text.dim"))])
            buffer.write(header, x: inner.x + 1, y: y, maxWidth: inner.width - 1)
            let text = data.disagreementTexts[stretch.sourceID]?.scalars(in: stretch.range) ?? ""
            let quote = "“" + String(text.map { $0.isNewline ? " " : $0 }) + "”"
            buffer.write(DisplayWidth.truncate(quote, to: inner.width - 3), x: inner.x + 3, y: y + 1, style: state.style("ui.text"))
            for (column, (coder, codings)) in [(coders[0], stretch.codingsA), (coders[1], stretch.codingsB)].enumerated() {
                let ranges = codings.isEmpty ? "—" : codings.map(\.range.description).joined(separator: ", ")
                buffer.write("\(column + 1) \(coder): \(ranges)", x: inner.x + 3 + column * (half + 1), y: y + 2,
                             style: state.style(codings.isEmpty ? "ui.text.dim" : "speaker.label"), maxWidth: half - 2)
            }
            if isSelected {
                buffer.restyle(Rect(x: inner.x, y: y, width: 1, height: rowsPer - 1)) { $0 = state.style("ui.selection") }
            }
        }
    }
}

extension DisagreementsScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        let choices: [Action: String] = [.keepA: "A", .keepB: "B", .keepBoth: "both", .keepNeither: "neither"]
        guard let choice = choices[action] else { return nil }
        let index = state.list(.disagreements).selected
        guard data.disagreements.indices.contains(index) else { return [] }
        let stretch = data.disagreements[index]
        let keep = action == .keepA ? stretch.codingsA : action == .keepB ? stretch.codingsB
            : action == .keepBoth ? stretch.codingsA + stretch.codingsB : []
        state.move(by: 1, data: data)
        return [.resolve(stretch, choice: choice, keep: keep, consensus: state.disagreements.consensus)]
    }

    static func activeList(_ state: AppState) -> ListID { .disagreements }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .disagreements, rows: data.disagreements.map { stretch in
            let quote = data.disagreementTexts[stretch.sourceID].flatMap { $0.scalars(in: stretch.range) } ?? ""
            return "\(stretch.code) \(stretch.sourceID) \(quote)"
        })
    }
}
