import Foundation
import WerkbankCore

/// Findings, judgements and conclusions as REFI-QDA notes (decision 44).
///
/// Each is a `<Note>`: its text is the finding's or conclusion's text (for a judgement, the
/// status and justification), so that other tools show it; links join it to its case, its
/// element's code and its evidence's selections. Its `<Description>` holds
/// ``marker`` followed by a JSON record of what Werkbank needs to bring it back whole (cell,
/// role, author, times, evidence with the quote as linked).
enum RefiQDASynthesis {
    static let marker = "werkbank-synthesis:"

    struct Link: Codable, Hashable {
        var coding: UUID
        var source: String
        var start: Int
        var end: Int
        var quote: String
        var removed: Bool?
    }

    struct Record: Codable, Hashable {
        /// `finding`, `judgement` or `conclusion`.
        var kind: String
        var id: UUID?
        var caseID: String?
        var element: String?
        var role: String?
        var author: String
        var status: String?
        var why: String?
        /// Seconds since 1970.
        var created: Double?
        var modified: Double?
        var cells: [CellKey]?
        var evidence: [Link]?
    }

    struct Note {
        var guid: UUID
        var name: String
        var text: String
        var record: Record
        /// GUIDs it is linked to, with the link's name: case, code, selections.
        var targets: [(guid: UUID, name: String)]
    }

    /// The notes of a synthesis; links to selections only for `exportedCodings`.
    static func notes(_ synthesis: Synthesis, caseNames: [String: String], exportedCodings: Set<UUID>) -> [Note] {
        func links(_ evidence: [Evidence]) -> [Link] {
            evidence.map { Link(coding: $0.codingID, source: $0.sourceID, start: $0.range.start, end: $0.range.end, quote: $0.quote,
                                removed: $0.isRemoved ? true : nil) }
        }
        func evidenceTargets(_ evidence: [Evidence]) -> [(guid: UUID, name: String)] {
            evidence.filter { exportedCodings.contains($0.codingID) }.map { ($0.codingID, "evidence") }
        }
        func cellTargets(_ cell: CellKey) -> [(guid: UUID, name: String)] {
            [(RefiQDAWriter.caseGUID(cell.caseID), "case"), (RefiQDAWriter.codeGUID(cell.element), "element")]
        }
        func cellName(_ cell: CellKey) -> String { "\(caseNames[cell.caseID] ?? cell.caseID) × \(cell.element)" }
        var notes: [Note] = []
        for finding in synthesis.findings {
            let record = Record(kind: "finding", id: finding.id, caseID: finding.cell.caseID, element: finding.cell.element,
                                role: finding.role, author: finding.author, created: finding.created?.timeIntervalSince1970,
                                modified: finding.modified?.timeIntervalSince1970, evidence: links(finding.evidence))
            notes.append(Note(guid: finding.id, name: "Bevinding: \(cellName(finding.cell))", text: finding.text, record: record,
                              targets: cellTargets(finding.cell) + evidenceTargets(finding.evidence)))
        }
        for judgement in synthesis.judgements {
            let record = Record(kind: "judgement", caseID: judgement.cell.caseID, element: judgement.cell.element, author: judgement.author,
                                status: judgement.status.rawValue, why: judgement.why, modified: judgement.modified?.timeIntervalSince1970)
            let text = judgement.why.isEmpty ? judgement.status.rawValue : "\(judgement.status.rawValue) — \(judgement.why)"
            notes.append(Note(guid: .stable(from: "judgement|\(judgement.cell.caseID)|\(judgement.cell.element)"),
                              name: "Herkenning: \(cellName(judgement.cell))", text: text, record: record,
                              targets: cellTargets(judgement.cell)))
        }
        for (index, conclusion) in synthesis.conclusions.enumerated() {
            let record = Record(kind: "conclusion", id: conclusion.id, author: conclusion.author,
                                created: conclusion.created?.timeIntervalSince1970, modified: conclusion.modified?.timeIntervalSince1970,
                                cells: conclusion.cells, evidence: links(conclusion.evidence))
            var targets: [(guid: UUID, name: String)] = []
            var seen: Set<UUID> = []
            for target in conclusion.cells.flatMap(cellTargets) + evidenceTargets(conclusion.evidence) where seen.insert(target.guid).inserted {
                targets.append(target)
            }
            notes.append(Note(guid: conclusion.id, name: "Conclusie \(index + 1)", text: conclusion.text, record: record, targets: targets))
        }
        return notes
    }

    static func description(_ record: Record) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return marker + String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self)
    }

    /// The synthesis in notes Werkbank wrote; other notes are left alone. `caseIDs` maps the
    /// case ids as written to the ids the import gives them.
    static func synthesis(order: [String], notes: [String: String], descriptions: [String: String], caseIDs: [String: String]) -> Synthesis {
        var synthesis = Synthesis()
        let decoder = JSONDecoder()
        func mapped(_ cell: CellKey) -> CellKey { CellKey(caseID: caseIDs[cell.caseID] ?? cell.caseID, element: cell.element) }
        func evidence(_ links: [Link]?) -> [Evidence] {
            (links ?? []).map { Evidence(codingID: $0.coding, sourceID: $0.source, range: ScalarRange(start: $0.start, end: $0.end),
                                         quote: $0.quote, isRemoved: $0.removed ?? false) }
        }
        func date(_ seconds: Double?) -> Date? { seconds.map(Date.init(timeIntervalSince1970:)) }
        for guid in order {
            guard let description = descriptions[guid], description.hasPrefix(marker) else { continue }
            guard let record = try? decoder.decode(Record.self, from: Data(description.dropFirst(marker.count).utf8)) else { continue }
            let text = notes[guid] ?? ""
            switch record.kind {
            case "finding":
                guard let id = record.id, let caseID = record.caseID, let element = record.element else { continue }
                synthesis.findings.append(Finding(id: id, cell: mapped(CellKey(caseID: caseID, element: element)), text: text,
                                                  author: record.author, role: record.role, created: date(record.created),
                                                  modified: date(record.modified), evidence: evidence(record.evidence)))
            case "judgement":
                guard let caseID = record.caseID, let element = record.element,
                      let status = record.status.flatMap(RecognitionStatus.init(rawValue:)) else { continue }
                synthesis.judgements.append(RecognitionJudgement(cell: mapped(CellKey(caseID: caseID, element: element)), status: status,
                                                                 why: record.why ?? "", author: record.author, modified: date(record.modified)))
            case "conclusion":
                guard let id = record.id else { continue }
                synthesis.conclusions.append(Conclusion(id: id, text: text, author: record.author, created: date(record.created),
                                                        modified: date(record.modified), cells: (record.cells ?? []).map(mapped),
                                                        evidence: evidence(record.evidence)))
            default:
                continue
            }
        }
        return synthesis
    }
}
