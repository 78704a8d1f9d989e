/// A 2×2 table of two coders' binary decisions (coded / not coded) over N units, with the
/// statistics computed from it.
///
/// Every statistic is `nil` when it is undefined (no units, or no variation to agree on),
/// never 0 or 1.
public struct BinaryAgreement: Hashable, Sendable {
    /// Units both coders coded.
    public var a: Int
    /// Units only coder A coded.
    public var b: Int
    /// Units only coder B coded.
    public var c: Int
    /// Units neither coder coded.
    public var d: Int

    /// A table from its four cells.
    public init(a: Int, b: Int, c: Int, d: Int) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    /// The number of units, a + b + c + d.
    public var n: Int { a + b + c + d }

    /// The cell-wise sum: pooling tables over codes.
    public static func + (lhs: BinaryAgreement, rhs: BinaryAgreement) -> BinaryAgreement {
        BinaryAgreement(a: lhs.a + rhs.a, b: lhs.b + rhs.b, c: lhs.c + rhs.c, d: lhs.d + rhs.d)
    }

    /// Observed agreement (a + d) / N; `nil` when N is 0.
    public var percentAgreement: Double? {
        n > 0 ? Double(a + d) / Double(n) : nil
    }

    /// Chance agreement from both coders' own marginals:
    /// Pe = ((a+b)(a+c) + (c+d)(b+d)) / N²; `nil` when N is 0.
    public var expectedAgreement: Double? {
        guard n > 0 else { return nil }
        let total = Double(n)
        return (Double(a + b) * Double(a + c) + Double(c + d) * Double(b + d)) / (total * total)
    }

    /// Cohen's kappa (Po − Pe) / (1 − Pe); `nil` when N is 0 or Pe is 1 (both coders made
    /// the same decision for every unit, so there is no variation).
    public var kappa: Double? {
        guard let observed = percentAgreement, let expected = expectedAgreement else { return nil }
        // Pe is 1 exactly when both coders are constant on the same category.
        guard !((a + b == n && a + c == n) || (c + d == n && b + d == n)) else { return nil }
        return (observed - expected) / (1 - expected)
    }

    /// Krippendorff's alpha for nominal (here binary) data, two coders, no missing values.
    ///
    /// Each unit contributes its pair of values twice to the coincidence matrix, so
    /// o₁₁ = 2a, o₀₀ = 2d, o₁₀ = o₀₁ = b + c, n₁ = 2a + b + c, n₀ = 2d + b + c, n = 2N, and
    /// α = 1 − D_o / D_e = 1 − (n − 1) · o₀₁ / (n₀ · n₁).
    /// `nil` when every value falls in one category (n₀ · n₁ = 0) or N is 0.
    public var alpha: Double? {
        let ones = 2 * a + b + c
        let zeros = 2 * d + b + c
        let pairable = 2 * n
        guard pairable > 1, ones > 0, zeros > 0 else { return nil }
        let disagreements = Double(b + c)
        return 1 - Double(pairable - 1) * disagreements / (Double(zeros) * Double(ones))
    }
}

extension AgreementInput {
    /// Agreement per code and pooled, with characters or turns as units.
    ///
    /// - Parameters:
    ///   - unit: `.character` or `.turn` (`.segment` has its own figures; see
    ///     ``segmentAgreement(codes:threshold:)``).
    ///   - codes: the codes to report, in this order; by default ``usedCodes``.
    public func binaryAgreement(unit: AgreementUnit, codes: [String]? = nil) -> AgreementReport<BinaryAgreement> {
        precondition(unit != .segment, "segment agreement has no 2×2 table")
        let index = rangeIndex()
        let perCode = (codes ?? usedCodes).map { code in
            CodeAgreement(code: code, figures: unit == .character ? characterTable(code: code, index: index) : turnTable(code: code, index: index))
        }
        let pooled = perCode.reduce(BinaryAgreement(a: 0, b: 0, c: 0, d: 0)) { $0 + $1.figures }
        return AgreementReport(perCode: perCode, pooled: pooled)
    }

    /// The 2×2 table of one code over every scalar of the selected sources.
    public func characterTable(code: String) -> BinaryAgreement {
        characterTable(code: code, index: rangeIndex())
    }

    func characterTable(code: String, index: [RangeKey: [String: [ScalarRange]]]) -> BinaryAgreement {
        let byA = index[RangeKey(coder: coderA, code: code)] ?? [:]
        let byB = index[RangeKey(coder: coderB, code: code)] ?? [:]
        var table = BinaryAgreement(a: 0, b: 0, c: 0, d: 0)
        for source in sources {
            let first = (byA[source.id] ?? []).mergedCoverage()
            let second = (byB[source.id] ?? []).mergedCoverage()
            let both = sharedScalarCount(first, second)
            let onlyA = first.coveredLength - both
            let onlyB = second.coveredLength - both
            table = table + BinaryAgreement(a: both, b: onlyA, c: onlyB, d: source.length - both - onlyA - onlyB)
        }
        return table
    }

    /// The 2×2 table of one code over the speaker turns of the selected sources: a turn is
    /// coded by a coder when any of its scalars carries that coder's code.
    public func turnTable(code: String) -> BinaryAgreement {
        turnTable(code: code, index: rangeIndex())
    }

    func turnTable(code: String, index: [RangeKey: [String: [ScalarRange]]]) -> BinaryAgreement {
        let byA = index[RangeKey(coder: coderA, code: code)] ?? [:]
        let byB = index[RangeKey(coder: coderB, code: code)] ?? [:]
        var table = BinaryAgreement(a: 0, b: 0, c: 0, d: 0)
        for source in sources {
            let first = byA[source.id] ?? []
            let second = byB[source.id] ?? []
            for turn in source.turns {
                let codedA = first.contains { $0.overlaps(turn) }
                let codedB = second.contains { $0.overlaps(turn) }
                switch (codedA, codedB) {
                case (true, true): table.a += 1
                case (true, false): table.b += 1
                case (false, true): table.c += 1
                case (false, false): table.d += 1
                }
            }
        }
        return table
    }
}
