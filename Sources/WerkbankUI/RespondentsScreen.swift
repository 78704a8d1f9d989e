import TerminalKit
import WerkbankCore

/// The respondent table of all cases exactly as published, with its footnote.
struct RespondentsScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let inner = state.frame(data.study.tableLabels.title).render(into: &buffer, area: area)
        Self.renderTable(data.study.respondentTable.report, name: .respondents, state: state, into: &buffer, area: inner,
                         feedback: &feedback)
    }

    /// A report table with its footnotes under it, its row labels and header frozen while the
    /// rest scrolls to the position kept under `name`. A table with a cursor (`cursor`: body
    /// row and column) scrolls to keep it in view, and with it the columns up to `through`
    /// where there are some the cursor cannot reach (a totals column). Returns where the table
    /// drew what.
    @discardableResult
    static func renderTable(_ report: ReportTable, name: ListID, state: AppState, into buffer: inout ScreenBuffer, area: Rect,
                            feedback: inout RenderFeedback, cursor: (row: Int, column: Int)? = nil, through: Int? = nil) -> TableLayout {
        let found = state.find.line.flatMap { $0.list == name ? $0 : nil }
        var table = TableView(columns: report.columns.map { TableColumn($0.title, alignment: $0.alignment == .right ? .right : .left) },
                              rows: report.rows.map { $0.map { Span($0.display) } }, totalRowCount: report.totalRowCount,
                              selectedRow: found?.index,
                              headerStyle: state.style("ui.table.header"), style: state.style("ui.text"),
                              totalStyle: state.style("ui.table.total"), selectedStyle: state.style("ui.selection"),
                              ruleStyle: state.style("ui.border"), frozenColumns: 1, notes: report.footnotes,
                              noteStyle: state.style("ui.footnote"), markStyle: state.style("ui.text.emphasis"))
        let tableArea = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 1), height: area.height)
        table.scroll = state.table(name)
        if let found, found.pending { table.scroll = table.scroll(revealing: found.index, column: nil, in: tableArea) }
        if let cursor {
            if let through { table.scroll = table.scroll(revealing: nil, column: through, in: tableArea) }
            table.scroll = table.scroll(revealing: cursor.row, column: cursor.column, in: tableArea)
        }
        let layout = table.render(into: &buffer, area: tableArea)
        feedback.tableScrolls[name] = layout.scroll
        feedback.tableLimits[name] = layout.limits
        feedback.tablePages[name] = layout.pageRows
        return layout
    }
}

extension RespondentsScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .columnLeft, .columnRight:
            state.scrollTable(.respondents, columns: action == .columnLeft ? -1 : 1)
            return []
        default: return nil
        }
    }

    static func activeList(_ state: AppState) -> ListID { .respondents }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .respondents, rows: data.study.respondentTable.report.rows.map(rowText))
    }

    /// A table row as text, for `/`.
    static func rowText(_ row: [ReportTable.Cell]) -> String {
        row.map(\.display).joined(separator: " ")
    }
}
