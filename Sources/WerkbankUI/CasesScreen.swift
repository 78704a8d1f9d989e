import Foundation
import TerminalKit
import WerkbankCore

/// Home: the cases with both names and their figures; the selected case's details beside.
struct CasesScreen {
    let state: AppState
    let data: WorkbenchData

    static let minimumDetailsWidth = 40

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let respondents = data.study.respondentTable
        // Who else is in a case shows in a column of its own, there only while anyone is.
        let showsPresence = !state.others.isEmpty
        let rows: [[Span]] = data.cases.map { studyCase in
            [Span(String(studyCase.number)), Span(studyCase.name), Span(studyCase.tableLabel),
             Span(respondents.total(case: studyCase).display),
             Span(String(data.sourcesByCase[studyCase.id]?.count ?? 0)),
             Span(String(data.fragmentsByCase[studyCase.id] ?? 0))]
                + (showsPresence ? [Span(state.coders(inCase: studyCase.id), style: state.style("ui.text.emphasis"))] : [])
        }
        let columns = [TableColumn("#", alignment: .right), TableColumn(state.text(.columnCase)),
                       TableColumn(state.text(.columnTableLabel)), TableColumn(state.text(.columnRespondents), alignment: .right),
                       TableColumn(state.text(.columnSourcesShort), alignment: .right),
                       TableColumn(state.text(.columnFragmentsShort), alignment: .right)]
            + (showsPresence ? [TableColumn(state.text(.columnOpenNow))] : [])
        // The list is as wide as its table needs and the details take the rest; when that
        // leaves the details too narrow to read, the details go under the list instead.
        let natural = TableView.columnWidths(columns: columns, rows: rows, available: .max).reduce(0, +)
            + TableView.columnSpacing * (columns.count - 1) + 2
        let panes = area.width - natural >= Self.minimumDetailsWidth
            ? Layout.split(area, .horizontal, [.fixed(natural), .fill(1)])
            : Layout.split(area, .vertical, [.fixed(min(rows.count + 3, area.height / 2)), .fill(1)])
        var table = TableView(
            columns: columns, rows: rows, selectedRow: state.caseIndex, headerStyle: state.style("ui.table.header"),
            style: state.style("ui.text"), totalStyle: state.style("ui.table.total"),
            selectedStyle: state.style(state.cases.detailsFocused ? "ui.selection.unfocused" : "ui.selection"))
        // The list scrolls when the terminal is short; its border says how many cases are out of view.
        let visible = table.visibleBodyRows(in: panes[0].inset(by: 1))
        table.offset = AppState.offset(showing: state.caseIndex, from: state.list(.cases).offset, visible: visible)
        let mark = state.scrollMark(first: table.offset, visible: visible, count: rows.count)
        let listInner = state.frame(state.text(.screenCases), focused: !state.cases.detailsFocused, footer: mark)
            .render(into: &buffer, area: panes[0])
        table.render(into: &buffer, area: listInner)

        guard data.cases.indices.contains(state.caseIndex) else { return }
        let studyCase = data.cases[state.caseIndex]
        let detailsInner = state.frame("\(studyCase.name) (\(studyCase.tableLabel))", focused: state.cases.detailsFocused)
            .render(into: &buffer, area: panes[1])
        ScrollingText(name: .caseDetails, lines: CaseOverview(state: state, data: data, studyCase: studyCase).lines, state: state)
            .render(into: &buffer, area: detailsInner, feedback: &feedback)
    }
}

/// The facts of a case as lines: used beside the Cases list and on the case's Overview tab.
struct CaseOverview {
    let state: AppState
    let data: WorkbenchData
    let studyCase: Case

    var lines: [Line] {
        var lines = [state.field(.labelCaseNumber, "\(studyCase.number) · \(studyCase.name)"),
                     state.field(.labelTableLabel, studyCase.tableLabel),
                     state.field(.labelSector, studyCase.sector),
                     Line([Span("\(state.text(.labelInstitutions)):", style: state.style("ui.text.dim"))])]
        lines += studyCase.institutions.map { Line("  • \($0)", style: state.style("ui.text")) }
        let respondents = data.study.respondentTable.total(case: studyCase).display
        lines.append(Line([
            Span("\(state.text(.columnRespondentsCoded)) \(respondents)  ", style: state.style("ui.text")),
            Span("\(state.text(.columnSources)) \(data.sourcesByCase[studyCase.id]?.count ?? 0)  ", style: state.style("ui.text")),
            Span("\(state.text(.columnFragments)) \(data.fragmentsByCase[studyCase.id] ?? 0)", style: state.style("ui.text")),
        ]))
        let here = state.others.filter { $0.caseID == studyCase.id }
        if !here.isEmpty {
            lines.append(Line([Span("\(state.text(.presenceOpenNow)):", style: state.style("ui.text.dim"))]))
            lines += here.map { entry in
                let place = entry.sourceTitle ?? state.text(ScreenKind(rawValue: entry.screen)?.title ?? .screenCase)
                let reading = entry.readOnly ? " (\(state.text(.presenceReading)))" : ""
                return Line([Span("  • ", style: state.style("ui.text")), Span(entry.coder, style: state.style("ui.text.emphasis")),
                             Span(" · \(place)\(reading)", style: state.style("ui.text"))])
            }
        }
        lines.append(Line([]))
        lines.append(Line(studyCase.description.replacingOccurrences(of: "\n", with: " "), style: state.style("ui.text")))
        return lines
    }
}

extension CasesScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .nextPane:
            state.cases.detailsFocused.toggle()
            return []
        case .open: return state.openCase(state.caseIndex, data: data)
        default: return nil
        }
    }

    static func activeList(_ state: AppState) -> ListID { state.cases.detailsFocused ? .caseDetails : .cases }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        if state.cases.detailsFocused, data.cases.indices.contains(state.caseIndex) {
            let lines = CaseOverview(state: state, data: data, studyCase: data.cases[state.caseIndex]).lines
            return FindRows(list: .caseDetails, rows: lines.map(\.plainText))
        }
        return FindRows(list: .cases, rows: data.cases.map { "\($0.number) \($0.name) \($0.tableLabel)" })
    }
}
