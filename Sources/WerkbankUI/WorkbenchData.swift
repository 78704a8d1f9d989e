import Foundation
import WerkbankCore
import WerkbankStore

/// What one element looks like in one case: how often it was coded, by how many different
/// respondents, and the first fragments.
public struct ElementFinding: Hashable, Sendable {
    public var code: Code
    public var fragmentCount: Int
    /// Distinct participants (not interviewers) in whose turns the fragments start.
    public var respondentCount: Int
    public var firstFragments: [Fragment]
    /// The first fragments' quotes on one line, cut to ``quoteLength`` characters (worked out
    /// once here, not in every frame).
    public var firstQuotes: [String]

    /// Quotes in the findings are cut here: the findings show what an element looks like.
    public static let quoteLength = 160

    init(code: Code, fragmentCount: Int, respondentCount: Int, firstFragments: [Fragment]) {
        self.code = code
        self.fragmentCount = fragmentCount
        self.respondentCount = respondentCount
        self.firstFragments = firstFragments
        firstQuotes = firstFragments.map { fragment in
            let line = String(fragment.quote.map { $0.isNewline ? " " : $0 })
            return line.count <= Self.quoteLength ? line : String(line.prefix(Self.quoteLength - 1)) + "…"
        }
    }
}

/// The project data the screens show, read from the store. Findings are read per case when
/// first needed.
public struct WorkbenchData: Sendable {
    public var study: Study
    public var sourcesByCase: [String: [SourceSummary]]
    public var fragmentsByCase: [String: Int]
    public var findings: [String: [ElementFinding]] = [:]
    /// The source open in the reader, its codings, and the units the cursor moves by (its
    /// speaker turns, or its paragraphs when it has none).
    public var source: Source?
    public var sourceCodings: [Coding] = []
    /// The codings of the open source that a correction left needing review, with the words
    /// they had.
    public var sourceReviews: [UUID: String] = [:]
    public var sourceUnits: [ScalarRange] = []
    /// The memos on codes, cases and sources.
    public var memos: [MemoTarget: String] = [:]
    /// The declared attributes, and the values set on participants, sources and cases.
    public var attributes: [AttributeDefinition] = []
    public var attributeValues: [AttributeAssignment] = []
    /// The Disagreements screen: the stretches, the texts of their sources, and which are
    /// decided by the consensus coder.
    public var disagreements: [Disagreement] = []
    public var disagreementTexts: [String: String] = [:]
    public var resolvedDisagreements: Set<String> = []
    /// The Analysis screen's tables: agreement of two coders, and co-occurrence of codes.
    public var agreementTable: ReportTable?
    public var coOccurrenceTable: ReportTable?
    /// The matrix the Matrix screen shows.
    public var matrix: Matrix?
    /// The Search screen: the first hits of its query, and the hits per case of all of them.
    public var searchHits: [TextHit] = []
    public var searchCounts: [SearchCaseCount] = []
    /// The fragments the Fragments screen shows (for ``AppState/fragmentFilter``). Read without
    /// their quotes, which are read a page at a time as the list shows them (decision 77).
    public var fragments: [Fragment] = []
    /// Whether ``fragments`` is the filter's whole list, not only its first page while the rest
    /// is read.
    public var fragmentsComplete = true
    /// Pages of ``fragments`` (of ``fragmentQuotePage``) whose quotes are not read yet.
    public var fragmentPagesWithoutQuotes: Set<Int> = []
    /// Fragments whose quotes are read at a time.
    public static let fragmentQuotePage = 256

    /// Puts `fragments` in the Fragments screen's list: `quoted` when they carry their quotes,
    /// otherwise every page waits for its quotes; `complete` unless more are being read.
    mutating func list(_ fragments: [Fragment], quoted: Bool, complete: Bool = true) {
        self.fragments = fragments
        fragmentsComplete = complete
        let page = Self.fragmentQuotePage
        fragmentPagesWithoutQuotes = quoted ? [] : Set(0..<(self.fragments.count + page - 1) / page)
    }
    /// The Synthesis screen: the grid and the conclusions under it; the opened cell.
    public var synthesisGrid: SynthesisGrid?
    /// The grid with roles as columns, read while the screen shows it so.
    public var synthesisRoles: SynthesisRoleGrid?
    public var conclusions: [Conclusion] = []
    public var cell: CellContents?
    /// Every memo of every kind, for the Memos screen; `nil` until it is first shown.
    public var memoEntries: [MemoEntry]? {
        didSet { memoList = MemoListCache() }
    }
    /// The Memos screen's list as filtered last, for ``memoEntries`` as they are.
    private(set) var memoList = MemoListCache()
    /// The practice setting (`nil`: not a practice project), a student's feedback and the
    /// class's agreement, read when their screens show.
    public var practiceSetup: PracticeSetup?
    public var feedback: PracticeFeedback?
    public var classAgreement: ClassAgreement?
    /// The open source's layout and search index.
    var sourceCache = SourceCache()

    public init(study: Study, sourcesByCase: [String: [SourceSummary]], fragmentsByCase: [String: Int]) {
        self.study = study
        self.sourcesByCase = sourcesByCase
        self.fragmentsByCase = fragmentsByCase
    }

