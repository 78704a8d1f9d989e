import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// What the user is told comes from the action and command tables: the hint bar, the tab bar,
/// help, completion and the wording of refusals.
@Suite struct KeyTableTests {
    @Test func everyHintNamesKeysThatDoWhatItSays() {
        for screen in ScreenKind.allCases {
            for readOnly in [false, true] {
                let hints = ActionTable.hints(for: screen, readOnly: readOnly, canGoBack: true)
                #expect(!hints.isEmpty, "\(screen) has no hints")
                for hint in hints {
                    let entries = ActionTable.entries(for: screen).filter { $0.hint == hint.label }
                    #expect(!entries.isEmpty)
                    for entry in entries where !(readOnly && entry.action.edits) {
                        let key = try! #require(entry.keys.first)
                        #expect(ActionTable.action(for: key, on: screen) == entry.action,
                                "\(key.displayName) in “\(hint.keys) \(hint.label)” does not do \(entry.action) on \(screen)")
                    }
                }
            }
        }
    }

    @Test func hintBarsPerScreenAndMode() {
        func bar(_ screen: ScreenKind, readOnly: Bool = false, canGoBack: Bool = true) -> String {
            ActionTable.hints(for: screen, readOnly: readOnly, canGoBack: canGoBack)
                .map { "\($0.keys) \($0.label.string(.en))" }.joined(separator: "  ")
        }
        #expect(bar(.cases, canGoBack: false) == "↑↓ move  Enter open  Tab pane  1-8 f 9 screens  : command  ? help  q quit")
        #expect(bar(.source) == "↑↓ move  1-6 code  v select  / search  u undo  Esc back  7 8 f 9 screens  : command  ? help  q quit")
        #expect(bar(.source, readOnly: true) == "↑↓ move  v select  / search  Esc back  7 8 f 9 screens  : command  ? help  q quit",
                "read-only offers no coding and no undo")
        #expect(bar(.disagreements).hasPrefix("↑↓ move  Enter open  1 2 3 0 keep A, B, both, neither  u undo"))
        #expect(bar(.disagreements).contains("4-8 f 9 screens"))
        #expect(bar(.matrix).contains("1-8 f 9 screens"), "every screen key is counted, not 1-5")
        #expect(bar(.importer) == "↑↓ move  ←→ change  e edit id  Enter import  Esc cancel  : command  ? help")
    }

    @Test func theTabBarShowsOnlyKeysThatSwitchScreensHere() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(workbench.render().text(ofRow: 0).hasPrefix("1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix"))
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter)
        #expect(workbench.state.screen == .source)
        let top = workbench.render().text(ofRow: 0)
        #expect(top.hasPrefix("Cases │ Case │ Respondents │ Model │ Help │ Matrix"), "in the reader 1–6 code: \(top)")
        let bottom = workbench.render().text(ofRow: 29)
        #expect(bottom.contains("1-6 code") && !bottom.contains("1-5 screens"))
    }

    @Test func everyCommandHasOneEntryAndIsInHelpAndTheDocument() throws {
        let names = CommandTable.entries.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count, "a command name is used twice")
        for command in ColonCommand.allCases {
            #expect(CommandTable.entries.filter { $0.command == command }.count == 1, "\(command)")
        }
        #expect(CommandTable.entries.allSatisfy { !$0.help.en.isEmpty && !$0.help.nl.isEmpty })
        let document = ActionTable.markdown()
        let (workbench, folder) = try makeWorkbench(width: 120, height: 80)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("?"))
        let help = workbench.render().text
        for entry in CommandTable.entries {
            #expect(document.contains("| `:\(entry.usage.replacingOccurrences(of: "|", with: "\\|"))` |"), "\(entry.name) not in the document")
            #expect(help.contains(":" + entry.usage), "\(entry.name) not in help")
        }
        for name in ["memo", "consensus", "fragments", "undo"] { #expect(help.contains(":\(name)")) }
    }

    @Test func tabCompletesCommandNames() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character(":"))
        workbench.type("dis")
        workbench.press(.tab)
        #expect(workbench.state.commandInput?.text == "disagreements ")
        workbench.press(.control("u"))
        workbench.type("ca")
        workbench.press(.tab)
        #expect(workbench.state.commandInput?.text == "case")
        #expect(workbench.state.message?.text == "Commands: case, cases")
        workbench.press(.control("u"))
        workbench.type("verschi")
        workbench.press(.tab)
        #expect(workbench.state.commandInput?.text == "verschillen ", "aliases complete where no name does")
    }

    @Test func aWrongArgumentIsNamedWithTheCommandsUsage() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = workbench.press(.character(":"))
        workbench.type("goto 12")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == ":goto POSITION — works in the source reader only")
        workbench.press(.character(":"))
        workbench.type("lang fr")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == ":lang nl|en — “fr” is not a language: nl or en")
        workbench.press(.character(":"))
        workbench.type("disagreements anouk Nobody")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == ":disagreements A B — no coder named Nobody; the coders are Anouk, Bram")
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter)
        let length = try #require(workbench.data.source).text.unicodeScalars.count
        workbench.press(.character(":"))
        workbench.type("goto 999999")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == ":goto POSITION — “999999” is not a position between 0 and \(length - 1)")
        workbench.press(.character(":"))
        workbench.type("disagreements anouk BRAM")
        workbench.press(.enter)
        #expect(workbench.state.screen == .disagreements, "coder names match in any case")
        #expect(workbench.state.disagreements.coders == ["Anouk", "Bram"])
    }

    @Test func aRefusedEditSaysWhatAndTheRealReason() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = workbench.state
        state.readOnlyReason = .denied(.file)
        _ = state.reduce(.undo, data: workbench.data)
        #expect(state.message?.text
            == "Not possible while read-only (the project cannot be written: the file is read-only for you): undo your own last edit")
        state.language = .nl
        _ = state.reduce(.undo, data: workbench.data)
        #expect(state.message?.text
            == "Kan niet, alleen lezen (het project kan niet worden geschreven: het bestand is voor jou alleen-lezen): je eigen laatste wijziging ongedaan maken")
    }
}

