import TerminalKit
import WerkbankCore

/// Agreement of two coders per code and pooled, and code × code co-occurrence, as tabs.
struct AnalysisScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let inner = state.frame(state.text(.screenAnalysis)).render(into: &buffer, area: area)
        let parts = Layout.split(inner, .vertical, [.fixed(1), .fixed(1), .fill(1)])
        Tabs(titles: [state.text(.tabAgreement), state.text(.tabCoOccurrence)], selected: state.analysis.tab,
             style: state.style("ui.tab"), selectedStyle: state.style("ui.tab.active")).render(into: &buffer, area: parts[0])
        guard let table = state.analysis.tab == 0 ? data.agreementTable : data.coOccurrenceTable else { return }
        buffer.write(table.title, x: parts[2].x + 1, y: parts[2].y, style: state.style("ui.text.dim"), maxWidth: parts[2].width - 1)
        let body = Rect(x: parts[2].x, y: parts[2].y + 2, width: parts[2].width, height: parts[2].height - 2)
        RespondentsScreen.renderTable(table, state: state, into: &buffer, area: body, list: state.analysis.tab == 0 ? .agreement : nil)
        if state.analysis.tab == 1 { markCell(table, into: &buffer, area: body) }
    }

    /// The chosen cell of the co-occurrence table, which Enter drills into.
    private func markCell(_ table: ReportTable, into buffer: inout ScreenBuffer, area: Rect) {
        let columns = table.columns.map { TableColumn($0.title, alignment: $0.alignment == .right ? .right : .left) }
        let rows = table.rows.map { $0.map { Span($0.display) } }
        let widths = TableView.columnWidths(columns: columns, rows: rows, available: area.width - 1)
        let row = state.list(.cooccurrence).selected
        let column = state.analysis.column + 1
        guard widths.indices.contains(column), row < area.height - 1 else { return }
        let x = area.x + 1 + widths[..<column].reduce(0, +) + TableView.columnSpacing * column
        buffer.restyle(Rect(x: x, y: area.y + 1 + row, width: widths[column], height: 1)) { $0 = state.style("ui.selection") }
    }
}

extension AnalysisScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .previousTab, .nextTab:
            state.analysis.tab = 1 - state.analysis.tab
            return []
        case .columnLeft, .columnRight:
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
