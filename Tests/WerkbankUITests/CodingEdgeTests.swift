import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The edges of what gets coded: motions never leave a selection starting or ending on white
/// space or a speaker label, `>` stays in its turn, and no range splits a character.
@Suite struct CodingEdgeTests {
    static let text = "I: Een twee. Drie vier.\n\nS1: Vijf 👍🏽 zes.\n\nI: Zeven."
    /// The turns without their labels, as the transcript parser makes them.
    static let units: [ScalarRange] = {
        let lines = ["Een twee. Drie vier.", "Vijf 👍🏽 zes.", "Zeven."]
        return lines.map { text.scalarRanges(of: $0)[0] }
    }()
    let motion = SelectionMotion(text: text, units: units)

    func words(_ selection: VisualSelection) -> String {
        Self.text.scalars(in: selection.range) ?? ""
    }

    /// The range's text starts and ends with something that is neither white space nor part
    /// of a label.
    func isClean(_ selection: VisualSelection) -> Bool {
        let range = selection.range
        guard !range.isEmpty else { return true }
        return !motion.isGap(range.start) && !motion.isGap(range.end - 1)
    }

    @Test func theStartMovesToWordStartsNotToTheSpaceBefore() {
        let first = Self.units[0]
        var selection = VisualSelection(anchor: first.end, head: first.start)
        selection = motion.move(selection, forward: true, by: .word)
        #expect(words(selection) == "twee. Drie vier.")
        selection = motion.move(selection, forward: true, by: .sentence)
        #expect(words(selection) == "Drie vier.")
        selection = motion.move(selection, forward: false, by: .word)
        #expect(words(selection) == "twee. Drie vier.")
        selection = motion.move(selection, forward: false, by: .sentence)
        #expect(words(selection) == "Een twee. Drie vier.")
    }

    @Test func everyMoveKeepsBothEndsOnText() {
        // Every sequence of up to four keys from a one-word selection in each turn.
        let steps: [(Bool, SelectionStep)] = [(true, .word), (false, .word), (true, .sentence), (false, .sentence), (true, .turn), (false, .turn)]
        for unit in Self.units {
            let start = VisualSelection(anchor: unit.start, head: unit.start + 3)
            var frontier = [start]
            for _ in 0..<4 {
                frontier = frontier.flatMap { selection in
                    steps.flatMap { forward, step in
                        let moved = motion.move(selection, forward: forward, by: step)
                        return [moved, VisualSelection(anchor: moved.head, head: moved.anchor)]
                    }
                }
                for selection in frontier {
                    #expect(isClean(selection), "\(selection.range): “\(words(selection))”")
                    #expect(ClusterBoundaries(scalars: motion.scalars).widened(selection.range) == selection.range)
                }
            }
        }
    }

    @Test func aSentenceEndsAtItsTurnsEnd() {
        // The first turn of the second speaker has no label in it when grown by a sentence.
        let second = Self.units[1]
        let selection = motion.move(VisualSelection(anchor: second.start, head: second.start + 4), forward: true, by: .sentence)
        #expect(words(selection) == "Vijf 👍🏽 zes.")
        let across = motion.move(VisualSelection(anchor: Self.units[0].start, head: Self.units[0].end), forward: true, by: .word)
        #expect(words(across).hasSuffix("S1: Vijf"), "a word in the next turn, the label skipped")
    }

    @Test func growingACodingStopsAtItsTurnsEnd() {
        let first = Self.units[0]
        #expect(motion.codingEnd(of: first, growing: true) == nil, "not into “S1:”")
        let short = ScalarRange(start: first.start, end: first.start + 3)
        #expect(motion.codingEnd(of: short, growing: true) == short.end + " twee.".unicodeScalars.count)
        let second = Self.units[1]
        let toThumb = ScalarRange(start: second.start, end: second.start + 4)
        let grown = motion.codingEnd(of: toThumb, growing: true)
        #expect(grown.flatMap { Self.text.scalars(in: ScalarRange(start: second.start, end: $0)) } == "Vijf 👍🏽")
        #expect(motion.codingEnd(of: toThumb, growing: false) == nil, "nothing left to shrink")
    }

    @Test func aSearchForAnEmojiFindsTheWholeCharacter() {
        let search = SourceSearch(text: Self.text)
        let whole = search.find("👍🏽", from: 0)
        #expect(whole.flatMap { Self.text.scalars(in: $0) } == "👍🏽")
        // The hand alone finds the hand with its skin tone, never half of it.
        let hand = search.find("👍", from: 0)
        #expect(hand == whole)
        #expect(search.all("👍") == [whole])
        // `n` goes on to the next match and does not stay inside the same character.
        #expect(search.find("🏽", from: whole!.start + 1) == whole, "the only one, found again after wrapping")
        #expect(search.find("vijf", from: 0).flatMap { Self.text.scalars(in: $0) } == "Vijf")
    }

    @Test func aHighlightAfterEmojiCoversTheColumnsTheBufferDraws() throws {
        let text = "S1: Goed \u{1F44D}\u{1F3FD} zeker \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} uit \u{1F1F3}\u{1F1F1} fijn."
        let source = Source(id: "s", caseID: "c", title: "S", kind: .interview, participants: [Participant(id: "S1", role: "R")],
                            text: text, turns: [Turn(speaker: "S1", range: ScalarRange(start: 4, end: text.scalarCount))])
        let fine = text.scalarRanges(of: "fijn")[0]
        for layout in [EmojiLayout.joined, EmojiLayout(joinsModifiers: false, joinsSequences: true)] {
            try DisplayWidth.$emojiLayoutOverride.withValue(layout) {
                let row = try #require(SourceLayout(source: source, width: 80).rows.first)
                var buffer = ScreenBuffer(width: 80, height: 1)
                buffer.write(row.text, x: 0, y: 0)
                let drawn = try #require((0..<80).first { buffer[$0, 0].text == "f" })
                #expect(row.columns(of: fine) == drawn..<(drawn + 4), "\(layout)")
            }
        }
    }

    @Test func growingAtATurnsEndSaysWhy() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .down, .down, .enter)
        let source = try #require(workbench.data.source)
        let turn = source.turns[1].range
        // Code the turn's last word, then grow it with `>`.
        let lastWord = ScalarRange(start: turn.end - 6, end: turn.end)
        _ = try workbench.project.addCoding(source: source.id, range: lastWord, code: "LOS", coder: "Anouk")
        workbench.press(.down)
        workbench.press(.tab)
        let chosen = try #require(workbench.state.chosenCoding(in: workbench.data))
        workbench.press(.character(">"))
        #expect(try workbench.project.coding(chosen.id).range == chosen.range)
        #expect(workbench.state.message?.text.contains("end of its turn") == true, "\(String(describing: workbench.state.message))")
    }
}
