import TerminalKit
import WerkbankCore

/// The synthesis grid: a row of three lines per element (the judgement, the counts, the first
/// finding), a column per case and a cross-case column; the conclusions under it. The chosen
/// cell opens its fragments beside its findings (``SynthesisCellScreen``).
struct SynthesisScreen {
    let state: AppState
    let data: WorkbenchData

    /// Lines per element: judgement, counts, first finding.
    static let linesPerElement = 3
    /// A case column's width: at least this (80 columns scroll), wider when there is room.
    static let minimumCellWidth = 22
    static let maximumCellWidth = 48

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let axis = state.synthesis.attribute.map { Text.labelByAttribute.string(state.language, $0) }
            ?? state.text(state.synthesis.byRole ? .labelByRole : .labelByCase)
        let title = state.text(.screenSynthesis) + " · " + axis
        let inner = state.frame(title).render(into: &buffer, area: area)
        buffer.fill(inner, style: state.style("ui.text"))
        guard let grid = data.synthesisGrid, !inner.isEmpty else { return }
        let gridHeight = 1 + grid.elements.count * Self.linesPerElement
        let conclusionRows = data.conclusions.isEmpty ? 0
            : min(data.conclusions.count + 1, max(2, inner.height - gridHeight - 1))
        let tableArea = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1),
                             height: max(0, inner.height - conclusionRows - (conclusionRows > 0 ? 1 : 0)))
        if state.synthesis.byRole, let roles = data.synthesisRoles {
            renderRoleGrid(roles, into: &buffer, area: tableArea, feedback: &feedback)
        } else {
            renderGrid(grid, into: &buffer, area: tableArea, feedback: &feedback)
        }
        if conclusionRows > 0 {
            renderConclusions(into: &buffer, area: Rect(x: inner.x + 1, y: tableArea.maxY + 1, width: max(0, inner.width - 2),
                                                         height: conclusionRows))
        }
    }

    private func renderGrid(_ grid: SynthesisGrid, into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let table = SynthesisTable(grid: grid, state: state, data: data, width: area.width)
        renderTable(table, elements: grid.elements.count, cursor: state.synthesisCursor(grid), into: &buffer, area: area,
                    feedback: &feedback) { layout, buffer in
            // Each cell in its judgement's scope (`ui.synthesis.herkend` …); the symbols and
            // words say the same without colour.
            for (element, name) in grid.elements.enumerated() {
                for (index, caseID) in grid.cases.enumerated() {
                    let scope = Self.scope(grid.cell(caseID: caseID, element: name).judgement?.status)
                    for line in 0..<Self.linesPerElement {
                        guard let cell = layout.cell(row: element * Self.linesPerElement + line, column: index + 1, in: area) else { continue }
                        buffer.restyle(cell) { $0 = $0.patched(with: state.style(scope)) }
                    }
                }
            }
        }
    }

    /// The grid by role: the same three lines a cell (findings, fragments, first finding), no
    /// judgements (they belong to cases) and no cross-case column.
    private func renderRoleGrid(_ grid: SynthesisRoleGrid, into buffer: inout ScreenBuffer, area: Rect,
                                feedback: inout RenderFeedback) {
        let table = SynthesisTable(roles: grid, state: state, width: area.width)
        renderTable(table, elements: grid.elements.count, cursor: state.synthesisRoleCursor(grid), into: &buffer, area: area,
                    feedback: &feedback) { _, _ in }
    }

    /// Draws a grid of `linesPerElement` rows an element, its element column and header
    /// frozen, scrolled to keep the cursor's cell in view; `shade` styles the cells before the
    /// element labels and the cursor's cell are marked.
    @discardableResult
    private func renderTable(_ table: SynthesisTable, elements: Int, cursor: (row: Int, column: Int), into buffer: inout ScreenBuffer,
                             area: Rect, feedback: inout RenderFeedback,
                             shade: (TableLayout, inout ScreenBuffer) -> Void) -> TableLayout {
        var view = TableView(columns: table.columns, rows: table.rows.map { $0.map { Span($0) } },
                             headerStyle: state.style("ui.table.header"), style: state.style("ui.text"),
                             totalStyle: state.style("ui.table.total"), selectedStyle: state.style("ui.selection"),
                             ruleStyle: state.style("ui.border"), frozenColumns: 1, markStyle: state.style("ui.text.emphasis"))
        let lines = Self.linesPerElement
        view.scroll = state.table(.synthesis)
        view.scroll = view.scroll(revealing: cursor.row * lines + lines - 1, column: cursor.column + 1, in: area)
        view.scroll = view.scroll(revealing: cursor.row * lines, column: cursor.column + 1, in: area)
        let layout = view.render(into: &buffer, area: area)
        feedback.tableScrolls[.synthesis] = layout.scroll
        feedback.tableLimits[.synthesis] = layout.limits
        feedback.tablePages[.synthesis] = layout.pageRows
        shade(layout, &buffer)
        for element in 0..<elements {
            if let label = layout.cell(row: element * lines, column: 0, in: area) {
                buffer.restyle(label) { $0 = $0.patched(with: state.style("ui.text.emphasis")) }
            }
        }
        for line in 0..<lines {
            if let cell = layout.cell(row: cursor.row * lines + line, column: cursor.column + 1, in: area) {
                buffer.restyle(cell) { $0 = state.style("ui.selection") }
            }
        }
        return layout
    }

    /// The theme scope of a judgement.
    static func scope(_ status: RecognitionStatus?) -> String {
        switch status {
        case .herkend: "ui.synthesis.herkend"
        case .deelsHerkend: "ui.synthesis.deels"
        case .nietHerkend: "ui.synthesis.niet"
        case .nietBesproken: "ui.synthesis.onbesproken"
        case nil: "ui.synthesis"
        }
    }

    private func renderConclusions(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.height > 0 else { return }
        buffer.write("\(state.text(.labelConclusions)) (\(data.conclusions.count))", x: area.x, y: area.y,
                     style: state.style("ui.table.header"), maxWidth: area.width)
        for (index, conclusion) in data.conclusions.prefix(area.height - 1).enumerated() {
            let line = "\(index + 1). " + FragmentsScreen.oneLine(conclusion.text, characters: area.width + 2).text
            buffer.write(DisplayWidth.truncate(line, to: area.width), x: area.x, y: area.y + 1 + index, style: state.style("ui.text"),
                         maxWidth: area.width)
        }
    }
}

