import Testing
@testable import WerkbankCore

@Suite struct DisagreementTests {
    func coding(_ coder: String, _ start: Int, _ end: Int, _ code: String = "LOS", source: String = "s") -> Coding {
        Coding(sourceID: source, range: ScalarRange(start: start, end: end), code: code, coder: coder)
    }

    @Test func onlyOneCoderCodedAStretch() {
        let a = coding("A", 10, 20)
        let found = Disagreement.find(codings: [a], coderA: "A", coderB: "B")
        #expect(found == [Disagreement(sourceID: "s", code: "LOS", range: ScalarRange(start: 10, end: 20), codingsA: [a], codingsB: [])])
    }

    @Test func sameStretchIsNoDisagreement() {
        #expect(Disagreement.find(codings: [coding("A", 10, 20), coding("B", 10, 20)], coderA: "A", coderB: "B").isEmpty)
    }

    @Test func differentExtentsAreOneDisagreementWithBothCodings() {
        let a = coding("A", 10, 30)
        let b = coding("B", 15, 25)
        let found = Disagreement.find(codings: [a, b], coderA: "A", coderB: "B")
        #expect(found.count == 1)
        #expect(found.first?.range == ScalarRange(start: 10, end: 30))
        #expect(found.first?.codingsA == [a] && found.first?.codingsB == [b])
    }

    @Test func separateStretchesCodesAndSourcesStaySeparate() {
        let found = Disagreement.find(codings: [coding("A", 0, 5), coding("B", 40, 50), coding("A", 0, 5, "GOC"),
                                                coding("B", 0, 5, "GOC"), coding("A", 0, 5, source: "t")],
                                      coderA: "A", coderB: "B", sourceOrder: ["t", "s"])
        #expect(found.map(\.id) == ["t|LOS|0..5", "s|LOS|0..5", "s|LOS|40..50"])
    }

    @Test func otherCodersDoNotCount() {
        #expect(Disagreement.find(codings: [coding("C", 0, 5)], coderA: "A", coderB: "B").isEmpty)
    }
}
