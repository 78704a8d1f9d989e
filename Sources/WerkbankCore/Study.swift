/// The labels of the published respondent table.
public struct RespondentTableLabels: Hashable, Sendable {
    public var title: String
    /// The top-left cell (`Casestudies`).
    public var corner: String
    /// The heading of the totals column (`Total`).
    public var totalColumn: String
    /// The heading of the totals row (`Totaal`).
    public var totalRow: String

    public init(title: String = "Respondenten", corner: String = "Casestudies", totalColumn: String = "Total", totalRow: String = "Totaal") {
        self.title = title
        self.corner = corner
        self.totalColumn = totalColumn
        self.totalRow = totalRow
    }
}

/// Everything the study knows: the model, the cases, their sources and sample codings.
public struct Study: Hashable, Sendable {
    public var title: String
    public var citation: String
    public var researchQuestions: [String]
    public var roles: [Role]
    public var coders: [Coder]
    /// The nine defining characteristics of a professional workplace.
    public var characteristics: [String]
    public var tableLabels: RespondentTableLabels
    public var codebook: Codebook
    /// The cases in study order.
    public var cases: [Case]
    public var sources: [Source]
    public var codings: [Coding]
    /// Findings, judgements and conclusions written from the codings.
    public var synthesis: Synthesis
    /// Declared attributes, in order, and the values set on participants, sources and cases.
    public var attributes: [AttributeDefinition]
    public var attributeValues: [AttributeAssignment]
    /// Free memos (memos on codings, sources and cases travel with those or beside the study).
    public var memos: [FreeMemo]

    public init(
        title: String, citation: String = "", researchQuestions: [String] = [], roles: [Role],
        coders: [Coder] = [], characteristics: [String] = [], tableLabels: RespondentTableLabels = .init(),
        codebook: Codebook, cases: [Case], sources: [Source] = [], codings: [Coding] = [],
        synthesis: Synthesis = Synthesis(), attributes: [AttributeDefinition] = [], attributeValues: [AttributeAssignment] = [], memos: [FreeMemo] = []
    ) {
        self.title = title
        self.citation = citation
        self.researchQuestions = researchQuestions
        self.roles = roles
        self.coders = coders
        self.characteristics = characteristics
        self.tableLabels = tableLabels
        self.codebook = codebook
        self.cases = cases.sorted { $0.number < $1.number }
        self.sources = sources
        self.codings = codings
        self.synthesis = synthesis
        self.attributes = attributes
        self.attributeValues = attributeValues
        self.memos = memos
    }

    /// The case named by `text`: name, table label, folder name or number, in any case, or
    /// the start of one of them; `nil` when none or several fit (see ``NameResolver``).
    public func findCase(_ text: String) -> Case? {
        try? NameResolver(cases: cases).case(text)
    }

    /// The sources of a case, in file order.
    public func sources(ofCase caseID: String) -> [Source] {
        sources.filter { $0.caseID == caseID }
    }

    /// The published respondent table over all cases.
    public var respondentTable: RespondentTable {
        RespondentTable(roles: roles, cases: cases, labels: tableLabels)
    }
}
