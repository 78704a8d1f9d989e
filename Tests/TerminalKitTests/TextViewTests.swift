import Testing
@testable import TerminalKit

@Suite struct TextViewTests {
    static let dutch = Line("De Cliënten zeiden één keer: 漢字 is moeilijk")

    @Test func wrapsDutchAndWideTextByDisplayWidth() {
        let rows = TextView.wrap(Self.dutch, width: 10)
        #expect(rows.map(\.plainText) == ["De", "Cliënten", "zeiden één", "keer: 漢字", "is", "moeilijk"])
        #expect(rows.allSatisfy { $0.width <= 10 })
        #expect(TextView.wrappedLineCount([Self.dutch, Line("")], width: 10) == 7)
    }

    @Test func rendersFromTheOffset() {
        let text = screen(10, 4) { buffer, area in
            TextView(lines: [Self.dutch], offset: 1).render(into: &buffer, area: area)
        }
        #expect(text == """
            Cliënten
            zeiden één
            keer: 漢字
            is
            """)
    }

    @Test func longWordsAreBroken() {
        let rows = TextView.wrap(Line("de onderwijszorgprofessionals"), width: 10)
        #expect(rows.map(\.plainText) == ["de onderwi", "jszorgprof", "essionals"])
        #expect(TextView.wrap(Line("漢字"), width: 3).map(\.plainText) == ["漢", "字"])
        #expect(TextView.wrap(Line("漢字"), width: 1).map(\.plainText) == ["漢", "字"])
    }

    @Test func stylesSurviveWrapping() {
        let line = Line([Span("Cliënten", style: TestStyle.bold), Span(" zeiden ", style: .plain),
                         Span("één", style: TestStyle.red), Span("tje", style: .plain)])
        #expect(TextView.wrap(line, width: 8) == [
            Line([Span("Cliënten", style: TestStyle.bold)]),
            Line([Span("zeiden", style: .plain)]),
            Line([Span("één", style: TestStyle.red), Span("tje", style: .plain)]),
        ])
    }

    @Test func emptyLinesIndentationAndSpaces() {
        #expect(TextView.wrap(Line(""), width: 5) == [Line([])])
        #expect(TextView.wrap(Line("  ja  nee   "), width: 20).map(\.plainText) == ["  ja  nee"])
        #expect(TextView.wrap(Line("  ja nee"), width: 5).map(\.plainText) == ["  ja", "nee"])
        #expect(TextView.wrap(Line("één"), width: 0) == [Line("één")])
    }

    @Test func withoutWrappingLongLinesAreClipped() {
        let text = screen(8, 2) { buffer, area in
            TextView(lines: [Line("Jeugdgezondheid"), Line("Zorg")], wrap: false, style: TestStyle.bold)
                .render(into: &buffer, area: area)
        }
        #expect(text == """
            Jeugdgez
            Zorg
            """)
        let view = TextView(lines: [Self.dutch])
        #expect(view.maxOffset(in: Rect(x: 0, y: 0, width: 10, height: 4)) == 2)
    }
}

@Suite struct LineBreakWrapTests {
    @Test func aLineBreakStartsANewRowAndKeepsTheStyles() {
        let bold = Style(attributes: .bold)
        let line = Line([Span("Memo: eerste regel\ntweede", style: bold), Span(" regel\r\nderde", style: .plain)])
        let rows = TextView.wrap(line, width: 40)
        #expect(rows.map { $0.spans.map(\.text).joined() } == ["Memo: eerste regel", "tweede regel", "derde"])
        #expect(rows[1].spans.map(\.style) == [bold, .plain])
        #expect(rows.allSatisfy { !$0.spans.contains { $0.text.contains(where: \.isNewline) } })
        var buffer = ScreenBuffer(width: 40, height: 3)
        TextView(lines: [line], offset: 0, wrap: true, style: .plain).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.text(ofRow: 1) == "tweede regel", "the second memo line is drawn, not overwritten")
    }
}
