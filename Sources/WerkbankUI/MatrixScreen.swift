import TerminalKit
import WerkbankCore

/// Codes × cases (or roles) with a chosen measure; the chosen cell opens its fragments.
struct MatrixScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let axis = state.text(state.matrix.axis == .case ? .labelByCase : .labelByRole)
        let measure: Text = switch state.matrix.measure {
        case .fragments: .measureFragments
        case .participants: .measureParticipants
        case .sources: .measureSources
        case .share: .measureShare
        case .presence: .measurePresence
        }
        let filter = (state.fragments.filter.coders + state.fragments.filter.kinds.map(\.rawValue)).joined(separator: ", ")
        let title = "\(state.text(.screenMatrix)) · \(state.text(measure)) · \(axis)" + (filter.isEmpty ? "" : " · \(filter)")
        let inner = state.frame(title).render(into: &buffer, area: area)
        guard let matrix = data.matrix else { return }
        let report = matrix.report
        let columns = report.columns.map { TableColumn($0.title, alignment: $0.alignment == .right ? .right : .left) }
        let rows = report.rows.map { $0.map { Span($0.display) } }
        let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
        var table = TableView(columns: columns, rows: rows, totalRowCount: report.totalRowCount,
                              selectedRow: nil, headerStyle: state.style("ui.table.header"), style: state.style("ui.text"),
                              totalStyle: state.style("ui.table.total"), selectedStyle: state.style("ui.selection"),
                              ruleStyle: state.style("ui.border"))
        let selected = state.list(.matrix).selected
        let bodyRows = report.rows.count - report.totalRowCount
        table.offset = AppState.offset(showing: min(selected, bodyRows - 1), from: state.list(.matrix).offset,
                                       visible: table.visibleBodyRows(in: area))
        table.render(into: &buffer, area: area)
        shadeEmptyCells(matrix, table: table, area: area, into: &buffer)
        highlightCell(selected: selected, table: table, columns: columns, rows: rows, area: area, into: &buffer)
    }

    /// Cells shaded by value through the theme: empty cells recede (`ui.matrix.empty`), the top
    /// third of the values stands out (`ui.matrix.high`), the rest is `ui.matrix.low`. The
    /// shipped themes use attributes too, so the shading reads in `mono` and with NO_COLOR.
    private func shadeEmptyCells(_ matrix: Matrix, table: TableView, area: Rect, into buffer: inout ScreenBuffer) {
        let widths = TableView.columnWidths(columns: table.columns, rows: table.rows, available: area.width)
        let numbers = matrix.rows.flatMap(\.values).compactMap(Self.number)
        let highest = numbers.max() ?? 0
        for (index, row) in matrix.rows.enumerated() where index >= table.offset {
            let y = area.y + 1 + index - table.offset
            guard y < area.maxY - (table.totalRowCount > 0 ? table.totalRowCount + 1 : 0) else { break }
            for (column, value) in row.values.enumerated() where column + 1 < widths.count {
                guard let number = Self.number(value) else { continue }
                let scope = number == 0 ? "ui.matrix.empty" : number * 3 >= highest * 2 ? "ui.matrix.high" : "ui.matrix.low"
                let shade = state.style(scope)
                let x = area.x + widths[...column].reduce(0, +) + TableView.columnSpacing * (column + 1)
                buffer.restyle(Rect(x: x, y: y, width: widths[column + 1], height: 1)) { $0 = $0.patched(with: shade) }
            }
        }
    }

    private static func number(_ value: MatrixValue) -> Double? {
        switch value {
        case .count(let count): Double(count)
        case .share(let share): share
        case .notApplicable: nil
        }
    }

    private func highlightCell(selected: Int, table: TableView, columns: [TableColumn], rows: [[Span]], area: Rect,
                               into buffer: inout ScreenBuffer) {
        let widths = TableView.columnWidths(columns: columns, rows: rows, available: area.width)
        let column = state.matrix.column + 1
        guard widths.indices.contains(column) else { return }
        let x = area.x + widths[..<column].reduce(0, +) + TableView.columnSpacing * column
        let y = area.y + 1 + selected - table.offset
        let selection = state.style("ui.selection")
        // The row's code and the chosen cell are marked; the rest of the row stays readable.
        buffer.restyle(Rect(x: area.x, y: y, width: widths[0], height: 1)) { $0 = $0.patched(with: Style(attributes: .bold)) }
        buffer.restyle(Rect(x: x, y: y, width: widths[column], height: 1)) { $0 = selection }
    }
}

extension MatrixScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .columnLeft, .columnRight:
            let count = data.matrix?.columns.count ?? 0
            state.matrix.column = min(max(0, state.matrix.column + (action == .columnLeft ? -1 : 1)), max(0, count - 1))
            return []
        case .open: return state.openMatrixCell(data: data)
        case .collapseSubcodes:
            state.matrix.collapsed.toggle()
            state.say(state.text(state.matrix.collapsed ? .messageSubcodesCollapsed : .messageSubcodesShown))
            state.lists[.matrix] = ListState()
        case .matrixAxis:
            state.matrix.axis = state.matrix.axis == .case ? .role : .case
            if state.matrix.axis == .role && state.matrix.measure == .share { state.matrix.measure = .fragments }
            state.matrix.column = 0
        case .matrixMeasure:
            let measures = MatrixMeasure.allCases.filter { state.matrix.axis == .case || $0 != .share }
            state.matrix.measure = measures[((measures.firstIndex(of: state.matrix.measure) ?? 0) + 1) % measures.count]
        default: return nil
        }
        return [state.loadMatrixEffect]
    }

    static func activeList(_ state: AppState) -> ListID { .matrix }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        guard let table = data.matrix else { return nil }
        return FindRows(list: .matrix, rows: table.rows.map { row in "\(row.code) \(data.study.codebook.code(row.code)?.name ?? "")" })
    }
}
