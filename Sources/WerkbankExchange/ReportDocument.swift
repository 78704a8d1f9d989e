import WerkbankCore

/// One report document over a study, fit to paste into a research report: the respondent
/// table as published, the element × case matrix, inter-coder agreement, and quotes per
/// element per case. Pure: it holds the values and writes them as HTML (``html()``) or
/// Markdown (``markdown()``); reading the project is the caller's work.
public struct ReportDocument: Hashable, Sendable {
    /// A quoted fragment with who said it.
    public struct Quote: Hashable, Sendable {
        public var text: String
        public var speaker: String?
        public var role: String?
        public var source: String
        public var coder: String

        public init(text: String, speaker: String?, role: String?, source: String, coder: String) {
            self.text = text
            self.speaker = speaker
            self.role = role
            self.source = source
            self.coder = coder
        }

        public init(_ fragment: Fragment) {
            self.init(text: fragment.quote, speaker: fragment.speaker, role: fragment.role,
                      source: fragment.sourceTitle + (fragment.page.map { ", " + Source.pageLabel($0) } ?? ""),
                      coder: fragment.coding.coder)
        }

        /// `P1, Professionals · source, coded by Anouk`: who speaks, where, and who coded it.
        public var attribution: String {
            let who = [speaker, role].compactMap { $0 }.filter { !$0.isEmpty }
            let speakerPart = who.isEmpty ? "no speaker" : who.joined(separator: ", ")
            return "\(speakerPart) · \(source), coded by \(coder)"
        }
    }

    /// The quotes of one element in one case: the first few and how many there are.
    public struct CaseQuotes: Hashable, Sendable {
        /// The case as the respondent table labels it.
        public var caseLabel: String
        public var caseName: String
        /// Every fragment of the element in the case.
        public var fragmentCount: Int
        public var quotes: [Quote]

        public init(caseLabel: String, caseName: String, fragmentCount: Int, quotes: [Quote]) {
            self.caseLabel = caseLabel
            self.caseName = caseName
            self.fragmentCount = fragmentCount
            self.quotes = quotes
        }
    }

    /// An element of the model with its quotes per case, in case order.
    public struct Element: Hashable, Sendable {
        public var short: String
        public var name: String
        public var gloss: String
        public var cases: [CaseQuotes]

        public init(short: String, name: String, gloss: String = "", cases: [CaseQuotes]) {
            self.short = short
            self.name = name
            self.gloss = gloss
            self.cases = cases
        }

        /// `LOS: Lerende organisatie`, the element's heading.
        public var heading: String { name.isEmpty || name == short ? short : "\(short): \(name)" }
    }

    public static let defaultTitle = "Werkbank report"
    public static let undefined = "undefined"

    public var title: String
    public var studyTitle: String
    /// The respondent table as published (`study.respondentTable.report`).
    public var respondents: ReportTable
    /// The element × case matrix (see ``elementMatrix(_:elements:)``).
    public var matrix: ReportTable
    /// Agreement of two coders, or `nil` with ``agreementNote`` saying why there is none.
    public var agreement: ReportTable?
    public var agreementNote: String
    public var elements: [Element]
    /// Most quotes shown per element per case.
    public var perCell: Int
    /// Findings, judgements and conclusions, shown after the quotes when there are any.
    public var findings: FindingsDocument?

    public init(title: String = ReportDocument.defaultTitle, studyTitle: String, respondents: ReportTable,
                matrix: ReportTable, agreement: ReportTable?, agreementNote: String = "", elements: [Element],
                perCell: Int) {
        self.title = title
        self.studyTitle = studyTitle
        self.respondents = respondents
        self.matrix = matrix
        self.agreement = agreement
        self.agreementNote = agreementNote
        self.elements = elements
        self.perCell = perCell
    }

    /// The section headings, in order.
    enum Section {
        static let respondents = "Respondents"
        static let matrix = "Fragments per element and case"
        static let agreement = "Inter-coder agreement"
        static let fragments = "Fragments per element and case: quotes"
    }

    /// The text under a case's heading: how many of its fragments are quoted.
    static func countLine(_ cell: CaseQuotes) -> String {
        switch cell.fragmentCount {
        case 0: "No fragments."
        case cell.quotes.count: "\(cell.fragmentCount) fragment\(cell.fragmentCount == 1 ? "" : "s")."
        default: "\(cell.quotes.count) of \(cell.fragmentCount) fragments."
        }
    }

    static func caseHeading(_ cell: CaseQuotes) -> String {
        cell.caseName.isEmpty || cell.caseName == cell.caseLabel ? cell.caseLabel : "\(cell.caseLabel) (\(cell.caseName))"
    }

    /// Up to `limit` fragments to quote, chosen as the element × case cell chooses them
    /// (``ElementCell/quotes(from:limit:)``): another coder's shorter coding of the same words
    /// is left out.
    public static func quotes(from fragments: [Fragment], limit: Int) -> [Quote] {
        ElementCell.quotes(from: fragments, limit: limit).map(Quote.init)
    }

    /// The matrix limited to the elements (and the sub-codes listed under them), cases labelled
    /// as the matrix labels them, with a totals row summed over the elements' own rows.
    /// Meant for the fragments measure, where a fragment belongs to one code.
    public static func elementMatrix(_ matrix: Matrix, elements: [String]) -> ReportTable {
        let wanted = Set(elements)
        var kept: [MatrixRow] = []
        var inElement = false
        for row in matrix.rows {
            if row.depth == 0 { inElement = wanted.contains(row.code) }
            if inElement { kept.append(row) }
        }
        let topLevel = kept.filter { $0.depth == 0 }
        func sum(_ values: [MatrixValue]) -> MatrixValue {
            var total = 0
            for value in values {
                guard case .count(let count) = value else { return .notApplicable }
                total += count
            }
            return .count(total)
        }
        let columnTotals = matrix.columns.indices.map { index in sum(topLevel.map { $0.values[index] }) }
        let grandTotal = sum(topLevel.map(\.total))
        var columns = [ReportTable.Column("Element")]
        columns += matrix.columns.map { ReportTable.Column($0.label, alignment: .right) }
        columns.append(ReportTable.Column("Total", alignment: .right))
        var rows: [[ReportTable.Cell]] = kept.map { row in
            [.text(String(repeating: "  ", count: row.depth) + row.code)] + row.values.map(\.reportCell)
                + [row.total.reportCell]
        }
        rows.append([.text("Total")] + columnTotals.map(\.reportCell) + [grandTotal.reportCell])
        let axis = matrix.axis == .case ? "cases" : "roles"
        return ReportTable(title: "Elements × \(axis): \(matrix.measure.rawValue)", columns: columns, rows: rows,
                           totalRowCount: 1)
    }
}
