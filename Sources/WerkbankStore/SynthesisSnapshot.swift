import Foundation
import WerkbankCore

/// An evidence link as stored and journaled.
struct EvidenceSnapshot: Codable, Equatable {
    var coding: UUID
    var source: String
    var start: Int
    var end: Int
    var quote: String

    init(coding: UUID, source: String, start: Int, end: Int, quote: String) {
        self.coding = coding
        self.source = source
        self.start = start
        self.end = end
        self.quote = quote
    }

    init(_ evidence: Evidence) {
        self.init(coding: evidence.codingID, source: evidence.sourceID, start: evidence.range.start, end: evidence.range.end,
                  quote: evidence.quote)
    }

    func evidence(removed: Bool) -> Evidence {
        Evidence(codingID: coding, sourceID: source, range: ScalarRange(start: start, end: end), quote: quote, isRemoved: removed)
    }
}

/// A finding as the journal keeps it: everything needed to put it back exactly.
struct FindingSnapshot: Codable, Equatable {
    var guid: UUID
    var caseID: String
    var element: String
    var text: String
    var author: String
    var role: String?
    var created: Date
    var modified: Date
    var position: Int
    var evidence: [EvidenceSnapshot]

    init(_ finding: Finding, position: Int) {
        guid = finding.id
        caseID = finding.cell.caseID
        element = finding.cell.element
        text = finding.text
        author = finding.author
        role = finding.role
        created = finding.created ?? Date()
        modified = finding.modified ?? created
        self.position = position
        evidence = finding.evidence.map(EvidenceSnapshot.init)
    }

    /// The content two projects compare when merging (not the position, which is local).
    var content: [String] {
        [caseID, element, text, author, role ?? ""] + evidence.map { $0.coding.uuidString }
    }
}

/// A cell's judgement as the journal keeps it.
struct JudgementSnapshot: Codable, Equatable {
    var caseID: String
    var element: String
    var status: String
    var why: String
    var author: String
    var modified: Date

    init(_ judgement: RecognitionJudgement) {
        caseID = judgement.cell.caseID
        element = judgement.cell.element
        status = judgement.status.rawValue
        why = judgement.why
        author = judgement.author
        modified = judgement.modified ?? Date()
    }

    var cell: CellKey { CellKey(caseID: caseID, element: element) }

    var judgement: RecognitionJudgement {
        RecognitionJudgement(cell: cell, status: RecognitionStatus(rawValue: status) ?? .nietBesproken, why: why, author: author,
                             modified: modified)
    }
}

/// A conclusion as the journal keeps it.
struct ConclusionSnapshot: Codable, Equatable {
    var guid: UUID
    var text: String
    var author: String
    var created: Date
    var modified: Date
    var position: Int
    var cells: [CellKey]
    var evidence: [EvidenceSnapshot]

    init(_ conclusion: Conclusion, position: Int) {
        guid = conclusion.id
        text = conclusion.text
        author = conclusion.author
        created = conclusion.created ?? Date()
        modified = conclusion.modified ?? created
        self.position = position
        cells = conclusion.cells
        evidence = conclusion.evidence.map(EvidenceSnapshot.init)
    }

    var content: [String] {
        [text, author] + cells.map { "\($0.caseID)|\($0.element)" } + evidence.map { $0.coding.uuidString }
    }
}
