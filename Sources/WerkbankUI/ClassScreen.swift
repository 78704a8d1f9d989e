import TerminalKit
import WerkbankCore

/// The teacher's view of a practice project: every student's agreement with the consensus
/// coder per element (rows students, columns elements and all pooled, cells κ, α or %);
/// `m` changes the figure (decision 61).
struct ClassScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let consensus = data.classAgreement?.consensus ?? data.practiceSetup?.consensus ?? ""
        let title = Text.labelClassTitle.string(state.language, consensus, state.practiceFigure.symbol)
        let inner = state.frame("\(state.text(.screenClass)) · \(title)").render(into: &buffer, area: area)
        guard let agreement = data.classAgreement, !agreement.rows.isEmpty else {
            buffer.write(state.text(.labelClassNone), x: inner.x + 1, y: inner.y, style: state.style("ui.text.dim"), maxWidth: inner.width - 1)
            return
        }
        var table = agreement.table(state.practiceFigure)
        table.columns[0].title = state.text(.columnStudent)
        table.columns[1].title = state.text(.columnSources)
        // Two decimals, as on the Feedback screen, so that six elements fit 80 columns.
        table.rows = agreement.rows.map { row in
            [.text(row.student), .number(row.sourceCount)] + (row.perElement + [row.pooled]).map { figures in
                row.sourceCount == 0 ? .notApplicable
                    : .text(state.practiceFigure.value(of: figures).map(FeedbackScreen.short) ?? "–")
            }
        }
        table.columns[table.columns.count - 1].title = "∑"
        table.footnotes = [Text.labelClassFootnote.string(state.language, agreement.consensus)]
        RespondentsScreen.renderTable(table, name: .practiceClass, state: state, into: &buffer, area: inner, feedback: &feedback)
    }
}

extension ClassScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .practiceFigure:
            let figures = AgreementFigure.allCases
            state.practiceFigure = figures[((figures.firstIndex(of: state.practiceFigure) ?? 0) + 1) % figures.count]
            state.say(Text.messageFigure.string(state.language, state.practiceFigure.symbol))
            return []
        case .columnLeft, .columnRight:
            state.scrollTable(.practiceClass, columns: action == .columnLeft ? -1 : 1)
            return []
        default: return nil
        }
    }

    static func activeList(_ state: AppState) -> ListID { .practiceClass }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .practiceClass, rows: (data.classAgreement?.rows ?? []).map(\.student))
    }
}
