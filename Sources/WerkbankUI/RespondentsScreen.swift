import TerminalKit
import WerkbankCore

/// The respondent table of all cases exactly as published, with its footnote.
struct RespondentsScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let inner = state.frame(data.study.tableLabels.title).render(into: &buffer, area: area)
        Self.renderTable(data.study.respondentTable.report, state: state, into: &buffer, area: inner, list: .respondents)
    }

    /// A report table with its footnotes under it; the row of a `/` match in `list` is marked.
    static func renderTable(_ report: ReportTable, state: AppState, into buffer: inout ScreenBuffer, area: Rect, list: ListID? = nil) {
        let found = state.find.line.flatMap { $0.list == list ? $0.index : nil }
        let columns = report.columns.map { TableColumn($0.title, alignment: $0.alignment == .right ? .right : .left) }
        let rows = report.rows.map { $0.map { Span($0.display) } }
        let tableHeight = min(area.height, rows.count + 1 + (report.totalRowCount > 0 ? 1 : 0))
        TableView(columns: columns, rows: rows, totalRowCount: report.totalRowCount, selectedRow: found, headerStyle: state.style("ui.table.header"),
                  style: state.style("ui.text"), totalStyle: state.style("ui.table.total"), selectedStyle: state.style("ui.selection"),
                  ruleStyle: state.style("ui.border"))
            .render(into: &buffer, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: tableHeight))
        for (index, footnote) in report.footnotes.enumerated() where tableHeight + 1 + index < area.height {
            buffer.write(footnote, x: area.x + 1, y: area.y + tableHeight + 1 + index, style: state.style("ui.footnote"),
                         maxWidth: area.width - 1)
        }
    }
}

extension RespondentsScreen: ScreenModule {
    static func activeList(_ state: AppState) -> ListID { .respondents }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .respondents, rows: data.study.respondentTable.report.rows.map(rowText))
    }

    /// A table row as text, for `/`.
    static func rowText(_ row: [ReportTable.Cell]) -> String {
        row.map(\.display).joined(separator: " ")
    }
}
