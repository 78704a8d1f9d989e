import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// Key scripts against the workbench, checked in its state.
@Suite struct ReducerTests {
    @Test func movingThroughTheCasesAndOpeningOne() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(workbench.state.screen == .cases)
        workbench.press(.character("j"), .down)
        #expect(workbench.state.caseIndex == 2)
        workbench.press(.character("j"), .character("j"), .character("j"))
        #expect(workbench.state.caseIndex == 3, "the selection stops at the last case")
        workbench.press(.character("g"))
        #expect(workbench.state.caseIndex == 0)
        workbench.press(.character("G"), .up, .enter)
        #expect(workbench.state.screen == .studyCase)
        #expect(workbench.data.cases[workbench.state.caseIndex].name == "Sociale zorg")
        workbench.press(.escape)
        #expect(workbench.state.screen == .cases)
        workbench.press(.character("q"))
        #expect(workbench.state.shouldQuit)
    }

    @Test func tabsOfACaseAndLazyFindings() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter)
        #expect(workbench.state.studyCase.tab == .overview)
        workbench.press(.right, .character("l"))
        #expect(workbench.state.studyCase.tab == .sources)
        #expect(workbench.data.findings.isEmpty)
        workbench.press(.tab)
        #expect(workbench.state.studyCase.tab == .findings)
        let findings = try #require(workbench.data.findings["revalidatie-1"])
        #expect(findings.map(\.code.short) == ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"])
        let los = sampleStudy.codings.filter { coding in
            coding.code == "LOS" && sampleStudy.sources.first { $0.id == coding.sourceID }?.caseID == "revalidatie-1"
        }
        #expect(findings[0].fragmentCount == los.count)
        #expect(findings.allSatisfy { $0.fragmentCount > 0 && $0.respondentCount > 0 && !$0.firstFragments.isEmpty })
        workbench.press(.character("h"), .backTab)
        #expect(workbench.state.studyCase.tab == .respondents)
    }

    @Test func numberKeysJumpAndBackReturns() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("3"))
        #expect(workbench.state.screen == .respondents)
        workbench.press(.character("4"))
        #expect(workbench.state.screen == .model)
        workbench.press(.character("?"))
        #expect(workbench.state.screen == .help)
        workbench.press(.escape, .escape)
        #expect(workbench.state.screen == .respondents)
        workbench.press(.character("q"))
        #expect(workbench.state.screen == .cases)
        #expect(!workbench.state.shouldQuit)
        workbench.press(.control("c"))
        #expect(workbench.state.shouldQuit)
    }

    @Test func commandLine() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character(":"))
        workbench.type("case Zorg 2")
        #expect(workbench.state.commandInput?.text == "case Zorg 2")
        workbench.press(.enter)
        #expect(workbench.state.commandInput == nil)
        #expect(workbench.state.screen == .studyCase)
        #expect(workbench.data.cases[workbench.state.caseIndex].name == "Revalidatie 2")

        workbench.press(.character(":"))
        workbench.type("case 9")
        workbench.press(.enter)
        #expect(workbench.state.message == StatusMessage(text: "No case named 9", isError: true))

        workbench.press(.character(":"))
        workbench.type("lang nl")
        workbench.press(.enter)
        #expect(workbench.state.language == .nl)

        workbench.press(.character(":"))
        workbench.type("theme light")
        workbench.press(.enter)
        #expect(workbench.state.theme.name == "light")
        workbench.press(.character(":"))
        workbench.type("theme nergens")
        workbench.press(.enter)
        #expect(workbench.state.message?.isError == true)
        #expect(workbench.state.theme.name == "light")

        workbench.press(.character(":"))
        workbench.type("frobnicate")
        workbench.press(.enter)
        #expect(workbench.state.message?.text.hasPrefix("Onbekende opdracht: frobnicate") == true)

        workbench.press(.character(":"), .character("x"), .escape)
        #expect(workbench.state.commandInput == nil)
        workbench.press(.character(":"), .character("q"), .enter)
        #expect(workbench.state.shouldQuit)
    }

    @Test func undoAndRedoGoThroughTheProject() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        let coding = try workbench.project.addCoding(source: "rev1-interview-manager", range: ScalarRange(start: 0, end: 5),
                                                     code: "LOS", coder: "Anouk")
        workbench.press(.character("u"))
        #expect(workbench.state.message?.text == "Undone: code LOS")
        #expect(throws: (any Error).self) { try workbench.project.coding(coding.id) }
        workbench.press(.control("r"))
        #expect(workbench.state.message?.text == "Redone: code LOS")
        #expect(try workbench.project.coding(coding.id).code == "LOS")
        workbench.press(.control("r"))
        #expect(workbench.state.message?.text == "Nothing to redo")
    }

    @Test func readOnlyDisablesEditingAndSaysWhy() throws {
        let (workbench, folder) = try makeWorkbench(readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let coding = try workbench.project.addCoding(source: "rev1-interview-manager", range: ScalarRange(start: 0, end: 5),
                                                     code: "LOS", coder: "Anouk")
        workbench.press(.character("u"))
        #expect(workbench.state.message == StatusMessage(text: "Not possible while read-only (started with --read-only): undo your own last edit", isError: true))
        #expect(try workbench.project.coding(coding.id).code == "LOS")
        workbench.press(.control("r"))
        #expect(workbench.state.message?.text.hasSuffix(": redo your own edit undone last") == true)
    }

    @Test func scrollingStopsAtTheEndOfTheText() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("4"))
        _ = workbench.render()
        let limit = try #require(workbench.state.feedback.scrollLimits[.model])
        #expect(limit > 0)
        for _ in 0..<(limit + 10) { workbench.press(.character("j")) }
        #expect(workbench.state.list(.model).offset == limit)
        workbench.press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(workbench.state.list(.model).offset == 0)
    }

    @Test func resizeAndTooSmall() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.handle(.resize(width: 40, height: 10))
        #expect(workbench.render().text == "Enlarge the terminal to at least 50×12." + String(repeating: "\n", count: 9))
        workbench.handle(.resize(width: 80, height: 24))
        #expect(workbench.render().text.contains("Jeugdzorg"))
    }

    @Test func mouseWheelAndClick() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.handle(.mouse(MouseEvent(kind: .scrollDown, x: 5, y: 5)))
        #expect(workbench.state.caseIndex == 1)
        workbench.handle(.mouse(MouseEvent(kind: .press(button: 1), x: 5, y: 6)))
        #expect(workbench.state.caseIndex == 3)
        workbench.handle(.mouse(MouseEvent(kind: .press(button: 1), x: 5, y: 6)))
        #expect(workbench.state.screen == .studyCase)
    }
}
