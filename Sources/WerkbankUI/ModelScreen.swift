import TerminalKit
import WerkbankCore

/// The model: the codebook in its three groups, the six elements with colour and
/// description, LOS worked out, and the nine characteristics of a professional workplace.
struct ModelScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, limits: inout [String: Int]) {
        let inner = state.frame(state.text(.screenModel)).render(into: &buffer, area: area)
        ScrollingText(name: "model", lines: lines, state: state)
            .render(into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height), limits: &limits)
    }

    var lines: [Line] {
        var lines: [Line] = []
        for group in data.study.codebook.groups {
            lines.append(state.heading(group.name + (state.language == .en ? " (\(group.gloss))" : "")))
            for code in group.codes {
                let colour = state.theme.codeColour(code.short, fallback: CaseScreen.color(code.colour))
                let indent = code.parent == nil ? "" : "  "
                lines.append(Line([Span("\(indent)██ ", style: state.codeStyle(colour)),
                                   Span(code.short, style: state.style("ui.text.emphasis")),
                                   Span("  \(code.name)", style: state.style("ui.text")),
                                   Span(" — \(code.gloss)", style: state.style("ui.text.dim"))]))
                if group.id == CodeGroup.elementsID, !code.description.isEmpty {
                    lines.append(Line("     \(code.description)", style: state.style("ui.text")))
                }
                if let detail = code.detail {
                    for (label, items) in [(Text.labelWhat, detail.what), (.labelGoal, detail.goal), (.labelRequirements, detail.requirements)] {
                        lines.append(Line("     \(state.text(label))", style: state.style("ui.text.emphasis")))
                        lines += items.map { Line("       • \($0)", style: state.style("ui.text")) }
                    }
                }
            }
            lines.append(Line([]))
        }
        lines.append(state.heading(state.text(.labelCharacteristics)))
        lines += data.study.characteristics.enumerated().map { Line("  \($0.offset + 1). \($0.element)", style: state.style("ui.text")) }
        return lines
    }
}
