import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// The turns found on a transcript's bytes against the scalar walk they replaced, and the
/// label's trim against Foundation's.
@Suite struct TranscriptTurnsOnBytesTests {
    /// The walk over the text's scalar view that `labelled` used before it walked the bytes.
    static func referenceTurns(_ text: String) -> (turns: [Turn], speakers: [String]) {
        var turns: [Turn] = []
        var speakers: [String] = []
        var open: (speaker: String, start: Int)?
        var contentEnd = 0
        var offset = 0
        func close() {
            if let current = open {
                turns.append(Turn(speaker: current.speaker, range: ScalarRange(start: current.start, end: max(current.start, contentEnd))))
            }
            open = nil
        }
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            if let (label, skip) = TranscriptReader.label(ofScalars: line) {
                close()
                if !speakers.contains(label) { speakers.append(label) }
                open = (label, offset + skip)
            }
            if let last = line.lastIndex(where: { !$0.properties.isWhitespace }) {
                contentEnd = offset + line.distance(from: line.startIndex, to: last) + 1
            }
            offset += line.count + 1
        }
        close()
        return (turns, speakers)
    }

    /// A linear congruential generator: the same texts on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    /// Line openings and pieces that make labels, near-labels and everything between.
    static let openings = ["I: ", "M1: ", "Cliënt: ", "**Anna:** ", "**Bram**: ", "**Carla** ", "[Student 2] ", "[open ",
                           "  Piet : ", "\tJan:\t", "Dr. O'Neil-Smit: ", "a b c d: ", "1e: ", "Zoë:", "Ünal\u{00A0}: ",
                           "\u{3000}Mei:\u{3000}", "José\u{0301}: ", "😀: ", "ノート: ", "Tijd: 10:30 ", "http://x ", "", " ", "\u{00A0}"]
    static let pieces = ["woord", " ", "  ", "\t", "Cliënten", "één", ":", "**", "[", "]", "\u{00A0}", "\u{2003}", "\u{3000}",
                         "\u{0085}", "\u{200B}", "\u{2028}", "e\u{0301}", "👩‍👩‍👧", "漢字", "\r", "-", "'", "’", "x".padding(toLength: 70, withPad: "y", startingAt: 0)]

    static func randomText(_ random: inout Generator) -> String {
        var lines: [String] = []
        for _ in 0..<Int.random(in: 0...30, using: &random) {
            var line = openings.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 0...12, using: &random) { line += pieces.randomElement(using: &random)! }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + (Bool.random(using: &random) ? "\n" : "")
    }

    @Test func theBytesFindTheTurnsTheScalarWalkFound() {
        var random = Generator(state: 17)
        var labelled = 0
        for _ in 0..<3_000 {
            let text = Self.randomText(&random)
            let found = TranscriptReader.labelled(text)
            let expected = Self.referenceTurns(text)
            #expect(found.text == text)
            #expect(found.turns == expected.turns, "\(text.debugDescription)")
            #expect(found.speakers == expected.speakers, "\(text.debugDescription)")
            labelled += found.turns.count
        }
        // The generated texts do have turns to find.
        #expect(labelled > 10_000)
    }

    @Test func aColonPastTheSixtyFourthScalarMakesNoLabel() {
        let near = String(repeating: " ", count: 40) + "Jan: hallo\nwereld"
        let far = String(repeating: " ", count: 61) + "Jan: hallo\nwereld"
        #expect(TranscriptReader.labelled(near).turns == [Turn(speaker: "Jan", range: ScalarRange(start: 45, end: 57))])
        #expect(TranscriptReader.labelled(far).turns.isEmpty)
        #expect(Self.referenceTurns(near).turns.count == 1)
        #expect(Self.referenceTurns(far).turns.isEmpty)
    }

    @Test func theTrimIsFoundationsForEveryScalarOfTheBasicPlane() {
        var differ: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(Character(scalar))a\(Character(scalar))"
            if TranscriptReader.trimmingSpaces(text) != text.trimmingCharacters(in: .whitespaces) {
                differ.append(String(value, radix: 16))
            }
        }
        #expect(differ.isEmpty, "trimmed otherwise than Foundation: \(differ.prefix(20))")
    }
}
