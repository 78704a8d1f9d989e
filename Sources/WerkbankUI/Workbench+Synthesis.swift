import Foundation
import WerkbankCore
import WerkbankStore

/// The effects of the Synthesis screen: reading the grid and an opened cell, and writing
/// findings, evidence links and judgements (each one committed, journaled step).
extension Workbench {
    func performSynthesis(_ effect: Effect) throws -> [EffectResult] {
        switch effect {
        case .loadSynthesis(let byRole, let attribute):
            let grid = try project.synthesisGrid()
            data.synthesisGrid = grid
            data.conclusions = try project.conclusions()
            // All findings are read only for the grid by role: the grid by case needs its
            // cells' first findings alone.
            if byRole, let attribute {
                // Findings are per case: only an attribute of cases gives them a value.
                let onCases = data.attributes.first { $0.name == attribute }?.target == .case
                let valueOfCase = onCases ? try project.attributeValues(attribute: attribute).valueByTargetKey : nil
                data.synthesisRoles = SynthesisRoleGrid(attributeMatrix: try project.matrix(byAttribute: attribute, collapseSubcodes: true),
                                                        findings: try project.synthesis().findings, elements: grid.elements,
                                                        valueOfCase: valueOfCase)
            } else {
                data.synthesisRoles = byRole
                    ? SynthesisRoleGrid(matrix: try project.matrix(by: .role, collapseSubcodes: true),
                                        findings: try project.synthesis().findings, elements: grid.elements)
                    : nil
            }
            return []
        case .loadCell(let key, let roles, let coders):
            data.cell = try Self.cellContents(key, roles: roles, coders: coders, in: project)
            return []
        case .editSynthesis(let edit):
            var evidence = 0
            var written: UUID?
            switch edit {
            case .addFinding(let cell, let text, let author):
                written = try project.addFinding(caseID: cell.caseID, element: cell.element, text: text, author: author).id
            case .updateFinding(let id, let text):
                try project.updateFinding(id, text: text)
            case .removeFinding(let id):
                try project.removeFinding(id)
            case .link(let coding, let finding):
                evidence = try project.linkEvidence([coding], to: finding).evidence.count
            case .unlink(let coding, let finding):
                try project.unlinkEvidence([coding], from: finding)
            case .judge(let cell, let status, let why, let author):
                try project.setJudgement(cell, status: status, why: why, author: author)
            }
            return [.synthesisEdited(edit, finding: written, evidence: evidence)]
        default:
            return []
        }
    }

    /// What the cell view shows of a cell: four reads, whatever the size of the project.
    static func cellContents(_ key: CellKey, roles: [String], coders: [String], in project: Project) throws(ProjectError) -> CellContents {
        // A cell of a large project holds thousands of fragments: the first ones open at once
        // (the pane says so), and `:filter role`/`coder` narrow them.
        let fragments = try project.fragments(FragmentFilter(codes: [key.element], caseIDs: [key.caseID], roles: roles, coders: coders),
                                              limit: CellContents.fragmentLimit)
        let findings = try project.findings(caseID: key.caseID, element: key.element)
        let evidence = try project.evidenceFragments(for: findings.flatMap(\.evidence))
        let judgement = try project.judgements().first { $0.cell == key }
        return CellContents(key: key, fragments: fragments, findings: findings, evidenceFragments: evidence, judgement: judgement)
    }
}
