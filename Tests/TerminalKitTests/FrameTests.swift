import Testing
@testable import TerminalKit

@Suite struct FrameTests {
    @Test func frameWithTitle() {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let text = screen(20, 5) { buffer, area in
            inner = Frame(title: "Cases", style: .plain, titleStyle: TestStyle.bold).render(into: &buffer, area: area)
        }
        #expect(text == """
            ┌ Cases ───────────┐
            │                  │
            │                  │
            │                  │
            └──────────────────┘
            """)
        #expect(inner == Rect(x: 1, y: 1, width: 18, height: 3))
    }

    /// A footer stands at the right of the bottom border, and is left out where it does not fit.
    @Test func footerInTheBottomBorder() {
        let text = screen(20, 3) { buffer, area in
            Frame(title: "Cases", footer: "▼ 3 more").render(into: &buffer, area: area)
        }
        #expect(text == """
            ┌ Cases ───────────┐
            │                  │
            └─────── ▼ 3 more ─┘
            """)
        let narrow = screen(12, 2) { buffer, area in
            Frame(footer: "▼ 3 more").render(into: &buffer, area: area)
        }
        #expect(narrow == "┌──────────┐\n└──────────┘")
    }

    @Test func titleIsCutByDisplayWidth() {
        var buffer = ScreenBuffer(width: 12, height: 3)
        Frame(title: "Respondenten 漢字", titleStyle: TestStyle.bold).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.text == """
            ┌ Respond… ┐
            │          │
            └──────────┘
            """)
        #expect(buffer[2, 0].style == TestStyle.bold)
        #expect(buffer[11, 0].style == .plain)
    }

    @Test func wideTitleCutBeforeAWideCharacter() {
        let text = screen(10, 2) { buffer, area in
            Frame(title: "漢字漢字").render(into: &buffer, area: area)
        }
        #expect(text == """
            ┌ 漢字… ─┐
            └────────┘
            """)
    }

    @Test func frameInsideALargerBuffer() {
        let text = screen(12, 5) { buffer, _ in
            let inner = Frame().render(into: &buffer, area: Rect(x: 2, y: 1, width: 6, height: 3))
            buffer.write("één", x: inner.x, y: inner.y)
        }
        #expect(text == """

              ┌────┐
              │één │
              └────┘

            """)
    }
}
