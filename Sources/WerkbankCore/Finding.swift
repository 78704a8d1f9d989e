import Foundation

/// A link from a finding or conclusion to a fragment (a coding, by GUID) that supports it.
///
/// The link keeps where the fragment stood and what it said when it was linked, so that a
/// fragment removed later (uncoded, undone, merged away) is still shown, marked
/// ``isRemoved``, instead of the link vanishing silently.
public struct Evidence: Hashable, Sendable {
    /// The coding's GUID.
    public var codingID: UUID
    /// The source id, range and text of the fragment when it was linked.
    public var sourceID: String
    public var range: ScalarRange
    public var quote: String
    /// The coding is no longer in the project ("evidence removed"). Worked out when read;
    /// a coding that comes back (redo) makes the link whole again.
    public var isRemoved: Bool

    public init(codingID: UUID, sourceID: String, range: ScalarRange, quote: String, isRemoved: Bool = false) {
        self.codingID = codingID
        self.sourceID = sourceID
        self.range = range
        self.quote = quote
        self.isRemoved = isRemoved
    }

    /// A link to a fragment as it stands now.
    public init(_ fragment: Fragment) {
        self.init(codingID: fragment.coding.id, sourceID: fragment.coding.sourceID, range: fragment.coding.range,
                  quote: fragment.quote)
    }
}

/// A finding (*bevinding*): a short written statement about one element in one case, grounded
/// in evidence, optionally speaking for one respondent role (research question 2).
public struct Finding: Hashable, Sendable, Identifiable {
    /// Stable across exports and merges.
    public var id: UUID
    public var cell: CellKey
    /// The statement; may run over several lines.
    public var text: String
    public var author: String
    /// The respondent role the finding speaks for, if any.
    public var role: String?
    /// When it was written and last changed; `nil` for a finding not yet stored.
    public var created: Date?
    public var modified: Date?
    /// The fragments that support it, in the order linked.
    public var evidence: [Evidence]

    public init(id: UUID = UUID(), cell: CellKey, text: String, author: String, role: String? = nil,
                created: Date? = nil, modified: Date? = nil, evidence: [Evidence] = []) {
        self.id = id
        self.cell = cell
        self.text = text
        self.author = author
        self.role = role
        self.created = created
        self.modified = modified
        self.evidence = evidence
    }

    /// Links that still lead to a fragment.
    public var liveEvidence: [Evidence] { evidence.filter { !$0.isRemoved } }
}

/// A cross-case conclusion (*conclusie*), citing cells and fragments.
public struct Conclusion: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var text: String
    public var author: String
    public var created: Date?
    public var modified: Date?
    /// The cells it rests on, in the order cited.
    public var cells: [CellKey]
    /// The fragments it cites, in the order cited.
    public var evidence: [Evidence]

    public init(id: UUID = UUID(), text: String, author: String, created: Date? = nil, modified: Date? = nil,
                cells: [CellKey] = [], evidence: [Evidence] = []) {
        self.id = id
        self.text = text
        self.author = author
        self.created = created
        self.modified = modified
        self.cells = cells
        self.evidence = evidence
    }
}

/// What is written from the fragments: findings, judgements and conclusions. A study loaded
/// from files carries it; a project stores it.
public struct Synthesis: Hashable, Sendable {
    /// In order per cell.
    public var findings: [Finding]
    public var judgements: [RecognitionJudgement]
    /// In order.
    public var conclusions: [Conclusion]

    public init(findings: [Finding] = [], judgements: [RecognitionJudgement] = [], conclusions: [Conclusion] = []) {
        self.findings = findings
        self.judgements = judgements
        self.conclusions = conclusions
    }

    public var isEmpty: Bool { findings.isEmpty && judgements.isEmpty && conclusions.isEmpty }

    /// The findings of one cell, in order.
    public func findings(in cell: CellKey) -> [Finding] { findings.filter { $0.cell == cell } }

    /// The judgement of one cell, if set.
    public func judgement(of cell: CellKey) -> RecognitionJudgement? { judgements.first { $0.cell == cell } }
}
