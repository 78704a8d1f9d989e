import TerminalKit
import WerkbankCore

/// The stretches where two coders differ on a code, each with what each coder coded there
/// (their own stretches and their text, one line per coder); 1, 2, 3 or 0 decides it for the
/// consensus coder, Enter opens the source at the stretch.
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
        for (slot, index) in (first..<min(data.disagreements.count, first + visible)).enumerated() {
            let stretch = data.disagreements[index]
            let y = inner.y + slot * rowsPer
            let isSelected = index == selected
            let resolved = data.resolvedDisagreements.contains(stretch.id) ? "  ✓ \(state.text(.labelResolved))" : ""
            let header = Line([Span("\(stretch.code)  ", style: state.style(isSelected ? "ui.selection" : "ui.text.emphasis")),
                               Span("\(stretch.sourceID)  \(stretch.range)\(resolved)", style: state.style("ui.text.dim"))])
            buffer.write(header, x: inner.x + 1, y: y, maxWidth: inner.width - 1)
            for (line, (coder, codings)) in [(coders[0], stretch.codingsA), (coders[1], stretch.codingsB)].enumerated() {
                buffer.write(coderLine(line + 1, coder, codings, stretch: stretch).truncated(to: max(1, inner.width - 3)),
                             x: inner.x + 3, y: y + 1 + line, maxWidth: inner.width - 3)
            }
            if isSelected {
                buffer.restyle(Rect(x: inner.x, y: y, width: 1, height: rowsPer - 1)) { $0 = state.style("ui.selection") }
            }
        }
    }

    /// One coder's part of a stretch: the key that keeps it, the coder, their own stretches
    /// and the text of each (`1 Anouk 656..1041: “…”`), or that they did not code it there.
    private func coderLine(_ key: Int, _ coder: String, _ codings: [Coding], stretch: Disagreement) -> Line {
        guard !codings.isEmpty else {
            return Line([Span("\(key) \(coder): — ", style: state.style("speaker.label")),
                         Span(Text.labelNotCodedHere.string(state.language, stretch.code), style: state.style("ui.text.dim"))])
        }
        let ranges = codings.map(\.range.description).joined(separator: ", ")
        let text = data.disagreementTexts[stretch.sourceID]
        // No more of a long coding than a row can show.
        let quotes = codings.map { coding in
            let shown = ScalarRange(start: coding.range.start, end: min(coding.range.end, coding.range.start + state.width))
            let words = String((text?.scalars(in: shown) ?? "").map { $0.isNewline ? " " : $0 })
            return "“" + words + (shown.end < coding.range.end ? "…" : "") + "”"
        }
        return Line([Span("\(key) \(coder) \(ranges): ", style: state.style("speaker.label")),
                     Span(quotes.joined(separator: " "), style: state.style("ui.text"))])
    }
}

extension DisagreementsScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        if action == .open {
            // The source in the reader with the stretch selected, both coders' codings in the codes here.
            let index = state.list(.disagreements).selected
            guard data.disagreements.indices.contains(index) else { return [] }
            let stretch = data.disagreements[index]
            return [.openSource(id: stretch.sourceID, selecting: stretch.range)]
        }
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
