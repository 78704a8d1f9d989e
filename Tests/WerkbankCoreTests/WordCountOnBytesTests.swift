import Testing
import WerkbankCore

/// The word count on the text's bytes against the count over its scalar view it replaced.
@Suite struct WordCountOnBytesTests {
    static func referenceCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar: Bool
            if scalar.isASCII {
                let value = scalar.value
                isWordScalar = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
                    || (inWord && (scalar == "-" || scalar == "'"))
            } else {
                let properties = scalar.properties
                isWordScalar = properties.isAlphabetic || properties.numericType != nil
                    || (inWord && (scalar == "’" || properties.generalCategory == .nonspacingMark))
            }
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }

    @Test func theBytesCountTheWordsTheScalarsCounted() {
        let pieces = ["woord", " ", "Cliënten", "één", "-", "'", "’", "e\u{0301}", "\u{0301}", "½", "٣", "漢字", "👩‍👩‍👧", "𝔘",
                      "\u{00A0}", "\n", "O'Neil", "zorg-", "-vrager", "2026", "ß", "İ", "\u{10FFFF}", "ڡ"]
        var state: UInt64 = 5
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var total = 0
        for _ in 0..<2_000 {
            let text = (0..<next() % 40).map { _ in pieces[next() % pieces.count] }.joined()
            let source = Source(id: "s", caseID: "c", title: "t", kind: .interview, text: text)
            #expect(source.wordCount == Self.referenceCount(text), "\(text.debugDescription)")
            total += source.wordCount
        }
        #expect(total > 5_000)
    }

    @Test func everyScalarCountsAsItDidAlone() {
        for value in UInt32(0x80)...0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(Character(scalar))b \(Character(scalar))"
            let source = Source(id: "s", caseID: "c", title: "t", kind: .interview, text: text)
            if source.wordCount != Self.referenceCount(text) {
                Issue.record("U+\(String(value, radix: 16)) counts otherwise")
                return
            }
        }
    }
}
