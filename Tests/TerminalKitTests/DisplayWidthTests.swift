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

/// `truncate` in one walk against measuring the whole text first and then cutting it, as it
/// was before decision 72, on texts made of pieces of every width.
@Suite struct DisplayWidthTruncateTests {
    static func reference(_ text: String, to width: Int, ellipsis: Bool) -> String {
        guard width > 0 else { return "" }
        guard text.reduce(0, { $0 + DisplayWidth.of($1) }) > width else { return text }
        let room = ellipsis ? width - 1 : width
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > room { break }
            result.append(character)
            used += columns
        }
        return ellipsis ? result + "…" : result
    }

    static let pieces = ["a", "Cliënten", " ", "e\u{301}", "漢", "字", "👩‍👩‍👧", "🇳🇱", "\u{200B}", "\t", "\u{7}", "…", "x\u{301}\u{302}", "ﬁ", "\u{FEFF}"]
    /// Pieces of plain scalars only (decision 76), for texts that take the fast path whole.
    static let plainPieces = ["a", "Cliënten", " ", "…", "─┐", "‰", "ʰ", "ÿ", "‼", "\u{A0}", "–"]

    @Test func oneWalkCutsAsMeasuringFirstDid() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3_000 {
            let pieces = round.isMultiple(of: 2) ? Self.pieces : Self.plainPieces
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: -1...30, using: &generator)
            for ellipsis in [true, false] {
                #expect(DisplayWidth.truncate(text, to: width, ellipsis: ellipsis) == Self.reference(text, to: width, ellipsis: ellipsis),
                        "\(text.debugDescription) to \(width)")
            }
        }
    }
}
