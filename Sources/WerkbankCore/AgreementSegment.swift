/// Fragment-by-fragment agreement of two coders on one code (or pooled over codes).
///
/// Two fragments of the same code in the same source agree when their overlap,
/// shared scalars / max(length A, length B), reaches the threshold. Dividing by the longer
/// fragment makes the measure symmetric and strict: a short fragment inside a long one does
/// not agree with it.
public struct SegmentAgreement: Hashable, Sendable {
    /// Agreeing pairs, matched one-to-one.
    public var a: Int
    /// Fragments of coder A without a partner.
    public var b: Int
    /// Fragments of coder B without a partner.
    public var c: Int

    /// Figures from the three counts.
    public init(a: Int, b: Int, c: Int) {
        self.a = a
        self.b = b
        self.c = c
    }

    /// The number of units: pairs plus unmatched fragments, a + b + c.
    public var n: Int { a + b + c }

    /// The cell-wise sum: pooling over codes.
    public static func + (lhs: SegmentAgreement, rhs: SegmentAgreement) -> SegmentAgreement {
        SegmentAgreement(a: lhs.a + rhs.a, b: lhs.b + rhs.b, c: lhs.c + rhs.c)
    }

    /// a / (a + b + c); `nil` when neither coder has a fragment.
    public var agreement: Double? {
        n > 0 ? Double(a) / Double(n) : nil
    }

    /// The overlap of two fragments: shared scalars / the longer one's length, in 0...1;
    /// 0 when both are empty.
    public static func overlap(_ first: ScalarRange, _ second: ScalarRange) -> Double {
        let longer = max(first.length, second.length)
        guard longer > 0 else { return 0 }
        let shared = max(0, min(first.end, second.end) - max(first.start, second.start))
        return Double(shared) / Double(longer)
    }

    /// Pairs `first` (coder A) with `second` (coder B) greedily, largest overlap first, each
    /// fragment in at most one pair, pairs below `threshold` left out; ties go to the earlier
    /// fragments.
    public static func match(_ first: [ScalarRange], _ second: [ScalarRange], threshold: Double) -> SegmentAgreement {
        var candidates: [(overlap: Double, i: Int, j: Int)] = []
        for (i, x) in first.enumerated() {
            for (j, y) in second.enumerated() where x.overlaps(y) {
                let value = overlap(x, y)
                // A small tolerance, so that 90 of 100 scalars meets a threshold of 0.9.
                if value + 1e-9 >= threshold { candidates.append((value, i, j)) }
            }
        }
        candidates.sort { ($0.overlap, -$0.i, -$0.j) > ($1.overlap, -$1.i, -$1.j) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        for candidate in candidates where !usedA.contains(candidate.i) && !usedB.contains(candidate.j) {
            usedA.insert(candidate.i)
            usedB.insert(candidate.j)
        }
        return SegmentAgreement(a: usedA.count, b: first.count - usedA.count, c: second.count - usedB.count)
    }
}

extension AgreementInput {
    /// The threshold used when none is given: 90 % overlap.
    public static let defaultSegmentThreshold = 0.9

    /// Segment agreement per code and pooled.
    ///
    /// - Parameters:
    ///   - codes: the codes to report, in this order; by default ``usedCodes``.
    ///   - threshold: the least overlap (shared / longer fragment) for two fragments to agree,
    ///     in 0...1 (0 still needs one shared scalar).
    public func segmentAgreement(codes: [String]? = nil, threshold: Double = defaultSegmentThreshold) -> AgreementReport<SegmentAgreement> {
        let index = rangeIndex()
        let perCode = (codes ?? usedCodes).map { code in
            CodeAgreement(code: code, figures: segmentTable(code: code, threshold: threshold, index: index))
        }
        let pooled = perCode.reduce(SegmentAgreement(a: 0, b: 0, c: 0)) { $0 + $1.figures }
        return AgreementReport(perCode: perCode, pooled: pooled)
    }

    /// Segment agreement of one code, fragments matched within each source.
    public func segmentTable(code: String, threshold: Double = defaultSegmentThreshold) -> SegmentAgreement {
        segmentTable(code: code, threshold: threshold, index: rangeIndex())
    }

    func segmentTable(code: String, threshold: Double, index: [RangeKey: [String: [ScalarRange]]]) -> SegmentAgreement {
        let byA = index[RangeKey(coder: coderA, code: code)] ?? [:]
        let byB = index[RangeKey(coder: coderB, code: code)] ?? [:]
        return sources.reduce(SegmentAgreement(a: 0, b: 0, c: 0)) { total, source in
            total + SegmentAgreement.match((byA[source.id] ?? []).sorted(), (byB[source.id] ?? []).sorted(), threshold: threshold)
        }
    }
}
