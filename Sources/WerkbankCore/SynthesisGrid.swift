import Foundation

/// One cell of the synthesis grid (case × element): what a grid screen shows in it.
public struct SynthesisCell: Hashable, Sendable {
    public var key: CellKey
    public var judgement: RecognitionJudgement?
    public var findingCount: Int
    /// The element's fragments in the case, sub-codes rolled up, any coder (the matrix's
    /// *fragments* cell).
    public var fragmentCount: Int
    /// The cell's first finding (the lowest in its order), without its evidence.
    public var firstFinding: Finding?
    /// Links of the cell's findings whose fragment is gone ("evidence removed").
    public var removedEvidenceCount: Int

    public init(key: CellKey, judgement: RecognitionJudgement? = nil, findingCount: Int = 0, fragmentCount: Int = 0,
                firstFinding: Finding? = nil, removedEvidenceCount: Int = 0) {
        self.key = key
        self.judgement = judgement
        self.findingCount = findingCount
        self.fragmentCount = fragmentCount
        self.firstFinding = firstFinding
        self.removedEvidenceCount = removedEvidenceCount
    }
}

/// The synthesis grid: elements × cases, each cell with its judgement, counts and first
/// finding (what MAXQDA calls a Summary Grid and NVivo a framework matrix).
public struct SynthesisGrid: Hashable, Sendable {
    /// Case ids in study order: the columns.
    public var cases: [String]
    /// Element short names in codebook order: the rows.
    public var elements: [String]
    /// Only cells with something in them; ``cell(caseID:element:)`` gives the others empty.
    public var cells: [CellKey: SynthesisCell]

    public init(cases: [String], elements: [String], cells: [CellKey: SynthesisCell]) {
        self.cases = cases
        self.elements = elements
        self.cells = cells
    }

    /// The cell of `element` in the case, empty when nothing is in it.
    public func cell(caseID: String, element: String) -> SynthesisCell {
        let key = CellKey(caseID: caseID, element: element)
        return cells[key] ?? SynthesisCell(key: key)
    }

    /// The cross-case column of an element: how many cases have each judgement, and how many
    /// have none yet (`nil`).
    public func crossCase(element: String) -> [RecognitionStatus?: Int] {
        var tally: [RecognitionStatus?: Int] = [:]
        for caseID in cases { tally[cell(caseID: caseID, element: element).judgement?.status, default: 0] += 1 }
        return tally
    }

    /// What the chain from fragments to findings lacks: findings without live evidence
    /// (none linked, or all removed) and cells with fragments but no finding, in grid order.
    public func problems(findings: [Finding]) -> [SynthesisProblem] {
        var problems: [SynthesisProblem] = []
        let order = Dictionary(elements.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let caseOrder = Dictionary(cases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = findings.enumerated().sorted {
            (caseOrder[$0.element.cell.caseID] ?? .max, order[$0.element.cell.element] ?? .max, $0.offset)
                < (caseOrder[$1.element.cell.caseID] ?? .max, order[$1.element.cell.element] ?? .max, $1.offset)
        }.map(\.element)
        for finding in sorted where finding.liveEvidence.isEmpty {
            let removed = finding.evidence.count
            problems.append(removed == 0 ? .findingWithoutEvidence(finding) : .findingEvidenceRemoved(finding, removed: removed))
        }
        for caseID in cases {
            for element in elements {
                let cell = cell(caseID: caseID, element: element)
                if cell.fragmentCount > 0 && cell.findingCount == 0 {
                    problems.append(.cellWithoutFinding(cell.key, fragments: cell.fragmentCount))
                }
            }
        }
        return problems
    }
}

/// A gap in the chain from fragments to findings (see ``SynthesisGrid/problems(findings:)``).
public enum SynthesisProblem: Hashable, Sendable, CustomStringConvertible {
    /// A finding with no evidence linked.
    case findingWithoutEvidence(Finding)
    /// A finding all of whose evidence has been removed.
    case findingEvidenceRemoved(Finding, removed: Int)
    /// A cell with fragments but no finding.
    case cellWithoutFinding(CellKey, fragments: Int)

    public var description: String {
        switch self {
        case .findingWithoutEvidence(let finding):
            "finding \(finding.id.uuidString.lowercased()) (\(finding.cell.caseID) × \(finding.cell.element)) has no evidence: \(Self.excerpt(finding.text))"
        case .findingEvidenceRemoved(let finding, let removed):
            "finding \(finding.id.uuidString.lowercased()) (\(finding.cell.caseID) × \(finding.cell.element)): all its evidence was removed (\(removed) fragment\(removed == 1 ? "" : "s")): \(Self.excerpt(finding.text))"
        case .cellWithoutFinding(let cell, let fragments):
            "cell \(cell.caseID) × \(cell.element) has \(fragments) fragment\(fragments == 1 ? "" : "s") but no finding"
        }
    }

    static func excerpt(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.count <= 60 ? line : String(line.prefix(57)) + "…"
    }
}
