import Testing
@testable import WerkbankCore

/// For random edits that stay off every coding, every coding keeps its words.
@Suite struct ReanchoringPropertyTests {
    /// SplitMix64: the same seed gives the same texts, edits and codings on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let letters = Array("abcdefghijklmnopqrstuvwxyzëé".unicodeScalars)
    /// Inserted text never has the original's letters, only its spaces and signs, so that an
    /// edit cannot be read as one inside a coding except by sliding over those.
    static let inserted = Array("QXZWJ".unicodeScalars)

    func word(_ alphabet: [Unicode.Scalar], _ random: inout Generator) -> String {
        String(String.UnicodeScalarView((0..<Int.random(in: 2...7, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
    }

    func text(_ random: inout Generator) -> String {
        var lines: [String] = []
        for _ in 0..<Int.random(in: 3...12, using: &random) {
            let words = (0..<Int.random(in: 3...15, using: &random)).map { _ in word(Self.letters, &random) }
            lines.append((Bool.random(using: &random) ? "S1: " : "I: ") + words.joined(separator: " ") + ".")
        }
        return lines.joined(separator: "\n")
    }

    /// Codings on whole words, two to six words long.
    func codings(in text: String, _ random: inout Generator) -> [ScalarRange] {
        let scalars = Array(text.unicodeScalars)
        var starts: [Int] = []
        for index in scalars.indices where TextDiff.isWordScalar(scalars[index]) && (index == 0 || !TextDiff.isWordScalar(scalars[index - 1])) {
            starts.append(index)
        }
        var ranges: [ScalarRange] = []
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let first = Int.random(in: 0..<starts.count, using: &random)
            let last = min(starts.count - 1, first + Int.random(in: 1...5, using: &random))
            var end = starts[last]
            while end < scalars.count, TextDiff.isWordScalar(scalars[end]) { end += 1 }
            ranges.append(ScalarRange(start: starts[first], end: end))
        }
        return ranges
    }

    @Test(arguments: 0..<400)
    func editsOffCodingsKeepEveryQuote(seed: Int) {
        var random = Generator(state: UInt64(seed) &* 7919 &+ 17)
        let old = text(&random)
        let ranges = codings(in: old, &random)
        // Offsets no coding touches (not inside, not at either end).
        let free = (0...old.unicodeScalars.count).filter { offset in ranges.allSatisfy { offset < $0.start || offset > $0.end } }
        guard !free.isEmpty else { return }
        var scalars = Array(old.unicodeScalars)
        // Edits from the end backwards, so that earlier offsets stay right.
        let edits = (0..<Int.random(in: 1...6, using: &random)).map { _ in free.randomElement(using: &random)! }.sorted(by: >)
        var lastEdit = Int.max
        for at in edits where at < lastEdit {
            switch Int.random(in: 0..<4, using: &random) {
            case 3:
                // The scalars after the edit, once more: the same edit could be read at many
                // places (`de ` before `de stage`), some of them inside a coding.
                let copy = Array(scalars[at..<min(scalars.count, at + Int.random(in: 1...6, using: &random))])
                scalars.insert(contentsOf: copy, at: at)
            case 0:
                let insertion = (Bool.random(using: &random) ? " " : "") + word(Self.inserted, &random) + (Bool.random(using: &random) ? " " : ",")
                scalars.insert(contentsOf: insertion.unicodeScalars, at: at)
            case 1:
                // Delete a run of free offsets that ends before the next edit.
                var end = at
                while end + 1 < min(lastEdit, scalars.count), free.contains(end + 1), end - at < 8 { end += 1 }
                if end > at, end < scalars.count { scalars.removeSubrange(at..<end) }
            default:
                var end = at
                while end + 1 < min(lastEdit, scalars.count), free.contains(end + 1), end - at < 5 { end += 1 }
                if end > at, end < scalars.count { scalars.replaceSubrange(at..<end, with: word(Self.inserted, &random).unicodeScalars) }
            }
            lastEdit = at
        }
        let new = String(String.UnicodeScalarView(scalars))
        let anchors = Reanchoring(old: old, new: new)
        for range in ranges {
            let result = anchors.map(range)
            let before = old.scalars(in: range)
            #expect(anchors.newText(result.range) == before, "seed \(seed): \(before ?? "") in \(old) → \(new)")
            #expect(result.status == .unchanged || result.status == .moved)
        }
    }
}
