import Testing
@testable import WerkbankCore

@Suite struct ScalarRangeTests {
    @Test func offsetsCountScalarsNotCharactersOrBytes() {
        // "e" + combining diaeresis is one Character but two scalars; 😀 is one scalar, two
        // UTF-16 units and four UTF-8 bytes.
        let text = "Clie\u{0308}nten 😀 zeggen ja"
        #expect(text.count == 20)
        #expect(text.scalarCount == 21)
        #expect(text.scalars(in: ScalarRange(start: 0, end: 9)) == "Clie\u{0308}nten")
        #expect(text.scalars(in: ScalarRange(start: 10, end: 11)) == "😀")
        #expect(text.scalars(in: ScalarRange(start: 12, end: 21)) == "zeggen ja")
    }

    @Test func aRangePastTheEndHasNoText() {
        #expect("abc".scalars(in: ScalarRange(start: 1, end: 4)) == nil)
        #expect("abc".scalars(in: ScalarRange(start: 3, end: 3)) == "")
    }

    @Test func findsEveryOccurrence() {
        #expect("ja, ja, nee".scalarRanges(of: "ja") == [ScalarRange(start: 0, end: 2), ScalarRange(start: 4, end: 6)])
        #expect("Cliënten".scalarRanges(of: "ënt") == [ScalarRange(start: 3, end: 6)])
        #expect("abc".scalarRanges(of: "") == [])
    }

    @Test func overlapIsSharingAScalar() {
        let range = ScalarRange(start: 5, end: 10)
        #expect(range.overlaps(ScalarRange(start: 9, end: 12)))
        #expect(!range.overlaps(ScalarRange(start: 10, end: 12)))
        #expect(range.contains(ScalarRange(start: 5, end: 10)))
        #expect(!range.contains(ScalarRange(start: 4, end: 10)))
        #expect(range.description == "5..10")
    }
}
