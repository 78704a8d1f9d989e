import Testing
@testable import TerminalKit

/// `input` after `keys`, and whether each key was used.
func typing(_ keys: Key..., into input: TextInput) -> (input: TextInput, used: [Bool]) {
    var input = input
    let used = keys.map { input.handle($0) }
    return (input, used)
}

@Suite struct TextInputTests {
    @Test func typingInsertsAtTheCursor() {
        #expect(TextInput("thema").cursor == 5)
        let (input, used) = typing(.left, .character("ë"), into: TextInput("thema"))
        #expect(used == [true, true])
        #expect(input.text == "themëa")
        #expect(input.cursor == 5)
        let (wide, _) = typing(.home, .character("漢"), into: input)
        #expect(wide.text == "漢themëa")
        #expect(wide.cursor == 1)
    }

    @Test func deletingAndMoving() {
        var (input, used) = typing(.backspace, .control("a"), .backspace, into: TextInput("één twee"))
        // Backspace with nothing before the cursor is used, and changes nothing.
        #expect(used == [true, true, true])
        #expect(input.text == "één twe")
        #expect(input.cursor == 0)
        (input, used) = typing(.delete, .right, .right, into: input)
        #expect(input.text == "én twe")
        #expect(input.cursor == 2)
        (input, used) = typing(.control("e"), .right, .delete, into: input)
        #expect(used == [true, true, true])
        #expect(input.text == "én twe")
        #expect(input.cursor == 6)
        (input, _) = typing(.control("w"), into: input)
        #expect(input.text == "én ")
        (input, _) = typing(.left, .control("k"), into: input)
        #expect(input.text == "én")
        (input, _) = typing(.end, .control("u"), into: input)
        #expect(input == TextInput(""))
    }

    @Test func keysForTheCallerAreNotUsed() {
        let (input, used) = typing(.enter, .escape, .up, .tab, .control("r"), .character("\u{7}"), into: TextInput("q"))
        #expect(used == [false, false, false, false, false, false])
        #expect(input == TextInput("q"))
    }

    @Test func aStaleCursorIsClamped() {
        var stale = TextInput("ab")
        stale.cursor = 9
        let (input, _) = typing(.character("c"), into: stale)
        #expect(input.text == "abc")
        #expect(input.textBeforeCursor == "abc")
    }
}

@Suite struct PromptTests {
    @Test func labelTextAndCursor() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        let cursor = Prompt(label: ":", input: TextInput("theme dark"), style: .plain, labelStyle: TestStyle.bold)
            .render(into: &buffer, area: Rect(x: 0, y: 1, width: 20, height: 1))
        #expect(buffer.text == "\n:theme dark")
        #expect(cursor == (11, 1))
        #expect(buffer[0, 1].style == TestStyle.bold)
    }

    @Test func cursorInsideWideText() {
        let (input, _) = typing(.home, .right, into: TextInput("漢字 en één"))
        var buffer = ScreenBuffer(width: 20, height: 1)
        let cursor = Prompt(label: "Zoek: ", input: input, style: .plain, labelStyle: .plain).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.text == "Zoek: 漢字 en één")
        #expect(cursor == (8, 0))
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        let text = screen(8, 1) { buffer, area in
            let cursor = Prompt(label: ":", input: TextInput("abcdefghijkl"), style: .plain, labelStyle: .plain)
                .render(into: &buffer, area: area)
            #expect(cursor == (7, 0))
        }
        #expect(text == ":ghijkl")
    }
}

@Suite struct ConfirmDialogTests {
    @Test func centredInTheArea() {
        let text = screen(40, 9) { buffer, area in
            ConfirmDialog(title: "Delete", message: "Delete this coding of LOS?", hint: "y yes  n no",
                          style: .plain, titleStyle: TestStyle.bold).render(into: &buffer, area: area)
        }
        #expect(text == """


                 ┌ Delete ────────────────────┐
                 │ Delete this coding of LOS? │
                 │                            │
                 │        y yes  n no         │
                 └────────────────────────────┘


            """)
    }

    @Test func messageWrapsInANarrowArea() {
        let dialog = ConfirmDialog(title: "Verwijderen", message: "Deze codering van LOS verwijderen?", hint: "j ja  n nee",
                                   style: .plain, titleStyle: .plain)
        let area = Rect(x: 0, y: 0, width: 24, height: 9)
        #expect(dialog.box(in: area) == Rect(x: 0, y: 1, width: 24, height: 6))
        let text = screen(24, 9) { buffer, area in dialog.render(into: &buffer, area: area) }
        #expect(text == """

            ┌ Verwijderen ─────────┐
            │ Deze codering van    │
            │ LOS verwijderen?     │
            │                      │
            │     j ja  n nee      │
            └──────────────────────┘


            """)
    }
}