/// The grid as table text: a column per case at one width, cut to it.
struct SynthesisTable {
    var columns: [TableColumn]
    var rows: [[String]]

    init(grid: SynthesisGrid, state: AppState, data: WorkbenchData, width: Int) {
        let names = Dictionary(data.cases.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let labelWidth = grid.elements.map(DisplayWidth.of).max() ?? 3
        let crossTitle = state.text(.columnCrossCase)
        let crossCells = grid.elements.map { Self.crossCase(grid.crossCase(element: $0)) }
        let crossWidth = max(DisplayWidth.of(crossTitle), crossCells.map(DisplayWidth.of).max() ?? 0)
        let spacing = TableView.columnSpacing
        let labelColumn = max(labelWidth, DisplayWidth.of(state.text(.columnElement)))
        // The scroll marks take two columns at the right.
        let room = (width - 2 - labelColumn - crossWidth - spacing * (grid.cases.count + 1)) / max(1, grid.cases.count)
        let cellWidth = min(SynthesisScreen.maximumCellWidth, max(SynthesisScreen.minimumCellWidth, room))
        columns = [TableColumn(state.text(.columnElement), width: labelColumn)]
            + grid.cases.map { TableColumn(DisplayWidth.truncate(names[$0] ?? $0, to: cellWidth), width: cellWidth) }
            + [TableColumn(crossTitle, width: crossWidth)]
        func cut(_ text: String) -> String { DisplayWidth.truncate(text, to: cellWidth) }
        rows = []
        for (index, element) in grid.elements.enumerated() {
            let cells = grid.cases.map { grid.cell(caseID: $0, element: element) }
            rows.append([element] + cells.map { cut(Self.judgement($0.judgement?.status, state)) } + [crossCells[index]])
            rows.append([""] + cells.map {
                cut(($0.findingCount == 1 ? Text.labelCellCountsOne.string(state.language, "\($0.fragmentCount)")
                        : Text.labelCellCounts.string(state.language, "\($0.findingCount)", "\($0.fragmentCount)"))
                    + ($0.removedEvidenceCount > 0 ? " ⚠\($0.removedEvidenceCount)" : ""))
            } + [""])
            rows.append([""] + cells.map { cut($0.firstFinding.map { FragmentsScreen.oneLine($0.text, characters: cellWidth + 2).text } ?? "") } + [""])
        }
    }

    /// The grid by role as table text: a column per role.
    init(roles grid: SynthesisRoleGrid, state: AppState, width: Int) {
        let spacing = TableView.columnSpacing
        let labelColumn = max(grid.elements.map(DisplayWidth.of).max() ?? 3, DisplayWidth.of(state.text(.columnElement)))
        let room = (width - 2 - labelColumn - spacing * grid.roles.count) / max(1, grid.roles.count)
        let cellWidth = min(SynthesisScreen.maximumCellWidth, max(SynthesisScreen.minimumCellWidth, room))
        columns = [TableColumn(state.text(.columnElement), width: labelColumn)]
            + grid.roles.map { TableColumn(DisplayWidth.truncate($0, to: cellWidth), width: cellWidth) }
        func cut(_ text: String) -> String { DisplayWidth.truncate(text, to: cellWidth) }
        rows = []
        for element in grid.elements {
            let cells = grid.roles.map { grid.cell(element: element, role: $0) }
            rows.append([element] + cells.map {
                cut($0.findingCount == 1 ? Text.labelRoleFindingsOne.string(state.language)
                        : Text.labelRoleFindings.string(state.language, "\($0.findingCount)"))
            })
            rows.append([""] + cells.map { cut(Text.labelRoleFragments.string(state.language, "\($0.fragmentCount)")) })
            rows.append([""] + cells.map { cut($0.firstFinding.map { FragmentsScreen.oneLine($0.text, characters: cellWidth + 2).text } ?? "") })
        }
    }

    /// `● herkend`: the symbol and the word (the English gloss in English).
    static func judgement(_ status: RecognitionStatus?, _ state: AppState) -> String {
        guard let status else { return "\(symbol(nil)) \(state.text(.labelNoJudgement))" }
        return "\(symbol(status)) \(state.language == .nl ? status.rawValue : status.gloss)"
    }

    static func symbol(_ status: RecognitionStatus?) -> String {
        switch status {
        case .herkend: "●"
        case .deelsHerkend: "◐"
        case .nietHerkend: "○"
        case .nietBesproken: "–"
        case nil: "·"
        }
    }

    /// `●2 ◐1 ·1`: how many cases have each judgement, in the statuses' order.
    static func crossCase(_ tally: [RecognitionStatus?: Int]) -> String {
        (RecognitionStatus.allCases.map(Optional.some) + [nil]).compactMap { status in
            tally[status].map { "\(symbol(status))\($0)" }
        }.joined(separator: " ")
    }
}

extension SynthesisScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        guard let grid = data.synthesisGrid else { return nil }
        if action == .matrixAxis {
            // Cases, roles, then each category attribute's values, and round again.
            let attributes = data.attributes.filter { $0.kind == .category }.map(\.name)
            if !state.synthesis.byRole {
                state.synthesis.byRole = true
            } else {
                let next = state.synthesis.attribute.flatMap { attributes.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                state.synthesis.attribute = next < attributes.count ? attributes[next] : nil
                if state.synthesis.attribute == nil { state.synthesis.byRole = false }
            }
            state.synthesis.column = 0
            state.tables[.synthesis] = nil
            if let attribute = state.synthesis.attribute {
                state.say(Text.messageSynthesisByAttribute.string(state.language, attribute))
            } else {
                state.say(state.text(state.synthesis.byRole ? .messageSynthesisByRole : .messageSynthesisByCase))
            }
            return [state.loadSynthesisEffect]
        }
        if state.synthesis.byRole, let roles = data.synthesisRoles {
            switch action {
            case .columnLeft, .columnRight:
                state.synthesis.column = min(max(0, state.synthesis.column + (action == .columnLeft ? -1 : 1)), max(0, roles.roles.count - 1))
                return []
            case .open: return state.openSynthesisRoleCell(roles)
            default: return nil
            }
        }
        switch action {
        case .columnLeft, .columnRight:
            state.synthesis.column = min(max(0, state.synthesis.column + (action == .columnLeft ? -1 : 1)), grid.cases.count)
            return []
        case .open: return state.openSynthesisCell(data: data)
        default: return nil
        }
    }

    static func activeList(_ state: AppState) -> ListID { .synthesis }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? { nil }
}
