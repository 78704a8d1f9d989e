import TerminalKit
import WerkbankCore

/// The model: the codebook in its three groups, the six elements with colour and
/// description, LOS worked out, and the nine characteristics of a professional workplace.
struct ModelScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let inner = state.frame(state.text(.screenModel)).render(into: &buffer, area: area)
        ScrollingText(name: .model, lines: lines, state: state)
            .render(into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height), feedback: &feedback)
    }

    var lines: [TextLine] {
        var lines: [TextLine] = []
        for group in data.study.codebook.groups {
            lines.append(TextLine(state.heading(group.name + (state.language == .en ? " (\(group.gloss))" : ""))))
            for code in group.codes {
                let indent = code.parent == nil ? "" : "  "
                lines.append(TextLine(Line([Span("\(indent)██ ", style: state.swatch(code.short, in: data.study.codebook)),
                                            Span(code.short, style: state.style("ui.text.emphasis")),
                                            Span("  \(code.name)", style: state.style("ui.text")),
                                            Span(" — \(code.gloss)", style: state.style("ui.text.dim"))]), hangingIndent: 3 + indent.count))
                if group.id == CodeGroup.elementsID, !code.description.isEmpty {
                    lines.append(TextLine(Line("   \(code.description)", style: state.style("ui.text")), hangingIndent: 3))
                }
                if let detail = code.detail {
                    for (label, items) in [(Text.labelWhat, detail.what), (.labelGoal, detail.goal), (.labelRequirements, detail.requirements)] {
                        lines.append(TextLine(Line("   \(state.text(label))", style: state.style("ui.text.emphasis"))))
                        lines += items.map { TextLine(Line("     • \($0)", style: state.style("ui.text")), hangingIndent: 7) }
                    }
                }
            }
            lines.append(TextLine(Line([])))
        }
        lines.append(TextLine(state.heading(state.text(.labelCharacteristics))))
        lines += data.study.characteristics.enumerated().map {
            TextLine(Line(" \($0.offset + 1). \($0.element)", style: state.style("ui.text")), hangingIndent: 4)
        }
        return lines
    }
}

extension ModelScreen: ScreenModule {
    static func activeList(_ state: AppState) -> ListID { .model }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .model, rows: ModelScreen(state: state, data: data).lines.plainRows)
    }
}
