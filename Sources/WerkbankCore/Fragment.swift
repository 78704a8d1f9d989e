/// A coded stretch of text with everything needed to show it out of its source: the case,
/// the source, who speaks and in what role, and the quoted text.
public struct Fragment: Hashable, Sendable, Identifiable {
    public var coding: Coding
    public var caseID: String
    public var caseName: String
    public var sourceTitle: String
    public var sourceKind: SourceKind
    /// The speaker of the turn in which the fragment starts, if any.
    public var speaker: String?
    /// The speaker's respondent role; `nil` for an interviewer or text outside turns.
    public var role: String?
    /// The coded text.
    public var quote: String
    /// The page the fragment starts on, for a source with pages (an imported PDF).
    public var page: Int?

    public var id: Coding.ID { coding.id }

    public init(coding: Coding, caseID: String, caseName: String, sourceTitle: String, sourceKind: SourceKind,
                speaker: String?, role: String?, quote: String, page: Int? = nil) {
        self.coding = coding
        self.caseID = caseID
        self.caseName = caseName
        self.sourceTitle = sourceTitle
        self.sourceKind = sourceKind
        self.speaker = speaker
        self.role = role
        self.quote = quote
        self.page = page
    }
}

/// Which fragments to retrieve; every `nil` or empty field means "any".
public struct FragmentFilter: Hashable, Sendable {
    /// Short names of codes; sub-codes of a listed code are included when `includeSubcodes`.
    public var codes: [String]
    public var includeSubcodes: Bool
    /// Case ids (folder names).
    public var caseIDs: [String]
    public var roles: [String]
    public var kinds: [SourceKind]
    public var coders: [String]
    public var sourceIDs: [String]
    /// Conditions on other codes, all of which apply (`LOS` with `VOR` without `SRI`).
    public var combinations: [CodeCombination]
    /// When a fragment co-occurs with another code's for `combinations`.
    public var combinationMode: CoOccurrenceMode
    /// Attribute conditions, all of which must hold (see ``AttributeMatcher``).
    public var attributes: [AttributeCondition] = []
    /// Whether students' practice codings count too (decision 61); they do anyway for a coder
    /// named in `coders`.
    public var includePractice = false

    public init(codes: [String] = [], includeSubcodes: Bool = true, caseIDs: [String] = [], roles: [String] = [],
                kinds: [SourceKind] = [], coders: [String] = [], sourceIDs: [String] = [],
                combinations: [CodeCombination] = [], combinationMode: CoOccurrenceMode = .overlap,
                attributes: [AttributeCondition] = [], includePractice: Bool = false) {
        self.includePractice = includePractice
        self.attributes = attributes
        self.codes = codes
        self.includeSubcodes = includeSubcodes
        self.caseIDs = caseIDs
        self.roles = roles
        self.kinds = kinds
        self.coders = coders
        self.sourceIDs = sourceIDs
        self.combinations = combinations
        self.combinationMode = combinationMode
    }
}

/// What a memo is written on.
public enum MemoTarget: Hashable, Sendable {
    case code(String)
    case `case`(String)
    case source(String)

    /// The kind of target as stored: `code`, `case` or `source`.
    public var kind: String {
        switch self {
        case .code: "code"
        case .case: "case"
        case .source: "source"
        }
    }

    /// The code's short name, the case id or the source id.
    public var key: String {
        switch self {
        case .code(let key), .case(let key), .source(let key): key
        }
    }
}
