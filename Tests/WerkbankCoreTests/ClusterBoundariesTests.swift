import Testing
@testable import WerkbankCore

@Suite struct ClusterBoundariesTests {
    @Test func boundariesFallBetweenWholeCharacters() {
        let text = "a👍🏽 👨‍👩‍👧 🇳🇱🇧🇪 e\u{0301}x\r\ny"
        let boundaries = ClusterBoundaries(text: text)
        var expected: [Int] = [0]
        for character in text { expected.append(expected.last! + character.unicodeScalars.count) }
        let found = (0...text.scalarCount).filter(boundaries.isBoundary)
        #expect(found == expected)
        // Inside 👍🏽 (offsets 1..3): widened to the whole of it.
        #expect(boundaries.widened(ScalarRange(start: 1, end: 2)) == ScalarRange(start: 1, end: 3))
        #expect(boundaries.widened(ScalarRange(start: 2, end: 2)) == ScalarRange(start: 1, end: 3))
        #expect(text.clusterAligned(ScalarRange(start: 0, end: 2)) == ScalarRange(start: 0, end: 3))
        #expect(boundaries.widened(ScalarRange(start: 0, end: 1)) == ScalarRange(start: 0, end: 1))
    }
}
