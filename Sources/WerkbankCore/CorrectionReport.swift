import Foundation

/// What correcting the text of sources did to their codings: how many moved, changed or need
/// review, each coding that changed or needs review with its quote before and after.
public struct CorrectionReport: Hashable, Sendable {
    /// One coding whose words changed or that needs review.
    public struct Item: Hashable, Sendable {
        public var source: String
        public var coding: UUID
        public var code: String
        public var coder: String
        public var before: ScalarRange
        public var after: ScalarRange
        public var status: AnchorStatus
        public var quoteBefore: String
        public var quoteAfter: String

        public init(source: String, coding: UUID, code: String, coder: String, before: ScalarRange, after: ScalarRange,
                    status: AnchorStatus, quoteBefore: String, quoteAfter: String) {
            self.source = source
            self.coding = coding
            self.code = code
            self.coder = coder
            self.before = before
            self.after = after
            self.status = status
            self.quoteBefore = quoteBefore
            self.quoteAfter = quoteAfter
        }
    }

    /// The sources whose text changed, in order.
    public var sources: [String] = []
    /// Codings by what became of them.
    public var counts: [AnchorStatus: Int] = [:]
    /// The codings that changed or need review, by source and old start.
    public var items: [Item] = []
    /// Links of findings and conclusions to fragments that were moved along.
    public var evidence = 0
    /// The turns of the corrected sources before and after.
    public var turnsBefore = 0
    public var turnsAfter = 0

    public init() {}

    public func count(_ status: AnchorStatus) -> Int { counts[status, default: 0] }

    /// Whether any text changed.
    public var isEmpty: Bool { sources.isEmpty }

    /// The codings needing review.
    public var needingReview: [Item] { items.filter { $0.status == .needsReview } }

    /// One line: `3 codings moved, 1 changed, 1 needs review (2 unchanged)`.
    public var summary: String {
        let review = count(.needsReview)
        var line = "\(count(.moved)) coding\(count(.moved) == 1 ? "" : "s") moved, \(count(.changed)) changed, "
            + "\(review) need\(review == 1 ? "s" : "") review"
        if count(.unchanged) > 0 { line += " (\(count(.unchanged)) unchanged)" }
        return line
    }

    public mutating func merge(_ other: CorrectionReport) {
        sources += other.sources
        counts.merge(other.counts, uniquingKeysWith: +)
        items += other.items
        evidence += other.evidence
        turnsBefore += other.turnsBefore
        turnsAfter += other.turnsAfter
    }
}
