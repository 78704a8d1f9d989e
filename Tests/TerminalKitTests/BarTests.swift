import Testing
@testable import TerminalKit

@Suite struct StatusBarTests {
    let left = [Span(" CASES ", style: TestStyle.reverse), Span(" werkbank · coder anna")]
    let right = [Span("? help ")]

    @Test func rightAlignedAndLeftCutFirst() {
        var buffer = ScreenBuffer(width: 30, height: 1)
        StatusBar(left: left, right: right, style: TestStyle.bold).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.text == " CASES  werkbank · co… ? help")
        #expect(buffer.row(0).allSatisfy { $0.style.attributes.contains(.bold) })
        #expect(buffer[1, 0].style == Style(attributes: [.bold, .reverse]))
    }

    @Test func everythingFits() {
        let text = screen(40, 1) { buffer, area in
            StatusBar(left: left, right: right, style: .plain).render(into: &buffer, area: area)
        }
        #expect(text == " CASES  werkbank · coder anna    ? help")
    }

    @Test func tooNarrowForTheRightPart() {
        let text = screen(6, 1) { buffer, area in
            StatusBar(left: left, right: right, style: .plain).render(into: &buffer, area: area)
        }
        #expect(text == "? hel…")
    }
}

@Suite struct KeyHintBarTests {
    let hints = [KeyHint("↑↓", "move"), KeyHint("Enter", "open"), KeyHint("q", "quit")]

    @Test func dropsHintsThatDoNotFit() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        KeyHintBar(hints: hints, keyStyle: TestStyle.bold, labelStyle: .plain).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.text == "↑↓ move  Enter open")
        #expect(buffer[0, 0].style == TestStyle.bold)
        #expect(buffer[2, 0].style == .plain)
        #expect(buffer[9, 0].style == TestStyle.bold)
    }

    @Test func allHints() {
        let text = screen(30, 1) { buffer, area in
            KeyHintBar(hints: hints, keyStyle: TestStyle.bold, labelStyle: .plain).render(into: &buffer, area: area)
        }
        #expect(text == "↑↓ move  Enter open  q quit")
        #expect(KeyHint("Enter", "open").width == 10)
    }
}

@Suite struct TabsTests {
    let titles = ["1 Cases", "2 Case", "3 Respondents"]

    @Test func selectedTitleIsHighlighted() {
        var buffer = ScreenBuffer(width: 40, height: 1)
        Tabs(titles: titles, selected: 1, selectedStyle: TestStyle.reverse).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.text == "1 Cases │ 2 Case │ 3 Respondents")
        #expect((10..<16).allSatisfy { buffer[$0, 0].style == TestStyle.reverse })
        #expect(buffer[8, 0].style == .plain)
        #expect(buffer[16, 0].style == .plain)
    }

    @Test func narrowRowsKeepTheSelectedTitle() {
        let cut = screen(16, 1) { buffer, area in
            Tabs(titles: titles, selected: 1, selectedStyle: TestStyle.reverse).render(into: &buffer, area: area)
        }
        #expect(cut == "1 Cases │ 2 Case")
        let scrolled = screen(16, 1) { buffer, area in
            Tabs(titles: titles, selected: 2, selectedStyle: TestStyle.reverse).render(into: &buffer, area: area)
        }
        #expect(scrolled == "3 Respondents")
        let cutTitle = screen(20, 1) { buffer, area in
            Tabs(titles: titles, selected: 0, selectedStyle: TestStyle.reverse).render(into: &buffer, area: area)
        }
        #expect(cutTitle == "1 Cases │ 2 Case │ …")
    }

    /// Too narrow for the titles: the compact titles with the compact separator, and a click
    /// finds the tab where it is drawn.
    @Test func compactTitlesWhenTheTitlesDoNotFit() {
        let tabs = Tabs(titles: titles, selected: 2, selectedStyle: TestStyle.reverse, compactTitles: ["1 Cases", "2 Case", "3 Resp."])
        let full = screen(32, 1) { buffer, area in tabs.render(into: &buffer, area: area) }
        #expect(full == "1 Cases │ 2 Case │ 3 Respondents")
        let compact = screen(31, 1) { buffer, area in tabs.render(into: &buffer, area: area) }
        #expect(compact == "1 Cases│2 Case│3 Resp.")
        let area = Rect(x: 0, y: 0, width: 31, height: 1)
        #expect(tabs.title(atColumn: 8, in: area) == 1)
        #expect(tabs.title(atColumn: 15, in: area) == 2)
        #expect(tabs.title(atColumn: 7, in: area) == nil)
    }

    @Test func onlyTheKeysWhenEvenTheCompactTitlesDoNotFit() {
        let tabs = Tabs(titles: titles, selected: 1, selectedStyle: TestStyle.reverse, compactTitles: ["1 Cases", "2 Case", "3 Resp."],
                        smallestTitles: ["1", "2", "3"])
        let compact = screen(22, 1) { buffer, area in tabs.render(into: &buffer, area: area) }
        #expect(compact == "1 Cases│2 Case│3 Resp.")
        let some = screen(16, 1) { buffer, area in tabs.render(into: &buffer, area: area) }
        #expect(some == "1 Cases│2 Case│3")
        let smallest = screen(12, 1) { buffer, area in tabs.render(into: &buffer, area: area) }
        #expect(smallest == "1│2 Case│3")
        let area = Rect(x: 0, y: 0, width: 12, height: 1)
        #expect(tabs.title(atColumn: 0, in: area) == 0)
        #expect(tabs.title(atColumn: 4, in: area) == 1)
        #expect(tabs.title(atColumn: 9, in: area) == 2)
    }
}
