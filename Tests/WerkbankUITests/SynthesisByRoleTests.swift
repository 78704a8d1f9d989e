import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The synthesis grid with roles as columns (`b`): per element and role the fragments spoken
/// in the role and the findings written for it; Enter lists the role's fragments.
@Suite struct SynthesisByRoleTests {
    @Test func rolesAsColumnsCountTheRolesFragmentsAndFindings() throws {
        let (workbench, folder) = try makeWorkbench(width: 200, height: 60)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A finding that speaks for the students, written before the grid is read.
        _ = try workbench.project.addFinding(caseID: "revalidatie-2", element: "GOC", text: "Studenten trekken het team mee.",
                                             author: "Anouk", role: "Studenten")
        workbench.press(.character("9"), .character("b"))
        #expect(workbench.state.synthesis.byRole)
        #expect(workbench.state.message?.text.hasPrefix("Columns: roles") == true)
        let roles = try #require(workbench.data.synthesisRoles)
        let matrix = try workbench.project.matrix(by: .role, collapseSubcodes: true)
        #expect(roles.roles.prefix(matrix.columns.count) == matrix.columns.map(\.id)[...])
        let losRow = try #require(matrix.rows.first { $0.code == "LOS" })
        for (column, value) in zip(matrix.columns, losRow.values) {
            guard case .count(let count) = value else { continue }
            #expect(roles.cell(element: "LOS", role: column.id).fragmentCount == count, "LOS × \(column.id)")
        }
        #expect(roles.cell(element: "GOC", role: "Studenten").findingCount == 1)
        #expect(roles.cell(element: "GOC", role: "Management").findingCount == 0)
        let text = workbench.render().text
        #expect(text.contains("Synthesis · by role"))
        #expect(text.contains("1 finding") && text.contains("Studenten trekken het team mee."))
        #expect(!text.contains("Cross-case"), "judgements are per case: no cross-case column by role")

        // Enter on GOC × the second role lists that role's GOC fragments.
        workbench.press(.character("j"), .character("l"), .enter)
        #expect(workbench.state.screen == .fragments)
        #expect(workbench.state.fragments.filter == FragmentFilter(codes: ["GOC"], roles: [roles.roles[1]]))
        let listed = try workbench.project.fragments(FragmentFilter(codes: ["GOC"], roles: [roles.roles[1]]))
        #expect(workbench.data.fragments.count == listed.count && !listed.isEmpty)

        // Back on the grid, `b` goes through the category attributes and returns to cases, with
        // the judgements.
        workbench.press(.escape, .character("b"))
        #expect(workbench.state.synthesis.attribute == "instelling")
        while workbench.state.synthesis.byRole { workbench.press(.character("b")) }
        #expect(workbench.state.synthesis.attribute == nil)
        #expect(workbench.render().text.contains("Cross-case"))
    }

    /// By a case attribute the findings go to their case's value; by a participant attribute
    /// the cells count fragments only (a finding has no speaker).
    @Test func anAttributesValuesAsColumns() throws {
        let (workbench, folder) = try makeWorkbench(width: 200, height: 60)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try workbench.project.addFinding(caseID: "revalidatie-2", element: "GOC", text: "Studenten trekken het team mee.",
                                             author: "Anouk")
        workbench.press(.character("9"), .character("b"), .character("b"))
        #expect(workbench.state.synthesis.attribute == "instelling")
        #expect(workbench.render().text.contains("Synthesis · by instelling"))
        let grid = try #require(workbench.data.synthesisRoles)
        let matrix = try workbench.project.matrix(byAttribute: "instelling", collapseSubcodes: true)
        #expect(grid.roles == matrix.columns.map(\.id))
        let losRow = try #require(matrix.rows.first { $0.code == "LOS" })
        for (column, value) in zip(matrix.columns, losRow.values) {
            guard case .count(let count) = value else { continue }
            #expect(grid.cell(element: "LOS", role: column.id).fragmentCount == count, "LOS × \(column.id)")
        }
        let values = Dictionary(try workbench.project.attributeValues(attribute: "instelling").map { ($0.target.key, $0.value.text) },
                                uniquingKeysWith: { first, _ in first })
        let findings = try workbench.project.synthesis().findings.filter { $0.cell.element == "GOC" }
        for value in ["Fontys", "Fontys en Zuyd"] {
            let expected = findings.count { values[$0.cell.caseID] == value }
            #expect(grid.cell(element: "GOC", role: value).findingCount == expected, "GOC × \(value)")
        }
        #expect(findings.contains { $0.text == "Studenten trekken het team mee." && values[$0.cell.caseID] == "Fontys en Zuyd" })

        // Enter on LOS × Fontys lists LOS where instelling is Fontys.
        workbench.press(.enter)
        let fontys = FragmentFilter(codes: [grid.elements[0]], attributes: [AttributeCondition(name: "instelling", value: grid.roles[0])])
        #expect(workbench.state.fragments.filter == fontys)
        #expect(.count(workbench.data.fragments.count) == matrix.rows.first { $0.code == grid.elements[0] }?.values[0])

        workbench.press(.escape, .character("b"))
        #expect(workbench.state.synthesis.attribute == "schooljaar")
        let bySchoolYear = try #require(workbench.data.synthesisRoles)
        #expect(grid.elements.allSatisfy { element in bySchoolYear.roles.allSatisfy { bySchoolYear.cell(element: element, role: $0).findingCount == 0 } })
    }
}
