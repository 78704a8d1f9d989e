import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Brings in their findings and conclusions by GUID and their judgements by cell, as
    /// codings are merged: what is here with other content stays and is reported as a
    /// conflict; what concerns a case or element this project lacks is skipped. Evidence keeps
    /// its links as they were, so a link to a coding not merged in shows as removed.
    func mergeSynthesis(_ theirs: Synthesis, db: Database, report: inout MergeReport) throws {
        let store = SynthesisStore(db: db)
        func fits(_ cell: CellKey) -> Bool {
            (try? store.caseRowID(cell.caseID)) != nil && (try? store.elementRowID(cell.element)) != nil
        }
        for finding in theirs.findings {
            let name = "finding \(finding.id.uuidString.lowercased()) (\(finding.cell.caseID) × \(finding.cell.element))"
            guard fits(finding.cell) else {
                report.skipped.append("\(name): this project has no such case or element")
                continue
            }
            let incoming = FindingSnapshot(finding, position: try store.nextPosition("finding"))
            if let ours = try? store.findingSnapshot(finding.id) {
                if ours.content == incoming.content { report.unchangedSynthesis += 1 } else {
                    report.conflicts.append("\(name): different content; kept this project's")
                }
                continue
            }
            try store.insert(incoming)
            report.addedFindings += 1
        }
        for judgement in theirs.judgements {
            let cell = judgement.cell
            guard fits(cell) else {
                report.skipped.append("judgement \(cell.caseID) × \(cell.element): this project has no such case or element")
                continue
            }
            let incoming = JudgementSnapshot(judgement)
            if let ours = try store.judgement(of: cell) {
                if (ours.status, ours.why, ours.author) == (incoming.status, incoming.why, incoming.author) {
                    report.unchangedSynthesis += 1
                } else {
                    report.conflicts.append("judgement \(cell.caseID) × \(cell.element): \(ours.status) here, \(incoming.status) there; kept this project's")
                }
                continue
            }
            try store.apply(incoming, cell: cell)
            report.addedJudgements += 1
        }
        for conclusion in theirs.conclusions {
            let name = "conclusion \(conclusion.id.uuidString.lowercased())"
            var incoming = ConclusionSnapshot(conclusion, position: try store.nextPosition("conclusion"))
            let cells = incoming.cells.filter(fits)
            if cells.count < incoming.cells.count {
                report.skipped.append("\(name): \(incoming.cells.count - cells.count) cited cell(s) of cases or elements this project lacks")
                incoming.cells = cells
            }
            if let ours = try? store.conclusionSnapshot(conclusion.id) {
                if ours.content == incoming.content { report.unchangedSynthesis += 1 } else {
                    report.conflicts.append("\(name): different content; kept this project's")
                }
                continue
            }
            try store.insert(incoming)
            report.addedConclusions += 1
        }
    }
}