    /// Reads everything but the findings from a project.
    public static func load(from project: Project) throws(ProjectError) -> WorkbenchData {
        let study = try project.study()
        let sources = try project.sources()
        let counts = try project.codeCaseCounts()
        var data = WorkbenchData(
            study: study,
            sourcesByCase: byCase(sources),
            fragmentsByCase: Dictionary(grouping: counts, by: \.caseID).mapValues { $0.map(\.fragments).reduce(0, +) })
        data.memos = try project.memos()
        data.attributes = try project.attributeDefinitions()
        data.attributeValues = try project.attributeValues()
        data.practiceSetup = try project.practiceSetup()
        return data
    }

    /// Sources by case, each case's in the order the Sources tab lists them: by date (the
    /// order of the fieldwork; undated last), then by title. Not by id or import order, which
    /// the user does not see.
    static func byCase(_ sources: [SourceSummary]) -> [String: [SourceSummary]] {
        Dictionary(grouping: sources, by: \.caseID).mapValues { $0.sorted(by: listedBefore) }
    }

    private static func listedBefore(_ a: SourceSummary, _ b: SourceSummary) -> Bool {
        if a.date != b.date {
            guard let first = a.date else { return false }
            guard let second = b.date else { return true }
            return first < second
        }
        let order = a.title.localizedStandardCompare(b.title)
        return order == .orderedSame ? a.id < b.id : order == .orderedAscending
    }

    /// The findings of a case: one entry per element of the model, each the element × case
    /// cell of the store (``ElementCell``), as the report quotes it.
    public static func findings(ofCase caseID: String, in project: Project, elements: [Code], firstCount: Int = 3) throws(ProjectError) -> [ElementFinding] {
        try project.elementCells(ofCase: caseID, elements: elements.map(\.short), quoteLimit: firstCount).map {
            ElementFinding(code: $0.element, fragmentCount: $0.fragmentCount, respondentCount: $0.respondentCount, firstFragments: $0.quotes)
        }
    }

    /// The units of a source: its turns, or its paragraphs when it has no turns.
    public static func units(of source: Source) -> [ScalarRange] {
        if !source.turns.isEmpty { return source.turns.map(\.range) }
        var units: [ScalarRange] = []
        var start: Int?
        var offset = 0
        var lastContent = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if line.allSatisfy(\.isWhitespace) {
                if let open = start { units.append(ScalarRange(start: open, end: lastContent)); start = nil }
            } else {
                if start == nil { start = offset }
                lastContent = offset + length - (line.hasSuffix("\r") ? 1 : 0)
            }
            offset += length + 1
        }
        if let open = start { units.append(ScalarRange(start: open, end: lastContent)) }
        return units
    }

    /// The cases in study order.
    public var cases: [Case] { study.cases }
}

/// What is worked out once per open source and reused while it stays open: its layout for
/// the last width it was drawn at, its folded text for searching, and where its words are. A reference, so that
/// rendering and the reducer (which read copies of the data) can fill it.
final class SourceCache: @unchecked Sendable {
    private var layoutKey: (sourceID: String, width: Int)?
    private var layout: SourceLayout?
    private var searchKey: String?
    private var search: SourceSearch?
    private var boundariesKey: String?
    private var boundaries: ClusterBoundaries?
    private var wordsKey: String?
    private var words: SourceWords?

    /// Forgets what was worked out of the open source, whose text changed (a correction).
    func forget() {
        layoutKey = nil
        layout = nil
        searchKey = nil
        search = nil
        boundariesKey = nil
        boundaries = nil
        wordsKey = nil
        words = nil
    }

    func words(for source: Source) -> SourceWords {
        if let words, wordsKey == source.id { return words }
        let made = SourceWords(text: source.text)
        wordsKey = source.id
        words = made
        return made
    }

    func layout(for source: Source, width: Int) -> SourceLayout {
        if let layout, let layoutKey, layoutKey.sourceID == source.id, layoutKey.width == width { return layout }
        let made = SourceLayout(source: source, width: width)
        layoutKey = (source.id, width)
        layout = made
        return made
    }

    func search(for source: Source) -> SourceSearch {
        if let search, searchKey == source.id { return search }
        let made = SourceSearch(text: source.text)
        searchKey = source.id
        search = made
        return made
    }

    /// Where the characters of the source begin, for widening a range to whole ones.
    func boundaries(for source: Source) -> ClusterBoundaries {
        if let boundaries, boundariesKey == source.id { return boundaries }
        let made = ClusterBoundaries(text: source.text)
        boundariesKey = source.id
        boundaries = made
        return made
    }
}

/// An opened cell of the synthesis grid: its fragments (as `:filter` narrows them by role and
/// coder), its findings with their evidence, the fragments of that evidence (speaker, role,
/// source), and its judgement.
public struct CellContents: Sendable {
    /// The most fragments a cell view reads.
    public static let fragmentLimit = 200

    public var key: CellKey
    public var fragments: [Fragment]
    public var findings: [Finding]
    public var evidenceFragments: [UUID: Fragment]
    public var judgement: RecognitionJudgement?

    public init(key: CellKey, fragments: [Fragment], findings: [Finding], evidenceFragments: [UUID: Fragment],
                judgement: RecognitionJudgement?) {
        self.key = key
        self.fragments = fragments
        self.findings = findings
        self.evidenceFragments = evidenceFragments
        self.judgement = judgement
    }

    /// The rows of the findings side: each finding, then its evidence.
    public var findingRows: [(finding: Int, evidence: Int?)] {
        findings.indices.flatMap { index in
            [(index, nil as Int?)] + findings[index].evidence.indices.map { (index, $0 as Int?) }
        }
    }
}
