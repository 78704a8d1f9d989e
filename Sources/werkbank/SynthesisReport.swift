import Foundation
import WerkbankCore

/// Tables of findings, judgements, conclusions and synthesis problems for the command line.
enum SynthesisReport {
    static func table(for findings: [Finding], title: String, shorten: Bool) -> ReportTable {
        ReportTable(
            title: title,
            columns: [.init("Id"), .init("Case"), .init("Element"), .init("Role"), .init("Author"),
                      .init("Evidence", alignment: .right), .init("Removed", alignment: .right), .init("Text"), .init("Evidence ids")],
            rows: findings.map { finding in
                let id = finding.id.uuidString.lowercased()
                let removed = finding.evidence.filter(\.isRemoved).count
                let evidence = finding.evidence.map { link in
                    let id = link.codingID.uuidString.lowercased()
                    return (shorten ? String(id.prefix(8)) : id) + (link.isRemoved ? " (evidence removed)" : "")
                }
                return [.text(shorten ? String(id.prefix(8)) : id), .text(finding.cell.caseID), .text(finding.cell.element),
                        .text(finding.role ?? ""), .text(finding.author), .number(finding.evidence.count), .number(removed),
                        .text(shorten ? CodingReport.shorten(finding.text) : finding.text), .text(evidence.joined(separator: "; "))]
            })
    }

    static func table(for judgements: [RecognitionJudgement], title: String) -> ReportTable {
        ReportTable(
            title: title,
            columns: [.init("Case"), .init("Element"), .init("Judgement"), .init("Why"), .init("Author")],
            rows: judgements.map { [.text($0.cell.caseID), .text($0.cell.element), .text($0.status.rawValue), .text($0.why), .text($0.author)] })
    }

    static func table(for conclusions: [Conclusion], title: String, shorten: Bool) -> ReportTable {
        ReportTable(
            title: title,
            columns: [.init("Id"), .init("Author"), .init("Text"), .init("Cells"), .init("Evidence", alignment: .right),
                      .init("Removed", alignment: .right)],
            rows: conclusions.map { conclusion in
                let id = conclusion.id.uuidString.lowercased()
                return [.text(shorten ? String(id.prefix(8)) : id), .text(conclusion.author),
                        .text(shorten ? CodingReport.shorten(conclusion.text) : conclusion.text),
                        .text(conclusion.cells.map { "\($0.caseID):\($0.element)" }.joined(separator: ", ")),
                        .number(conclusion.evidence.count), .number(conclusion.evidence.filter(\.isRemoved).count)]
            })
    }

    static func table(for problems: [SynthesisProblem]) -> ReportTable {
        ReportTable(
            title: "Gaps between fragments and findings (\(problems.count))",
            columns: [.init("Kind"), .init("Case"), .init("Element"), .init("Finding"), .init("Detail")],
            rows: problems.map { problem in
                switch problem {
                case .findingWithoutEvidence(let finding):
                    [.text("finding without evidence"), .text(finding.cell.caseID), .text(finding.cell.element),
                     .text(finding.id.uuidString.lowercased()), .text(CodingReport.shorten(finding.text))]
                case .findingEvidenceRemoved(let finding, let removed):
                    [.text("all evidence removed"), .text(finding.cell.caseID), .text(finding.cell.element),
                     .text(finding.id.uuidString.lowercased()), .text("\(removed) removed: " + CodingReport.shorten(finding.text))]
                case .cellWithoutFinding(let cell, let fragments):
                    [.text("cell without finding"), .text(cell.caseID), .text(cell.element), .text(""),
                     .text("\(fragments) fragment\(fragments == 1 ? "" : "s")")]
                }
            })
    }
}
