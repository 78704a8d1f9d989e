/// Where a student's practice coding differs from the consensus coder's: one stretch and one
/// code, with what each coded there and the consensus coder's memos as the explanation.
public struct FeedbackItem: Hashable, Sendable, Identifiable {
    /// Who coded the code in the stretch.
    public enum Side: String, Hashable, Sendable {
        /// The student coded it; the consensus did not.
        case student
        /// The consensus coded it; the student did not.
        case consensus
        /// Both coded it, but their codings begin or end elsewhere.
        case both
    }

    public var sourceID: String
    /// The code the two differ on.
    public var code: String
    public var range: ScalarRange
    public var side: Side
    /// The other codes each coded over the stretch (not `code`), in codebook order.
    public var studentCodes: [String]
    public var consensusCodes: [String]
    /// The ranges of the code's codings of each (for ``Side/both``).
    public var studentRanges: [ScalarRange]
    public var consensusRanges: [ScalarRange]
    /// The consensus coder's memos on their codings over the stretch, the code's first.
    public var explanation: [String]

    public var id: String { "\(sourceID)|\(code)|\(range)" }
}

/// How a student's practice layer compares with the consensus coder's codings: the agreement
/// per code (the existing ``CoderAgreement``) and the stretches where they differ.
public struct PracticeFeedback: Hashable, Sendable {
    public var student: String
    public var consensus: String
    /// The agreement table as `werkbank agreement` shows it.
    public var agreement: CoderAgreement
    /// The figures per element of the model (in model order) and pooled over the elements, as
    /// ``ClassAgreement`` has them.
    public var figures: AgreementReport<BinaryAgreement>
    public var items: [FeedbackItem]

    public init(student: String, consensus: String, agreement: CoderAgreement, figures: AgreementReport<BinaryAgreement>,
                items: [FeedbackItem]) {
        self.student = student
        self.consensus = consensus
        self.agreement = agreement
        self.figures = figures
        self.items = items
    }

    /// The stretches where `student` and `consensus` differ (``Disagreement/find(codings:coderA:coderB:sourceOrder:)``),
    /// each with the other codes either coded over it and the consensus coder's memos there.
    /// A stretch the consensus coded that a stretch of the student's already names ("you coded
    /// LOS here; the consensus coded VOR") is not listed twice.
    public static func items(codings: [Coding], student: String, consensus: String, sourceOrder: [String],
                             codeOrder: [String]) -> [FeedbackItem] {
        let rank = Dictionary(codeOrder.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func ordered(_ codes: Set<String>) -> [String] {
            codes.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
        }
        let bySource = Dictionary(grouping: codings, by: \.sourceID)
        var items: [FeedbackItem] = []
        for stretch in Disagreement.find(codings: codings, coderA: student, coderB: consensus, sourceOrder: sourceOrder) {
            let here = (bySource[stretch.sourceID] ?? []).filter { $0.range.overlaps(stretch.range) }
            let studentHere = here.filter { $0.coder == student }
            let consensusHere = here.filter { $0.coder == consensus }
            let side: FeedbackItem.Side = stretch.codingsA.isEmpty ? .consensus : stretch.codingsB.isEmpty ? .student : .both
            // The consensus coder's memos: on the code's codings first, then on the others here.
            let memos = (stretch.codingsB + consensusHere.filter { $0.code != stretch.code })
                .compactMap { $0.memo?.isEmpty == false ? $0.memo : nil }
            var seen = Set<String>()
            items.append(FeedbackItem(
                sourceID: stretch.sourceID, code: stretch.code, range: stretch.range, side: side,
                studentCodes: ordered(Set(studentHere.map(\.code)).subtracting([stretch.code])),
                consensusCodes: ordered(Set(consensusHere.map(\.code)).subtracting([stretch.code])),
                studentRanges: stretch.codingsA.map(\.range), consensusRanges: stretch.codingsB.map(\.range),
                explanation: memos.filter { seen.insert($0).inserted }))
        }
        // "The consensus coded VOR here; you coded LOS" repeats "you coded LOS here; the
        // consensus coded VOR" at the same place.
        return items.filter { item in
            guard item.side == .consensus else { return true }
            return !items.contains { other in
                other.side == .student && other.sourceID == item.sourceID && other.range.overlaps(item.range)
                    && other.consensusCodes.contains(item.code)
            }
        }
    }
}
