import Foundation
import TerminalKit
import WerkbankCore

extension AppState {
    /// The grid's chosen element (row) and case (column; the cases' count is the cross-case
    /// column).
    func synthesisCursor(_ grid: SynthesisGrid) -> (row: Int, column: Int) {
        (min(list(.synthesis).selected, max(0, grid.elements.count - 1)), min(synthesis.column, grid.cases.count))
    }

    /// Reads the grid (and, with roles as columns, the grid by role) and the conclusions.
    var loadSynthesisEffect: Effect { .loadSynthesis(byRole: synthesis.byRole, attribute: synthesis.attribute) }

    /// The chosen row and role column of the grid by role.
    func synthesisRoleCursor(_ grid: SynthesisRoleGrid) -> (row: Int, column: Int) {
        (min(list(.synthesis).selected, max(0, grid.elements.count - 1)), min(synthesis.column, max(0, grid.roles.count - 1)))
    }

    /// Opens an element × role cell: the element's fragments spoken in the role, on the
    /// Fragments screen (findings belong to case cells; the role's are in the grid).
    mutating func openSynthesisRoleCell(_ grid: SynthesisRoleGrid) -> [Effect] {
        guard !grid.elements.isEmpty, !grid.roles.isEmpty else { return [] }
        let (row, column) = synthesisRoleCursor(grid)
        fragments.note = nil
        if let attribute = synthesis.attribute {
            guard grid.roles[column] != MatrixAttributeAxis.noneColumn else {
                message = StatusMessage(text: Text.messageNoneColumn.string(language, attribute), isError: true)
                return []
            }
            fragments.filter = FragmentFilter(codes: [grid.elements[row]],
                                              attributes: [AttributeCondition(name: attribute, value: grid.roles[column])])
        } else {
            fragments.filter = FragmentFilter(codes: [grid.elements[row]], roles: [grid.roles[column]])
        }
        lists[.fragments] = ListState()
        go(to: .fragments)
        return [.loadFragments(fragments.filter)]
    }

    /// Opens the chosen cell: its fragments (as `:filter` narrows them by role and coder) and
    /// its findings.
    mutating func openSynthesisCell(data: WorkbenchData) -> [Effect] {
        guard let grid = data.synthesisGrid, !grid.elements.isEmpty else { return [] }
        let (row, column) = synthesisCursor(grid)
        guard grid.cases.indices.contains(column) else {
            say(text(.messageChooseCase), isError: true)
            return []
        }
        synthesis.cell = CellKey(caseID: grid.cases[column], element: grid.elements[row])
        synthesis.findingsFocused = false
        synthesis.pendingFinding = nil
        lists[.cellFragments] = ListState()
        lists[.cellFindings] = ListState()
        go(to: .synthesisCell)
        return loadCellEffect.map { [$0] } ?? []
    }

    /// Reads the opened cell again, following `:filter`'s roles and coders.
    var loadCellEffect: Effect? {
        synthesis.cell.map { .loadCell($0, roles: fragments.filter.roles, coders: fragments.filter.coders) }
    }

    /// The cell in words: `Revalidatie 1 × LOS`.
    func cellName(_ key: CellKey, data: WorkbenchData) -> String {
        "\(data.cases.first { $0.id == key.caseID }?.name ?? key.caseID) × \(key.element)"
    }

    /// Puts the findings' cursor on the finding just written or changed, once it is read.
    mutating func takePendingFinding(data: WorkbenchData) {
        guard let id = synthesis.pendingFinding, let cell = data.cell,
              let row = cell.findingRows.firstIndex(where: { $0.evidence == nil && cell.findings[$0.finding].id == id }) else { return }
        var list = list(.cellFindings)
        list.select(row, count: cell.findingRows.count, visibleRows: pageSize)
        lists[.cellFindings] = list
        synthesis.pendingFinding = nil
    }

    /// The finding under the findings' cursor (also while the fragments have the focus).
    func chosenFinding(in data: WorkbenchData) -> Finding? {
        guard let cell = data.cell else { return nil }
        let rows = cell.findingRows
        guard !rows.isEmpty else { return nil }
        return cell.findings[rows[min(list(.cellFindings).selected, rows.count - 1)].finding]
    }

    /// The evidence under the findings' cursor, when the cursor is on evidence.
    func chosenEvidence(in data: WorkbenchData) -> (finding: Finding, evidence: Evidence)? {
        guard let cell = data.cell else { return nil }
        let rows = cell.findingRows
        guard rows.indices.contains(list(.cellFindings).selected), let index = rows[list(.cellFindings).selected].evidence else { return nil }
        let finding = cell.findings[rows[list(.cellFindings).selected].finding]
        return (finding, finding.evidence[index])
    }

