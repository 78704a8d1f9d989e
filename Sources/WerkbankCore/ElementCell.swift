/// One cell of the element × case grid: what one element of the model looks like in one case.
/// The workbench's findings tab and the report's quotes are both made of these, so that they
/// count and quote alike (decision 34).
///
/// The rule:
/// - **Which fragments count**: every coding of the element or of any code below it
///   (sub-codes rolled up, as in the element × case matrix) in the case's sources, by any
///   coder. ``fragmentCount`` is therefore the matrix's *fragments* cell, and
///   ``respondentCount`` its *participants* cell.
/// - **Which quotes come first**: reading order (the order the store gives: case, source, then
///   start), except that of fragments starting at the same place the longest comes first.
/// - **Which are left out**: a fragment whose text lies within one already quoted from the
///   same source (another coder's, or a sub-code's, shorter coding of the same words), so that
///   the same words are not quoted twice.
public struct ElementCell: Hashable, Sendable {
    /// The element (a top-level code).
    public var element: Code
    /// The case id (folder name).
    public var caseID: String
    /// All fragments of the element in the case, sub-codes included.
    public var fragmentCount: Int
    /// Distinct respondents (speakers with a role, not interviewers) in whose turns the
    /// fragments start.
    public var respondentCount: Int
    /// The first fragments to quote, at most the limit asked for (see the rule above).
    public var quotes: [Fragment]

    public init(element: Code, caseID: String, fragmentCount: Int, respondentCount: Int, quotes: [Fragment]) {
        self.element = element
        self.caseID = caseID
        self.fragmentCount = fragmentCount
        self.respondentCount = respondentCount
        self.quotes = quotes
    }

    /// The cell of `element` in the case from any fragments: those of other cases and of other
    /// codes are passed over. `fragments` must be in reading order (as the store gives them).
    public init(element: Code, caseID: String, fragments: [Fragment], codebook: Codebook, quoteLimit: Int) {
        let codes = Set(codebook.subtree(of: element.short))
        let own = fragments.filter { $0.caseID == caseID && codes.contains($0.coding.code) }
        let respondents = Set(own.compactMap { fragment in fragment.role == nil ? nil : fragment.speaker })
        self.init(element: element, caseID: caseID, fragmentCount: own.count, respondentCount: respondents.count,
                  quotes: Self.quotes(from: own, limit: quoteLimit))
    }

    /// The cells of a case, one per element in the order given.
    public static func cells(ofCase caseID: String, elements: [Code], fragments: [Fragment], codebook: Codebook,
                             quoteLimit: Int) -> [ElementCell] {
        let inCase = fragments.filter { $0.caseID == caseID }
        return elements.map { ElementCell(element: $0, caseID: caseID, fragments: inCase, codebook: codebook, quoteLimit: quoteLimit) }
    }

    /// Up to `limit` fragments to quote: in the order given, except that fragments of one
    /// source starting at the same place come longest first; a fragment whose range lies
    /// within one picked before it from the same source is left out.
    public static func quotes(from fragments: [Fragment], limit: Int) -> [Fragment] {
        guard limit > 0 else { return [] }
        struct Start: Hashable { var source: String; var start: Int }
        var firstAt: [Start: Int] = [:]
        for (index, fragment) in fragments.enumerated() {
            let start = Start(source: fragment.coding.sourceID, start: fragment.coding.range.start)
            if firstAt[start] == nil { firstAt[start] = index }
        }
        let keys = fragments.enumerated().map { index, fragment in
            let coding = fragment.coding
            return (firstAt[Start(source: coding.sourceID, start: coding.range.start)] ?? index, -coding.range.end, index)
        }
        var picked: [Fragment] = []
        for index in fragments.indices.sorted(by: { keys[$0] < keys[$1] }) {
            let fragment = fragments[index]
            let range = fragment.coding.range
            let within = picked.contains {
                $0.coding.sourceID == fragment.coding.sourceID && $0.coding.range.start <= range.start && range.end <= $0.coding.range.end
            }
            if within { continue }
            picked.append(fragment)
            if picked.count == limit { break }
        }
        return picked
    }
}
