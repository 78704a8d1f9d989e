import Foundation
import TerminalKit
import WerkbankCore

/// One case, in five tabs: overview, respondents, sources, findings per element and the
/// attributes of the case, its participants and its sources.
struct CaseScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        guard data.cases.indices.contains(state.caseIndex) else { return }
        let studyCase = data.cases[state.caseIndex]
        let inner = state.frame("\(studyCase.number) · \(studyCase.name) (\(studyCase.tableLabel))").render(into: &buffer, area: area)
        let parts = Layout.split(inner, .vertical, [.fixed(1), .fixed(1), .fill(1)])
        Tabs(titles: CaseTab.allCases.map { state.text($0.title) }, selected: state.studyCase.tab.rawValue,
             style: state.style("ui.tab"), selectedStyle: state.style("ui.tab.active")).render(into: &buffer, area: parts[0])
        let body = parts[2]
        switch state.studyCase.tab {
        case .overview:
            ScrollingText(name: .overview, lines: CaseOverview(state: state, data: data, studyCase: studyCase).lines, state: state)
                .render(into: &buffer, area: body, feedback: &feedback)
        case .respondents:
            RespondentsScreen.renderTable(data.study.respondentReport(for: studyCase), name: .caseRespondents, state: state,
                                          into: &buffer, area: body, feedback: &feedback)
        case .sources:
            renderSources(of: studyCase, into: &buffer, area: body)
        case .findings:
            let (lines, chosen) = findingLines(of: studyCase)
            ScrollingText(name: .findings, lines: lines, state: state, keepVisible: chosen, followsChosen: true)
                .render(into: &buffer, area: body, feedback: &feedback)
        case .attributes:
            renderAttributes(into: &buffer, area: body)
        }
    }

    private func renderSources(of studyCase: Case, into buffer: inout ScreenBuffer, area: Rect) {
        let sources = data.sourcesByCase[studyCase.id] ?? []
        let rows: [[Span]] = sources.map { source in
            [Span(source.title), Span(state.text(source.kind.title)), Span(source.date ?? ""),
             Span(source.participants.joined(separator: " ")), Span(String(source.words)), Span(String(source.codingCount))]
        }
        let listState = state.list(.sources)
        var table = TableView(
            columns: [TableColumn(state.text(.columnSource)), TableColumn(state.text(.columnKind)), TableColumn(state.text(.columnDate)),
                      TableColumn(state.text(.columnParticipants), shrinksFirst: true), TableColumn(state.text(.columnWords), alignment: .right),
                      TableColumn(state.text(.columnCodings), alignment: .right)],
            rows: rows, selectedRow: sources.isEmpty ? nil : listState.selected, headerStyle: state.style("ui.table.header"),
            style: state.style("ui.text"), totalStyle: state.style("ui.table.total"), selectedStyle: state.style("ui.selection"))
        table.offset = AppState.offset(showing: listState.selected, from: listState.offset, visible: table.visibleBodyRows(in: area))
        table.render(into: &buffer, area: area)
    }

    private func renderAttributes(into buffer: inout ScreenBuffer, area: Rect) {
        let rows = state.attributeRows(in: data)
        guard !rows.isEmpty else {
            TextView(lines: [Line(state.text(.labelNoAttributes), style: state.style("ui.text.dim"))])
                .render(into: &buffer, area: area)
            return
        }
        let listState = state.list(.attributes)
        var table = TableView(
            columns: [TableColumn(state.text(.columnOn), shrinksFirst: true), TableColumn(state.text(.columnAttribute)),
                      TableColumn(state.text(.columnValue))],
            rows: rows.enumerated().map { index, row in
                // The target is named on its first row only, so that its attributes read as a group.
                let first = index == 0 || rows[index - 1].target != row.target
                return [Span(first ? row.targetLabel : ""), Span(row.definition.name),
                        row.value.map { Span($0) } ?? Span("–", style: state.style("ui.text.dim"))]
            },
            selectedRow: listState.selected, headerStyle: state.style("ui.table.header"),
            style: state.style("ui.text"), totalStyle: state.style("ui.table.total"), selectedStyle: state.style("ui.selection"))
        table.offset = AppState.offset(showing: listState.selected, from: listState.offset, visible: table.visibleBodyRows(in: area))
        table.render(into: &buffer, area: area)
    }

    /// The findings as lines, and the lines of the chosen quote (with its element's heading
    /// when it is the element's first), which ↑↓ move and Enter opens.
    func findingLines(of studyCase: Case) -> (lines: [TextLine], chosen: Range<Int>?) {
        guard let findings = data.findings[studyCase.id] else { return ([TextLine(Line("…", style: state.style("ui.text.dim")))], nil) }
        let chosenIndex = state.list(.findings).selected
        var lines: [TextLine] = []
        var chosen: Range<Int>?
        var quoteIndex = 0
        for finding in findings {
            let heading = lines.count
            let counts = "\(finding.fragmentCount) \(state.text(.columnFragments).lowercased()), "
                + "\(finding.respondentCount) \(state.text(.columnRespondentsCoded).lowercased())"
            lines.append(TextLine(Line([Span("██ ", style: state.swatch(finding.code.short, in: data.study.codebook)),
                                        Span(finding.code.short, style: state.style("ui.text.emphasis")),
                                        Span("  \(finding.code.name)  ", style: state.style("ui.text")),
                                        Span(counts, style: state.style("ui.text.dim"))]), hangingIndent: 3))
            if finding.firstFragments.isEmpty {
                lines.append(TextLine(Line("   \(state.text(.labelNoFragments))", style: state.style("ui.text.dim"))))
            }
            for (index, (fragment, quote)) in zip(finding.firstFragments, finding.firstQuotes).enumerated() {
                let speaker = [fragment.speaker, fragment.role.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
                let isChosen = quoteIndex == chosenIndex
                if isChosen { chosen = (index == 0 ? heading : lines.count)..<(lines.count + 1) }
                lines.append(TextLine(Line([Span("   \(speaker): ", style: state.style("speaker.label")),
                                            Span("“\(quote)”", style: state.style(isChosen ? "ui.selection" : "ui.text"))]),
                                      hangingIndent: 5))
                quoteIndex += 1
            }
            lines.append(TextLine(Line([])))
        }
        return (lines, chosen)
    }
}

