import Foundation
import Testing
@testable import WerkbankCore

/// The grid by role: fragments from the matrix by role (sub-codes already rolled up), findings
/// by the role they speak for.
@Suite struct SynthesisRoleGridTests {
    @Test func aRoleCellCountsOnlyFindingsForItsElement() {
        let matrix = Matrix(axis: .role, measure: .fragments, columns: [MatrixColumn(id: "Studenten", label: "Studenten")],
                            rows: [MatrixRow(code: "LOS", name: "LOS", depth: 0, values: [.count(4)], total: .count(4)),
                                   MatrixRow(code: "LOS-SUB", name: "sub", depth: 1, values: [.count(9)], total: .count(9))],
                            columnTotals: [.count(4)], grandTotal: .count(4))
        let key = CellKey(caseID: "c", element: "LOS")
        let findings = [Finding(id: UUID(), cell: key, text: "een", author: "A", role: "Studenten", created: Date(), modified: Date()),
                        Finding(id: UUID(), cell: key, text: "twee", author: "A", role: "Cliënten", created: Date(), modified: Date()),
                        Finding(id: UUID(), cell: CellKey(caseID: "c", element: "GOC"), text: "drie", author: "A", role: "Studenten",
                                created: Date(), modified: Date())]
        let grid = SynthesisRoleGrid(matrix: matrix, findings: findings, elements: ["LOS"])
        #expect(grid.roles == ["Studenten", "Cliënten"], "a role only findings name gets a column after the matrix' ones")
        #expect(grid.cell(element: "LOS", role: "Studenten").fragmentCount == 4, "sub-code rows are already in their parent's")
        #expect(grid.cell(element: "LOS", role: "Studenten").findingCount == 1)
        #expect(grid.cell(element: "LOS", role: "Studenten").firstFinding?.text == "een")
        #expect(grid.cell(element: "LOS", role: "Cliënten").findingCount == 1)
        #expect(grid.cell(element: "GOC", role: "Studenten").findingCount == 0)
    }
}
