import TerminalKit
import WerkbankCore

/// Codes × cases (or roles) with a chosen measure; the chosen cell opens its fragments.
struct MatrixScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let axis = state.matrix.attribute.map { Text.labelByAttribute.string(state.language, $0) }
            ?? state.text(state.matrix.axis == .case ? .labelByCase : state.matrix.axis == .role ? .labelByRole : .labelBySource)
        let measure: Text = switch state.matrix.measure {
        case .fragments: .measureFragments
        case .participants: .measureParticipants
        case .sources: .measureSources
        case .share: .measureShare
        case .presence: .measurePresence
        }
        let filter = (state.fragments.filter.coders + state.fragments.filter.kinds.map(\.rawValue)
            + state.combinationWords(state.fragments.filter)
            + state.fragments.filter.attributes.map { "\($0.name)=\($0.value)" }).joined(separator: ", ")
        let title = "\(state.text(.screenMatrix)) · \(state.text(measure)) · \(axis)" + (filter.isEmpty ? "" : " · \(filter)")
        let inner = state.frame(title).render(into: &buffer, area: area)
        guard let matrix = data.matrix else { return }
        let report = matrix.report
        let bodyRows = report.rows.count - report.totalRowCount
        // The cursor's cell stays in view: the table scrolls to it, codes and header frozen.
        let row = min(state.list(.matrix).selected, max(0, bodyRows - 1)), column = state.matrix.column + 1
        // On the last case or role the Total column comes into view too.
        let layout = RespondentsScreen.renderTable(report, name: .matrix, state: state, into: &buffer, area: inner,
                                                   feedback: &feedback, cursor: (row, column),
                                                   through: column >= matrix.columns.count ? report.columns.count - 1 : nil)
        let area = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height)
        shadeCells(matrix, layout: layout, area: area, into: &buffer)
        highlightCell(row: row, column: column, layout: layout, area: area, into: &buffer)
    }

    /// Cells shaded by value through the theme: empty cells recede (`ui.matrix.empty`), the top
    /// third of the values stands out (`ui.matrix.high`), the rest is `ui.matrix.low`. The
    /// shipped themes use attributes too, so the shading reads in `mono` and with NO_COLOR.
    private func shadeCells(_ matrix: Matrix, layout: TableLayout, area: Rect, into buffer: inout ScreenBuffer) {
        let numbers = matrix.rows.flatMap(\.values).compactMap(Self.number)
        let highest = numbers.max() ?? 0
        for index in layout.bodyRows where matrix.rows.indices.contains(index) {
            for (column, value) in matrix.rows[index].values.enumerated() {
                guard let number = Self.number(value), let cell = layout.cell(row: index, column: column + 1, in: area) else { continue }
                let scope = number == 0 ? "ui.matrix.empty" : number * 3 >= highest * 2 ? "ui.matrix.high" : "ui.matrix.low"
                let shade = state.style(scope)
                buffer.restyle(cell) { $0 = $0.patched(with: shade) }
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

    private func highlightCell(row: Int, column: Int, layout: TableLayout, area: Rect, into buffer: inout ScreenBuffer) {
        // The row's code and the chosen cell are marked; the rest of the row stays readable.
        if let label = layout.cell(row: row, column: 0, in: area) {
            buffer.restyle(label) { $0 = $0.patched(with: Style(attributes: .bold)) }
        }
        if let cell = layout.cell(row: row, column: column, in: area) {
            buffer.restyle(cell) { $0 = state.style("ui.selection") }
        }
    }
}

extension AppState {
    /// `b` on the Matrix screen: columns by case, by role, by source (grouped under their
    /// case), then by each categorical attribute in declaration order, and round again. Share is not given by role or by a participant's
    /// attribute, so the measure falls back to fragments there.
    mutating func nextMatrixAxis(data: WorkbenchData) {
        let attributes = data.attributes.filter { $0.kind == .category }
        if let current = matrix.attribute {
            let next = attributes.firstIndex { $0.name == current }.map { $0 + 1 } ?? attributes.count
            matrix.attribute = next < attributes.count ? attributes[next].name : nil
            if matrix.attribute == nil { matrix.axis = .case }
        } else if matrix.axis == .case {
            matrix.axis = .role
        } else if matrix.axis == .role {
            matrix.axis = .source
        } else if let first = attributes.first {
            matrix.axis = .case
            matrix.attribute = first.name
        } else {
            matrix.axis = .case
        }
        if !matrixHasShare(data: data) && matrix.measure == .share { matrix.measure = .fragments }
        matrix.column = 0
    }

    /// Whether the share of text coded can be given for the matrix's columns: not by role or
    /// by an attribute of participants, whose text is not theirs alone.
    func matrixHasShare(data: WorkbenchData) -> Bool {
        if let name = matrix.attribute { return data.attributes.first { $0.name == name }?.target != .participant }
        return matrix.axis != .role
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
            state.nextMatrixAxis(data: data)
        case .matrixMeasure:
            let measures = MatrixMeasure.allCases.filter { state.matrixHasShare(data: data) || $0 != .share }
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
