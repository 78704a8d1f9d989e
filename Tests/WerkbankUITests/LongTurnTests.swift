import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// Every line of a long turn can be read: j/k scroll inside a turn that does not fit, as less
/// and tig do (issue 11, item 3).
@Suite struct LongTurnTests {
    static func study() -> Study {
        var study = sampleStudy
        let long = (1...300).map { "Zin \($0) van het lange verhaal." }.joined(separator: " ")
        let text = "I: Vertel eens.\n\nC1: \(long)\n\nI: Dank je.\n\nC1: Graag gedaan."
        let turns = SourceFileTurns.turns(text)
        study.sources = [Source(id: "lang", caseID: "revalidatie-1", title: "Lang gesprek", kind: .interview, date: "2023-01-01",
                                interviewers: ["I"], participants: [Participant(id: "C1", role: "Cliënten")], text: text, turns: turns)]
        study.codings = []
        return study
    }

    @Test func jScrollsThroughALongTurnBeforeMovingOn() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .down, .down, .enter)
        _ = workbench.render()
        workbench.press(.character("j"))
        _ = workbench.render()
        #expect(workbench.state.list(.units).selected == 1, "the long turn")
        var seen = Set<Int>()
        var screens = ""
        for _ in 0..<400 {
            workbench.press(.character("j"))
            screens += workbench.render().text
            if workbench.state.list(.units).selected != 1 { break }
            seen.insert(try #require(workbench.state.feedback.sourceText).firstRow)
        }
        #expect(workbench.state.list(.units).selected == 2, "after the turn's last line, j goes to the next turn")
        #expect(seen.count > 20, "j scrolled line by line inside the turn")
        for sentence in [1, 150, 300] { #expect(screens.contains("Zin \(sentence) van"), "sentence \(sentence) was on screen") }
        #expect(workbench.render().text.contains("Dank je."))

        // k goes back up through the turn the same way.
        workbench.press(.character("k"))
        _ = workbench.render()
        #expect(workbench.state.list(.units).selected == 1)
        let bottom = try #require(workbench.state.feedback.sourceText).firstRow
        workbench.press(.character("k"))
        _ = workbench.render()
        #expect(workbench.state.list(.units).selected == 1)
        #expect(try #require(workbench.state.feedback.sourceText).firstRow == bottom - 1)
    }

    @Test func ctrlEAndTheWheelScrollTheTextAndLeaveTheSelection() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .down, .down, .enter)
        _ = workbench.render()
        workbench.press(.control("e"), .control("e"))
        _ = workbench.render()
        #expect(try #require(workbench.state.feedback.sourceText).firstRow == 2)
        #expect(workbench.state.list(.units).selected == 0)
        workbench.handle(.mouse(MouseEvent(kind: .scrollDown, x: 20, y: 5)))
        _ = workbench.render()
        #expect(try #require(workbench.state.feedback.sourceText).firstRow == 5)
        #expect(workbench.state.list(.units).selected == 0, "the wheel scrolls, it does not pick another turn")
        #expect(workbench.render().text.contains("%"), "the position is shown")
    }
}
