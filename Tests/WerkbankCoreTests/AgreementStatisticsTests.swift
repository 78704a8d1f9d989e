import Testing
@testable import WerkbankCore

/// Percent agreement, Cohen's kappa and Krippendorff's alpha of 2×2 tables.
@Suite struct AgreementStatisticsTests {
    /// Krippendorff's alpha written out from its definition, for checking the library:
    /// a coincidence matrix from the units' value pairs, then α = 1 − D_o / D_e.
    static func alphaByCoincidences(_ units: [(Int, Int)]) -> Double? {
        var o = [[0.0, 0.0], [0.0, 0.0]]
        for (x, y) in units {
            // Two values per unit, m_u − 1 = 1: each ordered pair of values counts once.
            o[x][y] += 1
            o[y][x] += 1
        }
        let nc = [o[0][0] + o[0][1], o[1][0] + o[1][1]]
        let n = nc[0] + nc[1]
        let observed = (o[0][1] + o[1][0]) / n
        let expected = (nc[0] * nc[1] + nc[1] * nc[0]) / (n * (n - 1))
        guard expected > 0 else { return nil }
        return 1 - observed / expected
    }

    /// The units of a 2×2 table as (A, B) value pairs.
    static func units(_ table: BinaryAgreement) -> [(Int, Int)] {
        Array(repeating: (1, 1), count: table.a) + Array(repeating: (1, 0), count: table.b)
            + Array(repeating: (0, 1), count: table.c) + Array(repeating: (0, 0), count: table.d)
    }

    static func close(_ value: Double?, _ expected: Double?, tolerance: Double = 1e-12) -> Bool {
        switch (value, expected) {
        case (nil, nil): true
        case (let value?, let expected?): abs(value - expected) < tolerance
        default: false
        }
    }

    /// Wikipedia's Cohen's kappa example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
    @Test func textbookExample() {
        let table = BinaryAgreement(a: 20, b: 5, c: 10, d: 15)
        #expect(table.n == 50)
        #expect(Self.close(table.percentAgreement, 0.7))
        #expect(Self.close(table.expectedAgreement, 0.5))
        #expect(Self.close(table.kappa, 0.4))
        // n = 100, n₁ = 55, n₀ = 45, o₀₁ = 15: α = 1 − 99 · 15 / (45 · 55) = 0.4.
        #expect(Self.close(Self.alphaByCoincidences(Self.units(table)), 0.4))
        #expect(Self.close(table.alpha, 0.4))
    }

    @Test func alphaMatchesTheCoincidenceMatrixOnAssortedTables() {
        let tables = [BinaryAgreement(a: 1, b: 1, c: 1, d: 0), BinaryAgreement(a: 3, b: 0, c: 7, d: 2),
                      BinaryAgreement(a: 12, b: 4, c: 1, d: 90), BinaryAgreement(a: 0, b: 5, c: 5, d: 0)]
        for table in tables {
            #expect(Self.close(table.alpha, Self.alphaByCoincidences(Self.units(table))), "\(table)")
        }
        // Kappa by hand for a = b = c = 1, d = 0: Po = 1/3, Pe = 5/9, κ = −0.5; α = −0.25.
        #expect(Self.close(tables[0].kappa, -0.5))
        #expect(Self.close(tables[0].alpha, -0.25))
    }

    @Test func perfectAgreement() {
        let table = BinaryAgreement(a: 10, b: 0, c: 0, d: 40)
        #expect(table.percentAgreement == 1)
        #expect(Self.close(table.kappa, 1))
        #expect(Self.close(table.alpha, 1))
    }

    @Test func totalDisagreement() {
        let table = BinaryAgreement(a: 0, b: 5, c: 5, d: 0)
        #expect(table.percentAgreement == 0)
        #expect(Self.close(table.kappa, -1))
        // α = 1 − 19 · 10 / (10 · 10) = −0.9.
        #expect(Self.close(table.alpha, -0.9))
        // One coder codes everything, the other nothing: still defined, no agreement at all.
        let opposite = BinaryAgreement(a: 0, b: 10, c: 0, d: 0)
        #expect(opposite.percentAgreement == 0)
        #expect(Self.close(opposite.kappa, 0))
        #expect(Self.close(opposite.alpha, -0.9))
    }

    @Test func undefinedCases() {
        let nothingCoded = BinaryAgreement(a: 0, b: 0, c: 0, d: 30)
        #expect(nothingCoded.percentAgreement == 1)
        #expect(nothingCoded.kappa == nil)
        #expect(nothingCoded.alpha == nil)
        let everythingCoded = BinaryAgreement(a: 30, b: 0, c: 0, d: 0)
        #expect(everythingCoded.percentAgreement == 1)
        #expect(everythingCoded.kappa == nil)
        #expect(everythingCoded.alpha == nil)
        let empty = BinaryAgreement(a: 0, b: 0, c: 0, d: 0)
        #expect(empty.percentAgreement == nil)
        #expect(empty.expectedAgreement == nil)
        #expect(empty.kappa == nil)
        #expect(empty.alpha == nil)
        #expect(SegmentAgreement(a: 0, b: 0, c: 0).agreement == nil)
    }

    @Test func poolingSumsTablesBeforeComputing() {
        let input = AgreementInput(coderA: "A", coderB: "B", sources: [AgreementSource(id: "s", length: 10)], codings: [
            Coding(sourceID: "s", range: ScalarRange(start: 0, end: 4), code: "X", coder: "A"),
            Coding(sourceID: "s", range: ScalarRange(start: 0, end: 4), code: "X", coder: "B"),
            Coding(sourceID: "s", range: ScalarRange(start: 5, end: 10), code: "Y", coder: "B"),
        ])
        let report = input.binaryAgreement(unit: .character)
        #expect(report.perCode.map(\.code) == ["X", "Y"])
        #expect(report.perCode[0].figures == BinaryAgreement(a: 4, b: 0, c: 0, d: 6))
        #expect(report.perCode[1].figures == BinaryAgreement(a: 0, b: 0, c: 5, d: 5))
        #expect(report.pooled == BinaryAgreement(a: 4, b: 0, c: 5, d: 11))
        #expect(Self.close(report.pooled.kappa, BinaryAgreement(a: 4, b: 0, c: 5, d: 11).kappa))
    }
}
