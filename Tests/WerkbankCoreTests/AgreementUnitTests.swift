import Testing
@testable import WerkbankCore

/// Character, turn and segment units on small hand-made examples.
@Suite struct AgreementUnitTests {
    func coding(_ source: String, _ start: Int, _ end: Int, _ code: String, _ coder: String) -> Coding {
        Coding(sourceID: source, range: ScalarRange(start: start, end: end), code: code, coder: coder)
    }

    /// One source of 20 characters in three turns, 0..5, 5..12, 12..20.
    /// A: X on 2..8, Y on 15..20. B: X on 6..14. C (ignored): X on 0..20. A second,
    /// unselected source carries codings that must be ignored too.
    var input: AgreementInput {
        AgreementInput(
            coderA: "A", coderB: "B",
            sources: [AgreementSource(id: "s", length: 20, turns: [
                ScalarRange(start: 0, end: 5), ScalarRange(start: 5, end: 12), ScalarRange(start: 12, end: 20)])],
            codings: [coding("s", 2, 8, "X", "A"), coding("s", 15, 20, "Y", "A"), coding("s", 6, 14, "X", "B"),
                      coding("s", 0, 20, "X", "C"), coding("other", 0, 5, "X", "B")])
    }

    @Test func characterUnitsCountEveryCharacter() {
        let report = input.binaryAgreement(unit: .character)
        // X: A covers 2..7 (6), B covers 6..13 (8), both 6 and 7 (2); the rest 20 − 12 = 8.
        #expect(report.perCode[0] == CodeAgreement(code: "X", figures: BinaryAgreement(a: 2, b: 4, c: 6, d: 8)))
        // Y: only A, on 15..19.
        #expect(report.perCode[1] == CodeAgreement(code: "Y", figures: BinaryAgreement(a: 0, b: 5, c: 0, d: 15)))
        #expect(report.pooled == BinaryAgreement(a: 2, b: 9, c: 6, d: 23))
        #expect(report.pooled.n == 40)
    }

    @Test func turnUnitsCountATurnWhenAnyPartIsCoded() {
        let report = input.binaryAgreement(unit: .turn)
        // X: turn 1 only A (2..5), turn 2 both, turn 3 only B (12..14).
        #expect(report.perCode[0].figures == BinaryAgreement(a: 1, b: 1, c: 1, d: 0))
        // Y: turn 3 only A; turns 1 and 2 neither.
        #expect(report.perCode[1].figures == BinaryAgreement(a: 0, b: 1, c: 0, d: 2))
        #expect(report.pooled == BinaryAgreement(a: 1, b: 2, c: 1, d: 2))
    }

    @Test func overlappingCodingsOfOneCoderCountOnce() {
        let doubled = AgreementInput(coderA: "A", coderB: "B", sources: [AgreementSource(id: "s", length: 10)],
                                     codings: [coding("s", 0, 6, "X", "A"), coding("s", 4, 8, "X", "A"),
                                               coding("s", 2, 30, "X", "B")])
        // A covers 0..7 (8), B 2..9 clamped to the source (8), both 2..7 (6).
        #expect(doubled.characterTable(code: "X") == BinaryAgreement(a: 6, b: 2, c: 2, d: 0))
    }

    @Test func explicitCodesKeepTheirOrderAndIncludeUnusedOnes() {
        let report = input.binaryAgreement(unit: .character, codes: ["Y", "Z", "X"])
        #expect(report.perCode.map(\.code) == ["Y", "Z", "X"])
        #expect(report.perCode[1].figures == BinaryAgreement(a: 0, b: 0, c: 0, d: 20))
        #expect(report.perCode[1].figures.kappa == nil)
    }

    func segments(_ first: [(Int, Int)], _ second: [(Int, Int)], code: String = "X") -> AgreementInput {
        AgreementInput(coderA: "A", coderB: "B", sources: [AgreementSource(id: "s", length: 1000)],
                       codings: first.map { coding("s", $0.0, $0.1, "X", "A") } + second.map { coding("s", $0.0, $0.1, code, "B") })
    }

    @Test(arguments: [(89, false), (90, true), (91, true)])
    func segmentThresholdAtNinetyPercent(end: Int, agrees: Bool) {
        // A: 0..100; B: 0..end shares `end` of the longer fragment's 100 characters.
        let figures = segments([(0, 100)], [(0, end)]).segmentTable(code: "X", threshold: 0.9)
        #expect(figures == (agrees ? SegmentAgreement(a: 1, b: 0, c: 0) : SegmentAgreement(a: 0, b: 1, c: 1)))
        #expect(figures.agreement == (agrees ? 1 : 0))
    }

    @Test func segmentOverlapIsSharedOverTheLongerFragment() {
        #expect(SegmentAgreement.overlap(ScalarRange(start: 0, end: 100), ScalarRange(start: 10, end: 100)) == 0.9)
        #expect(SegmentAgreement.overlap(ScalarRange(start: 10, end: 100), ScalarRange(start: 0, end: 100)) == 0.9)
        // A short fragment inside a long one: 10 / 100.
        #expect(SegmentAgreement.overlap(ScalarRange(start: 0, end: 100), ScalarRange(start: 40, end: 50)) == 0.1)
        #expect(SegmentAgreement.overlap(ScalarRange(start: 0, end: 5), ScalarRange(start: 5, end: 9)) == 0)
        let input = segments([(0, 100)], [(0, 90)])
        #expect(input.segmentTable(code: "X", threshold: 0.91) == SegmentAgreement(a: 0, b: 1, c: 1))
        #expect(input.segmentTable(code: "X", threshold: 0.5) == SegmentAgreement(a: 1, b: 0, c: 0))
    }

    @Test func segmentsPairOneToOneLargestOverlapFirst() {
        // B's 0..100 is A's exact twin, so A's 0..95 stays unmatched although it overlaps 95 %.
        let figures = segments([(0, 95), (0, 100)], [(0, 100)]).segmentTable(code: "X")
        #expect(figures == SegmentAgreement(a: 1, b: 1, c: 0))
        #expect(figures.agreement == 0.5)
        // Two of B's fragments fit A's one: one pair, one of B's left over.
        #expect(segments([(0, 100)], [(0, 95), (5, 100)]).segmentTable(code: "X") == SegmentAgreement(a: 1, b: 0, c: 1))
        // Greedy by overlap: A1 0..100 pairs with B 0..100 (1.0), A2 50..150 with B 55..150 (0.95).
        #expect(segments([(0, 100), (50, 150)], [(55, 150), (0, 100)]).segmentTable(code: "X", threshold: 0.9)
            == SegmentAgreement(a: 2, b: 0, c: 0))
    }

    @Test func segmentsOfOtherCodesNeverAgree() {
        let report = segments([(0, 100)], [(0, 100)], code: "Y").segmentAgreement()
        #expect(report.perCode.map(\.code) == ["X", "Y"])
        #expect(report.perCode[0].figures == SegmentAgreement(a: 0, b: 1, c: 0))
        #expect(report.perCode[1].figures == SegmentAgreement(a: 0, b: 0, c: 1))
        #expect(report.pooled == SegmentAgreement(a: 0, b: 1, c: 1))
        #expect(report.pooled.agreement == 0)
        #expect(segments([], []).segmentAgreement().pooled.agreement == nil)
    }
}
