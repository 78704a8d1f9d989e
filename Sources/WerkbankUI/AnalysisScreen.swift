import TerminalKit
import WerkbankCore

/// Agreement of two coders per code and pooled, and code × code co-occurrence, as tabs.
/// Both tables keep their codes and header in place and scroll both ways; Agreement's legend
/// is under its totals, reached by scrolling down when it does not fit.
struct AnalysisScreen {
    let state: AppState
    let data: WorkbenchData

    /// The height inside the frame from which the title has empty lines around it.
    static let roomyHeight = 14

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let inner = state.frame(state.text(.screenAnalysis)).render(into: &buffer, area: area)
        // On a short screen the empty lines around the title go to the table's rows.
        let gap = inner.height < Self.roomyHeight ? 0 : 1
        let parts = Layout.split(inner, .vertical, [.fixed(1), .fixed(gap), .fill(1)])
        Tabs(titles: [state.text(.tabAgreement), state.text(.tabCoOccurrence)], selected: state.analysis.tab,
             style: state.style("ui.tab"), selectedStyle: state.style("ui.tab.active")).render(into: &buffer, area: parts[0])
        guard let table = state.analysis.tab == 0 ? data.agreementTable : data.coOccurrenceTable else { return }
        buffer.write(table.title, x: parts[2].x + 1, y: parts[2].y, style: state.style("ui.text.dim"), maxWidth: parts[2].width - 1)
        let body = Rect(x: parts[2].x, y: parts[2].y + 1 + gap, width: parts[2].width, height: max(0, parts[2].height - 1 - gap))
        guard state.analysis.tab == 1 else {
            RespondentsScreen.renderTable(table, name: .agreement, state: state, into: &buffer, area: body, feedback: &feedback)
            return
        }
        // The chosen cell, which Enter drills into; the table scrolls to keep it in view.
        let row = state.list(.cooccurrence).selected, column = state.analysis.column + 1
        let layout = RespondentsScreen.renderTable(table, name: .cooccurrence, state: state, into: &buffer, area: body,
                                                   feedback: &feedback, cursor: (row, column))
        let tableArea = Rect(x: body.x + 1, y: body.y, width: max(0, body.width - 1), height: body.height)
        if let cell = layout.cell(row: row, column: column, in: tableArea) {
            buffer.restyle(cell) { $0 = state.style("ui.selection") }
        }
    }
}

extension AnalysisScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .previousTab, .nextTab:
            state.analysis.tab = 1 - state.analysis.tab
            return []
        case .columnLeft, .columnRight:
            // Agreement has no cursor: its columns scroll. Co-occurrence moves its cursor.
            guard state.analysis.tab == 1 else {
                state.scrollTable(.agreement, columns: action == .columnLeft ? -1 : 1)
                return []
            }
            let count = data.coOccurrenceTable.map { $0.columns.count - 1 } ?? 0
            state.analysis.column = min(max(0, state.analysis.column + (action == .columnLeft ? -1 : 1)), max(0, count - 1))
            return []
        case .open: return state.analysis.tab == 1 ? state.openCoOccurrencePairs(data: data) : []
        case .agreementUnit:
            let units = AgreementUnit.allCases
            state.analysis.unit = units[((units.firstIndex(of: state.analysis.unit) ?? 0) + 1) % units.count]
            return [state.loadAnalysisEffect(data: data)]
        case .coOccurrenceMode:
            state.analysis.mode = state.analysis.mode == .overlap ? .turn : .overlap
            return [state.loadAnalysisEffect(data: data)]
        default: return nil
        }
    }

    static func activeList(_ state: AppState) -> ListID { state.analysis.tab == 0 ? .agreement : .cooccurrence }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        guard let table = state.analysis.tab == 0 ? data.agreementTable : data.coOccurrenceTable else { return nil }
        return FindRows(list: activeList(state), rows: table.rows.map(RespondentsScreen.rowText))
    }
}
