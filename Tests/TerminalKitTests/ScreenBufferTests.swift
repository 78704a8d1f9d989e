import Testing
@testable import TerminalKit

@Suite struct ScreenBufferTests {
    /// Cells left on the terminal's background get the screen's; their own colours stay.
    @Test func paintingTheDefaultBackground() {
        let paper = Style(foreground: .rgb(28, 28, 28), background: .rgb(250, 250, 250))
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("a", x: 0, y: 0, style: Style(foreground: .ansi(1)))
        buffer.write("b", x: 1, y: 0, style: TestStyle.selected)
        buffer.paintDefaultBackground(paper)
        #expect(buffer[0, 0].style == Style(foreground: .ansi(1), background: .rgb(250, 250, 250)))
        #expect(buffer[1, 0].style == TestStyle.selected)
        #expect(buffer[2, 0].style == paper)
        var untouched = ScreenBuffer(width: 2, height: 1)
        untouched.paintDefaultBackground(Style(foreground: .ansi(1)))
        #expect(untouched[0, 0].style == .plain, "a style without a background paints nothing")
    }

    @Test func writingOverTheSecondHalfOfAWideCharacterClearsTheFirst() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢字", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.text == " x字")
        #expect(buffer[0, 0] == Cell())
        #expect(buffer[2, 0].width == 2)
    }

    @Test func writingOverTheFirstHalfOfAWideCharacterClearsTheSecond() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢字", x: 0, y: 0)
        buffer.write("x", x: 2, y: 0)
        #expect(buffer.text == "漢x")
        #expect(buffer[3, 0] == Cell())
    }

    @Test func aWideCharacterShiftedByOneLeavesNoHalves() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢字", x: 0, y: 0)
        buffer.write("字", x: 1, y: 0)
        #expect(buffer.text == " 字")
        #expect(buffer.cells.map(\.width) == [1, 2, 0, 1, 1, 1])
    }

    @Test func aWideCharacterAtTheLastColumnBecomesASpace() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        let written = buffer.write("abcd漢", x: 0, y: 0, style: TestStyle.red)
        #expect(written == 5)
        #expect(buffer.text == "abcd")
        #expect(buffer[4, 0] == Cell(text: " ", style: TestStyle.red))
    }

    @Test func combiningMarksRideOnTheirLetter() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        #expect(buffer.write("Clie\u{0308}nten", x: 0, y: 0) == 8)
        #expect(buffer[3, 0].text == "e\u{0308}")
        #expect(buffer.text == "Clie\u{0308}nten")
    }

    @Test func lineSpansKeepTheirStylesAndClip() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let line = Line([Span("één ", style: TestStyle.bold), Span("twee drie", style: TestStyle.red)])
        #expect(buffer.write(line, x: 1, y: 0, maxWidth: 7) == 7)
        #expect(buffer.text == " één twe")
        #expect(buffer[1, 0].style == TestStyle.bold)
        #expect(buffer[5, 0].style == TestStyle.red)
        #expect(buffer[8, 0].style == .plain)
    }

    @Test func baseStyleUnderlaysSpans() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        let base = Style(foreground: .ansi(7), background: .ansi(4))
        buffer.write(Line([Span("a"), Span("b", style: Style(foreground: .ansi(1), attributes: .bold))]), x: 0, y: 0,
                     baseStyle: base)
        #expect(buffer[0, 0].style == base)
        #expect(buffer[1, 0].style == Style(foreground: .ansi(1), background: .ansi(4), attributes: .bold))
    }
}

@Suite struct ScreenDiffTests {
    @Test func onlyChangedRowsAreDrawnAndEveryRowAfterASizeChange() {
        var old = ScreenBuffer(width: 10, height: 4)
        old.write("abc", x: 0, y: 1)
        var new = old
        #expect(ScreenDiff.changedRows(from: old, to: new).isEmpty)
        new.write("x", x: 9, y: 3)
        #expect(ScreenDiff.changedRows(from: old, to: new) == [3])
        new.write("abd", x: 0, y: 1)
        #expect(ScreenDiff.changedRows(from: old, to: new) == [1, 3])
        #expect(ScreenDiff.changedRows(from: nil, to: new) == [0, 1, 2, 3])
        #expect(ScreenDiff.changedRows(from: ScreenBuffer(width: 9, height: 4), to: new) == [0, 1, 2, 3])
    }
}