extension CaseScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .previousTab: return state.switchTab(by: -1, data: data)
        case .nextTab: return state.switchTab(by: 1, data: data)
        case .open:
            switch state.studyCase.tab {
            case .sources: return state.openSelectedSource(data: data)
            case .findings: return state.openChosenFinding(data: data)
            case .attributes: return state.reduce(.editAttribute, data: data)
            default: return []
            }
        case .editAttribute, .nextAttributeValue, .unsetAttribute:
            guard state.studyCase.tab == .attributes else { return [] }
            switch action {
            case .editAttribute: return state.editChosenAttribute(data: data)
            case .nextAttributeValue: return state.nextAttributeValue(data: data)
            default: return state.unsetChosenAttribute(data: data)
            }
        case .memo:
            guard data.cases.indices.contains(state.caseIndex) else { return [] }
            let studyCase = data.cases[state.caseIndex]
            state.modal = .memo(MemoEditor(target: .memo(.case(studyCase.id)), title: studyCase.name,
                                           text: data.memos[.case(studyCase.id)] ?? ""))
            return []
        case .importTranscript:
            state.commandInput = TextInput("import ")
            return []
        default: return nil
        }
    }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        guard data.cases.indices.contains(state.caseIndex) else { return nil }
        let studyCase = data.cases[state.caseIndex]
        switch state.studyCase.tab {
        case .overview:
            return FindRows(list: .overview, rows: CaseOverview(state: state, data: data, studyCase: studyCase).lines.map(\.plainText))
        case .respondents:
            return FindRows(list: .caseRespondents, rows: data.study.respondentReport(for: studyCase).rows.map(RespondentsScreen.rowText))
        case .sources:
            return FindRows(list: .sources, rows: (data.sourcesByCase[studyCase.id] ?? []).map { source in
                "\(source.title) \(state.text(source.kind.title)) \(source.date ?? "") \(source.participants.joined(separator: " "))"
            })
        case .findings:
            return FindRows(list: .findings, rows: CaseScreen(state: state, data: data).findingLines(of: studyCase).lines.plainRows)
        case .attributes:
            return FindRows(list: .attributes, rows: state.attributeRows(in: data).map { "\($0.targetLabel) \($0.definition.name) \($0.value ?? "")" })
        }
    }

    static func activeList(_ state: AppState) -> ListID {
        switch state.studyCase.tab {
        case .overview: .overview
        case .respondents: .caseRespondents
        case .sources: .sources
        case .findings: .findings
        case .attributes: .attributes
        }
    }
}

extension AppState {
    /// The quotes on the Findings tab of the selected case, in the order shown.
    func findingQuotes(in data: WorkbenchData) -> [Fragment] {
        guard data.cases.indices.contains(caseIndex) else { return [] }
        return (data.findings[data.cases[caseIndex].id] ?? []).flatMap(\.firstFragments)
    }

    /// Opens the chosen quote's source in the reader with the quote selected (Enter on the
    /// Findings tab).
    mutating func openChosenFinding(data: WorkbenchData) -> [Effect] {
        let quotes = findingQuotes(in: data)
        guard !quotes.isEmpty else { return [] }
        let fragment = quotes[min(max(0, list(.findings).selected), quotes.count - 1)]
        return [.openSource(id: fragment.coding.sourceID, selecting: fragment.coding.range)]
    }
}
