import Foundation

/// The synthesis grid with roles as columns (research question 2: what meaning each group of
/// stakeholders gives an element): per element × role, the fragments spoken in that role and
/// the findings written for it. Judgements belong to cases, so this view has none.
public struct SynthesisRoleGrid: Hashable, Sendable {
    /// One element × role cell.
    public struct Cell: Hashable, Sendable {
        /// Fragments of the element (sub-codes rolled up) spoken by a participant in the role.
        public var fragmentCount = 0
        /// Findings of the element, in any case, that speak for the role.
        public var findingCount = 0
        /// The first of those findings in their order.
        public var firstFinding: Finding?

        public init() {}
    }

    /// The roles in the study's order (or an attribute's values): the columns.
    public var roles: [String]
    /// Element short names: the rows.
    public var elements: [String]
    private var cells: [String: [String: Cell]]

    /// Builds the grid from the matrix by role with sub-codes collapsed (its fragments) and the
    /// project's findings (in their order). Roles that findings name but the matrix lacks get a
    /// column after the matrix' ones.
    public init(matrix: Matrix, findings: [Finding], elements: [String]) {
        self.elements = elements
        let roles = matrix.columns.map(\.id)
        var cells: [String: [String: Cell]] = [:]
        let wanted = Set(elements)
        for row in matrix.rows where row.depth == 0 && wanted.contains(row.code) {
            for (column, value) in zip(matrix.columns, row.values) {
                guard case .count(let count) = value else { continue }
                cells[row.code, default: [:]][column.id, default: Cell()].fragmentCount = count
            }
        }
        self.roles = roles
        self.cells = cells
        for finding in findings where wanted.contains(finding.cell.element) {
            guard let role = finding.role, !role.isEmpty else { continue }
            addFinding(finding, column: role)
        }
    }

    /// Counts a finding in its element's cell of `column` (a column added when new).
    mutating func addFinding(_ finding: Finding, column: String) {
        if !roles.contains(column) { roles.append(column) }
        var cell = cells[finding.cell.element, default: [:]][column, default: Cell()]
        cell.findingCount += 1
        if cell.firstFinding == nil { cell.firstFinding = finding }
        cells[finding.cell.element, default: [:]][column] = cell
    }

    /// The cell of `element` and `role`, empty when nothing is in it.
    public func cell(element: String, role: String) -> Cell {
        cells[element]?[role] ?? Cell()
    }
}