    /// The fragment under the fragments' cursor.
    func chosenCellFragment(in data: WorkbenchData) -> Fragment? {
        guard let fragments = data.cell?.fragments, fragments.indices.contains(list(.cellFragments).selected) else { return nil }
        return fragments[list(.cellFragments).selected]
    }

    /// The keys of the cell view.
    mutating func reduceCell(_ action: Action, data: WorkbenchData) -> [Effect]? {
        takePendingFinding(data: data)
        guard let cell = data.cell, let key = synthesis.cell else { return nil }
        switch action {
        case .nextPane:
            synthesis.findingsFocused.toggle()
        case .open:
            if synthesis.findingsFocused {
                guard let (_, evidence) = chosenEvidence(in: data) else { return [] }
                guard !evidence.isRemoved else {
                    say(text(.messageEvidenceGone), isError: true)
                    return []
                }
                let range = cell.evidenceFragments[evidence.codingID]?.coding.range ?? evidence.range
                return [.openSource(id: cell.evidenceFragments[evidence.codingID]?.coding.sourceID ?? evidence.sourceID, selecting: range)]
            }
            guard let fragment = chosenCellFragment(in: data) else { return [] }
            return [.openSource(id: fragment.coding.sourceID, selecting: fragment.coding.range)]
        case .newFinding:
            modal = .memo(MemoEditor(target: .newFinding(key, author: coder),
                                     title: Text.labelNewFinding.string(language, cellName(key, data: data)), text: ""))
        case .editFinding:
            guard let finding = chosenFinding(in: data) else { return refuse(.messageNoFinding) }
            modal = .memo(MemoEditor(target: .finding(finding.id),
                                     title: Text.labelEditFinding.string(language, cellName(key, data: data)), text: finding.text))
        case .removeFinding:
            guard let finding = chosenFinding(in: data) else { return refuse(.messageNoFinding) }
            modal = .confirm(Confirmation(title: text(.titleRemoveFinding),
                                          message: FragmentsScreen.oneLine(finding.text, characters: 120).text,
                                          effects: [.editSynthesis(.removeFinding(finding.id))]))
        case .linkEvidence:
            guard let finding = chosenFinding(in: data) else { return refuse(.messageNoFinding) }
            guard let fragment = chosenCellFragment(in: data) else { return refuse(.messageNoFragment) }
            guard !finding.evidence.contains(where: { $0.codingID == fragment.coding.id }) else { return refuse(.messageAlreadyEvidence) }
            return [.editSynthesis(.link(coding: fragment.coding.id, finding: finding.id))]
        case .unlinkEvidence:
            if synthesis.findingsFocused, let (finding, evidence) = chosenEvidence(in: data) {
                return [.editSynthesis(.unlink(coding: evidence.codingID, finding: finding.id))]
            }
            guard !synthesis.findingsFocused, let finding = chosenFinding(in: data), let fragment = chosenCellFragment(in: data),
                  finding.evidence.contains(where: { $0.codingID == fragment.coding.id }) else { return refuse(.messageNotEvidence) }
            return [.editSynthesis(.unlink(coding: fragment.coding.id, finding: finding.id))]
        case .setJudgement:
            modal = .judgement(JudgementPicker(cell: key, title: cellName(key, data: data), current: cell.judgement))
        default:
            return nil
        }
        return []
    }

    private mutating func refuse(_ key: Text) -> [Effect] {
        say(text(key), isError: true)
        return []
    }

    /// The message after a change of the synthesis, and where the findings' cursor goes.
    mutating func tookSynthesisEdit(_ edit: SynthesisEdit, finding written: UUID?, evidence: Int, data: WorkbenchData) {
        switch edit {
        case .addFinding(let cell, _, _):
            say(Text.messageFindingAdded.string(language, cellName(cell, data: data)))
            synthesis.pendingFinding = written
        case .updateFinding(let id, _):
            say(text(.messageFindingChanged))
            synthesis.pendingFinding = id
        case .removeFinding:
            say(text(.messageFindingRemoved))
        case .link(_, let finding):
            say(Text.messageEvidenceLinked.string(language, "\(evidence)"))
            synthesis.pendingFinding = finding
        case .unlink(_, let finding):
            say(text(.messageEvidenceUnlinked))
            synthesis.pendingFinding = finding
        case .judge(let cell, let status, _, _):
            say(Text.messageJudged.string(language, cellName(cell, data: data), SynthesisTable.judgement(status, self)))
        }
    }
}
