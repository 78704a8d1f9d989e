import Testing
@testable import TerminalKit

/// Emoji sequences are one cell of the columns the terminal gives them: 👍🏽, 👨‍👩‍👧 and 🇳🇱
/// in two on a terminal that joins them, 👍🏽 in four on tmux 3.3, which draws the skin tone
/// beside the hand (measured with `cat` there: 👍🏽 4, 👨‍👩‍👧 2, 🇳🇱 2 columns).
@Suite struct EmojiLayoutTests {
    static let thumb = "\u{1F44D}\u{1F3FD}"
    static let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    static let flag = "\u{1F1F3}\u{1F1F1}"
    /// tmux 3.3a: skin tones beside, ZWJ sequences joined.
    static let tmux33 = EmojiLayout(modifierSequenceWidth: 4, joinerSequenceWidth: 2)
    /// xterm: nothing joined.
    static let separate = EmojiLayout(joinsModifiers: false, joinsSequences: false)

    func widths(_ layout: EmojiLayout) -> [Int] {
        DisplayWidth.$emojiLayoutOverride.withValue(layout) {
            [Self.thumb, Self.family, Self.flag, "\u{1F1F3}", "e\u{0308}", "\u{2764}\u{FE0F}"].map { DisplayWidth.of(Character($0)) }
        }
    }

    @Test func eachSequenceIsOneCharacterOfTheTerminalsWidth() {
        #expect(Array(Self.thumb + Self.family + Self.flag).count == 3, "three grapheme clusters")
        #expect(widths(.joined) == [2, 2, 2, 1, 1, 2])
        #expect(widths(Self.tmux33) == [4, 2, 2, 1, 1, 2])
        #expect(widths(Self.separate) == [4, 6, 2, 1, 1, 2])
        #expect(DisplayWidth.$emojiLayoutOverride.withValue(Self.tmux33) { DisplayWidth.of("a\(Self.thumb)b\(Self.family)c\(Self.flag)") } == 11)
    }

    @Test func aCellHoldsTheWholeClusterAndContinuationCellsFollow() {
        for (layout, thumbWidth) in [(EmojiLayout.joined, 2), (Self.tmux33, 4)] {
            DisplayWidth.$emojiLayoutOverride.withValue(layout) {
                var buffer = ScreenBuffer(width: 16, height: 1)
                let written = buffer.write("|\(Self.thumb)|\(Self.family)|\(Self.flag)|", x: 0, y: 0)
                #expect(written == 4 + thumbWidth + 2 + 2)
                #expect(buffer[1, 0].text == Self.thumb && Int(buffer[1, 0].width) == thumbWidth)
                #expect((2..<(1 + thumbWidth)).allSatisfy { buffer[$0, 0].width == 0 && buffer[$0, 0].text.isEmpty })
                let familyAt = 2 + thumbWidth
                #expect(buffer[familyAt, 0].text == Self.family && buffer[familyAt, 0].width == 2)
                #expect(buffer[familyAt + 3, 0].text == Self.flag && buffer[familyAt + 3, 0].width == 2)
                #expect(buffer.text(ofRow: 0) == "|\(Self.thumb)|\(Self.family)|\(Self.flag)|")
            }
        }
    }

    @Test func overwritingAnyColumnOfAWideClusterClearsAllOfIt() {
        DisplayWidth.$emojiLayoutOverride.withValue(Self.tmux33) {
            var buffer = ScreenBuffer(width: 8, height: 1)
            buffer.write("a\(Self.thumb)b", x: 0, y: 0)
            buffer.write("x", x: 3, y: 0)
            #expect(buffer.text(ofRow: 0) == "a  x b")
            #expect((0..<8).allSatisfy { buffer[$0, 0].width == 1 })
            // A cluster that does not fit before the limit becomes spaces up to it.
            var cut = ScreenBuffer(width: 8, height: 1)
            cut.write("abcdefgh", x: 0, y: 0)
            #expect(cut.write("ab\(Self.thumb)", x: 0, y: 0, maxWidth: 5) == 5)
            #expect(cut.text(ofRow: 0) == "ab   fgh")
        }
    }

    @Test func wrappingNeverSplitsACluster() {
        DisplayWidth.$emojiLayoutOverride.withValue(Self.tmux33) {
            let rows = TextView.wrap(Line("Goed \(Self.thumb) zeker \(Self.family) uit \(Self.flag)"), width: 10)
            #expect(rows.map(\.plainText) == ["Goed \(Self.thumb)", "zeker \(Self.family)", "uit \(Self.flag)"])
            #expect(rows.allSatisfy { $0.width <= 10 })
        }
    }

    @Test func theProbeAnswersGiveTheLayout() {
        let answer = Array("\u{1B}[12;5R\u{1B}[12;3R".utf8)
        #expect(EmojiLayout.reportedColumns(in: answer) == [5, 3])
        let columns = EmojiLayout.reportedColumns(in: answer)
        #expect(EmojiLayout(modifierSequenceWidth: columns[0] - 1, joinerSequenceWidth: columns[1] - 1) == Self.tmux33)
        #expect(EmojiLayout.reportedColumns(in: Array("x\u{1B}[1;3Ry\u{1B}[2;7R\u{1B}[A".utf8)) == [3, 7])
        #expect(EmojiLayout.reportedColumns(in: Array("\u{1B}[12;".utf8)).isEmpty)
        #expect(EmojiLayout(modifierSequenceWidth: 2, joinerSequenceWidth: 2) == .joined)
    }

    @Test func scalarByScalarCountsAddUpToTheCharacters() {
        let text = "a\(Self.thumb) \(Self.family)\(Self.flag)e\u{0308} \u{2764}\u{FE0F}\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}漢 \(Self.thumb)\(Self.thumb)x"
        for layout in [EmojiLayout.joined, Self.tmux33, Self.separate] {
            DisplayWidth.$emojiLayoutOverride.withValue(layout) {
                var counter = EmojiLayout.ScalarColumns()
                let byScalar = text.unicodeScalars.map { counter.columns(of: $0) }.reduce(0, +)
                #expect(byScalar == DisplayWidth.of(text), "\(layout)")
                for character in text {
                    var alone = EmojiLayout.ScalarColumns()
                    #expect(character.unicodeScalars.map { alone.columns(of: $0) }.reduce(0, +) == DisplayWidth.of(character),
                            "\(character) in \(layout)")
                }
            }
        }
    }

    @Test func partsAreWhatTakesColumnsOfItsOwn() {
        #expect(Self.tmux33.parts(of: Self.thumb.unicodeScalars).count == 2)
        #expect(EmojiLayout.joined.parts(of: Self.thumb.unicodeScalars).count == 1)
        #expect(Self.tmux33.parts(of: Self.family.unicodeScalars).count == 1)
        #expect(EmojiLayout.joined.parts(of: Self.flag.unicodeScalars).map { EmojiLayout.width(ofPart: $0) } == [1, 1])
        #expect(EmojiLayout.joined.parts(of: "e\u{0308}".unicodeScalars).count == 1)
    }
}

@Suite struct LoneMarkAfterWideTests {
    @Test func aZeroWidthCharacterAfterAWideOneRidesOnItNotOnItsContinuation() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢\u{200B}x", x: 0, y: 0)
        #expect(buffer[0, 0].text == "漢\u{200B}")
        #expect(buffer[1, 0].text.isEmpty && buffer[1, 0].width == 0)
        #expect(buffer[2, 0].text == "x")
    }
}
