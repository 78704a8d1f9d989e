import Testing
@testable import TerminalKit

@Suite struct DisplayWidthTests {
    @Test func combiningMarkAddsNothing() {
        #expect(DisplayWidth.of("e\u{0308}") == 1)
        #expect(DisplayWidth.of(Character("e\u{0308}")) == 1)
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(DisplayWidth.of("漢") == 2)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("😀") == 2)
    }

    @Test func dutchTextCountsLetters() {
        #expect(DisplayWidth.of("Cliënten") == 8)
        #expect(DisplayWidth.of("Clie\u{0308}nten") == 8)
        #expect(DisplayWidth.of("één") == 3)
    }

    @Test func truncateCountsColumnsNotCharacters() {
        #expect(DisplayWidth.truncate("Cliënten", to: 5) == "Clië…")
        #expect(DisplayWidth.truncate("漢字漢字", to: 4) == "漢…")
        #expect(DisplayWidth.truncate("漢字", to: 4) == "漢字")
        #expect(DisplayWidth.pad("één", to: 5, alignRight: true) == "  één")
    }

    @Test func lineWidthAndTruncation() {
        let line = Line([Span("Cliënten ", style: TestStyle.bold), Span("漢字", style: TestStyle.red)])
        #expect(line.width == 13)
        #expect(line.plainText == "Cliënten 漢字")
        let cut = line.truncated(to: 12)
        #expect(cut == Line([Span("Cliënten ", style: TestStyle.bold), Span("漢", style: TestStyle.red), Span("…", style: TestStyle.red)]))
        #expect(cut.width == 12)
        // A wide character that would need the ellipsis's column is left out whole.
        #expect(line.truncated(to: 11) == Line([Span("Cliënten ", style: TestStyle.bold), Span("…", style: TestStyle.red)]))
        #expect(line.truncated(to: 13) == line)
        #expect(line.truncated(to: 0) == Line([]))
    }
}