@Suite struct EveryActionAnswersTests {
    @Test func selectingIsAModeWithItsOwnHints() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter, .character("v"))
        #expect(workbench.state.message?.text.hasPrefix("Selecting:") == true)
        workbench.press(.character("w"))
        let screen = workbench.render().text
        #expect(screen.contains(" SELECT "))
        #expect(screen.contains("1-6 code  w b word  ) ( sentence  } { turn  o other end  c pick a code  Esc back"))
        workbench.press(.character("v"))
        #expect(!workbench.render().text.contains(" SELECT "))
        #expect(ActionTable.hints(for: .source, readOnly: false, canGoBack: true).allSatisfy { $0.label != .hintWord },
                "the selection keys are hinted only while selecting")
    }

    @Test func searchSaysWhichMatchOfHowManyAndWhenItWraps() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter, .character("/"))
        workbench.type("de")
        workbench.press(.enter)
        let first = try #require(workbench.state.message?.text)
        let total = try #require(first.split(separator: " ").last.map { Int($0) ?? 0 })
        #expect(first == "“de”: 1 of \(total)" && total > 2)
        workbench.press(.character("n"))
        #expect(workbench.state.message?.text == "“de”: 2 of \(total)")
        workbench.press(.character("N"), .character("N"))
        #expect(workbench.state.message?.text == "“de”: \(total) of \(total), wrapped round")
    }

    @Test func showingCodersAndChangingACodingAreSaid() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter, .character("3"), .character("a"))
        #expect(workbench.state.message?.text == "Showing only your codings (Anouk)")
        workbench.press(.character("a"))
        #expect(workbench.state.message?.text == "Showing every coder's codings")
        // `<`: the coding covers its whole turn, and `>` does not grow it into the next.
        workbench.press(.character("a"), .tab, .character("<"))
        let changed = try #require(workbench.state.message?.text)
        #expect(changed.hasPrefix("Changed: LeA of Anouk is now ") && changed.hasSuffix("; u undoes it"))
    }
}

@Suite struct ConventionTests {
    @Test func ctrlLRedrawsEveryRow() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = TestTerminal(width: 80, height: 24)
        terminal.send(.character("j"), .control("l"))
        workbench.run(on: terminal)
        #expect(terminal.invalidations == 1)
        #expect(terminal.drawnRows.last == Array(0..<24), "after Ctrl-L every row is drawn again")
    }

    @Test func theCommandLineKeepsAHistory() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["case 2", "respondents"] {
            workbench.press(.character(":"))
            workbench.type(command)
            workbench.press(.enter)
        }
        workbench.press(.character(":"), .up)
        #expect(workbench.state.commandInput?.text == "respondents")
        workbench.press(.up, .up)
        #expect(workbench.state.commandInput?.text == "case 2")
        workbench.press(.down, .down)
        #expect(workbench.state.commandInput?.text == "", "past the newest: an empty line")
        workbench.press(.up, .enter)
        #expect(workbench.state.screen == .respondents)
    }

    @Test func clickingATabOpensItsScreen() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        let top = workbench.render().text(ofRow: 0)
        let column = try #require(top.range(of: "3 Resp.")).lowerBound.utf16Offset(in: top)
        workbench.handle(.mouse(MouseEvent(kind: .press(button: 1), x: column + 2, y: 0)))
        #expect(workbench.state.screen == .respondents)
    }

    @Test func aCaseOpensOnOverviewOrTheTabItWasLeftOn() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.enter, .right, .right)
        #expect(workbench.state.studyCase.tab == .sources)
        workbench.press(.escape, .down, .enter)
        #expect(workbench.state.studyCase.tab == .overview, "another case opens on its overview")
        workbench.press(.escape, .up, .enter)
        #expect(workbench.state.studyCase.tab == .sources, "the first case where it was left")
    }
}
