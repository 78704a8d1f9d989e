import Testing
@testable import TerminalKit

@Suite struct ListStateTests {
    @Test func movingClampsAtBothEnds() {
        var state = ListState()
        state.move(by: -1, count: 10, visibleRows: 4)
        #expect(state == ListState(selected: 0, offset: 0))
        state.move(by: 25, count: 10, visibleRows: 4)
        #expect(state == ListState(selected: 9, offset: 6))
        state.move(by: .min, count: 10, visibleRows: 4)
        #expect(state == ListState(selected: 0, offset: 0))
    }

    @Test func pagingKeepsTheSelectionVisible() {
        var state = ListState()
        state.move(by: 4, count: 10, visibleRows: 4)  // PageDown
        #expect(state == ListState(selected: 4, offset: 1))
        state.move(by: 4, count: 10, visibleRows: 4)
        #expect(state == ListState(selected: 8, offset: 5))
        state.move(by: -4, count: 10, visibleRows: 4)  // PageUp
        #expect(state == ListState(selected: 4, offset: 4))
        state.move(by: 1, count: 10, visibleRows: 4)
        #expect(state == ListState(selected: 5, offset: 4))
    }

    @Test func selectAndShrinkingLists() {
        var state = ListState()
        state.select(7, count: 10, visibleRows: 3)
        #expect(state == ListState(selected: 7, offset: 5))
        state.scrollIntoView(count: 4, visibleRows: 3)  // the list got shorter
        #expect(state == ListState(selected: 3, offset: 1))
        state.scrollIntoView(count: 0, visibleRows: 3)
        #expect(state == ListState(selected: 0, offset: 0))
        var stale = ListState(selected: 2, offset: 9)
        stale.scrollIntoView(count: 5, visibleRows: 10)
        #expect(stale == ListState(selected: 2, offset: 0))
    }

    @Test func zeroVisibleRowsBehaveLikeOne() {
        var state = ListState()
        state.select(3, count: 5, visibleRows: 0)
        #expect(state == ListState(selected: 3, offset: 3))
    }
}

@Suite struct ListViewTests {
    let items = (1...10).map { Line("Item \($0)") }

    @Test func selectionAndScrollIndicators() {
        var buffer = ScreenBuffer(width: 12, height: 4)
        ListView(items: items, state: ListState(selected: 5), selectedStyle: TestStyle.selected, marker: "› ")
            .render(into: &buffer, area: buffer.bounds)
        #expect(buffer.text == """
              Item 3   ▲
              Item 4
              Item 5
            › Item 6   ▼
            """)
        #expect(buffer.row(3).allSatisfy { $0.style == TestStyle.selected })
        #expect(buffer.row(2).allSatisfy { $0.style == .plain })
        #expect(ListView.visibleRows(in: buffer.bounds) == 4)
    }

    @Test func noIndicatorsWhenEverythingFitsAndLongItemsAreCut() {
        let text = screen(10, 4) { buffer, area in
            ListView(items: [Line("Jeugdgezondheid"), Line("Zorg 1")], state: ListState(selected: 1), selectedStyle: TestStyle.reverse)
                .render(into: &buffer, area: area)
        }
        #expect(text == """
            Jeugdgezo…
            Zorg 1


            """)
    }

    @Test func onlyTheDownIndicatorAtTheTop() {
        let text = screen(8, 3) { buffer, area in
            ListView(items: items, state: ListState(), selectedStyle: TestStyle.reverse).render(into: &buffer, area: area)
        }
        #expect(text == """
            Item 1
            Item 2
            Item 3 ▼
            """)
    }

    @Test func spansKeepTheirStylesOverTheListStyle() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        let base = Style(background: .ansi(0))
        ListView(items: [Line("a"), Line([Span("b", style: TestStyle.red)])], state: ListState(), style: base,
                 selectedStyle: TestStyle.reverse).render(into: &buffer, area: buffer.bounds)
        #expect(buffer[0, 0].style == TestStyle.reverse)
        #expect(buffer[0, 1].style == Style(foreground: .ansi(1), background: .ansi(0)))
        #expect(buffer[5, 1].style == base)
    }
}
