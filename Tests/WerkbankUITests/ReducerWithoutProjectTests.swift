import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The reducer alone, on data made from the case folder: no SQLite project, no terminal.
/// Events go in; the state and the effects it asks for come out.
@Suite struct ReducerWithoutProjectTests {
    func start() -> (AppState, WorkbenchData) {
        let state = AppState(language: .en, readOnly: false, coder: "Anouk", projectName: "none", theme: Theme(name: "plain"),
                             colorProfile: .none, width: 80, height: 24)
        return (state, WorkbenchData(study: sampleStudy, sourcesByCase: [:], fragmentsByCase: [:]))
    }

    @Test func keysMouseAndResizeAreEventsOfTheReducer() {
        var (state, data) = start()
        #expect(state.handle(.mouse(MouseEvent(kind: .press(button: 1), x: 5, y: 5)), data: data).isEmpty)
        #expect(state.caseIndex == 2, "a click selects the case on that row")
        #expect(state.screen == .cases)
        _ = state.handle(.mouse(MouseEvent(kind: .press(button: 1), x: 5, y: 5)), data: data)
        #expect(state.screen == .studyCase, "a second click opens it")
        _ = state.handle(.mouse(MouseEvent(kind: .scrollDown, x: 5, y: 5)), data: data)
        #expect(state.list(.overview).offset == 0, "the overview has not been measured: nothing to scroll")
        var measured = RenderFeedback()
        measured.scrollLimits[.overview] = 4
        state.reduce(rendered: measured)
        _ = state.handle(.mouse(MouseEvent(kind: .scrollDown, x: 5, y: 5)), data: data)
        #expect(state.list(.overview).offset == 1, "the wheel scrolls as far as the frame said")
        _ = state.handle(.resize(width: 120, height: 40), data: data)
        #expect(state.width == 120 && state.height == 40)
    }

    @Test func effectsCarryWhatTheyNeed() {
        var (state, data) = start()
        #expect(state.handle(.key(.character("6")), data: data) == [.loadMatrix(.case, .fragments, collapsed: false, coders: [], kinds: [])])
        #expect(state.handle(.key(.character("u")), data: data) == [.undo])
        #expect(state.handle(.key(.character("7")), data: data) == [.loadDisagreements(coderA: "Anouk", coderB: "Bram", consensus: "Consensus")])
        _ = state.handle(.key(.character(":")), data: data)
        for key in "filter coder Bram" { _ = state.handle(.key(.character(key)), data: data) }
        _ = state.handle(.key(.enter), data: data)
        _ = state.handle(.key(.character("6")), data: data)
        #expect(state.handle(.key(.character("s")), data: data)
            == [.loadMatrix(.case, .participants, collapsed: false, coders: ["Bram"], kinds: [])], "the matrix follows :filter")
        data.source = sampleStudy.sources[0]
        data.sourceUnits = sampleStudy.sources[0].turns.map(\.range)
        state.screen = .source
        let effects = state.handle(.key(.character("3")), data: data)
        #expect(effects == [.addCoding(sourceID: sampleStudy.sources[0].id, range: data.sourceUnits[0], code: "LeA", coder: "Anouk")])
    }

    @Test func everyScreenLeavesTheWorkbenchWideKeysToTheWorkbench() {
        let (start, data) = start()
        for screen in ScreenKind.allCases {
            var state = start
            state.screen = screen
            _ = state.reduce(.forceQuit, data: data)
            #expect(state.shouldQuit, "Ctrl-C does not quit on \(screen)")
            state = start
            state.screen = screen
            _ = state.reduce(.commandLine, data: data)
            #expect(state.commandInput != nil, ": does not open the command line on \(screen)")
            #expect(state.activeList == screen.module.activeList(state))
        }
    }

    @Test func resultsOfEffectsComeBackThroughTheReducer() {
        let (start, data) = start()
        var state = start
        _ = state.handle(.key(.character("f")), data: data)
        #expect(state.screen == .fragments)
        #expect(state.reduce(result: .undone("add coding LOS"), data: data) == [.loadFragments(state.fragments.filter)],
                "what is shown is read again")
        #expect(state.message == StatusMessage(text: "Undone: add coding LOS", isError: false))
        #expect(state.reduce(result: .nothingToRedo, data: data).isEmpty)
        #expect(state.message?.isError == false)

        state.screen = .source
        state.history = [.cases, .studyCase]
        _ = state.reduce(result: .sourceClosed, data: data)
        #expect(state.screen == .studyCase, "a reader whose source is gone goes back")

        let pending = PendingCoding(sourceID: "s", range: ScalarRange(start: 1, end: 4), coder: "Bram")
        let effects = state.reduce(result: .subcodeAdded(code: "LOS-X", then: .code(pending)), data: data)
        #expect(effects.last == .addCoding(sourceID: "s", range: ScalarRange(start: 1, end: 4), code: "LOS-X", coder: "Bram"))
        let coding = UUID()
        #expect(state.reduce(result: .subcodeAdded(code: "LOS-X", then: .recode(coding)), data: data).last == .recode(coding, code: "LOS-X"))
        _ = state.reduce(result: .subcodeAdded(code: "LOS-X", then: .autocode(hits: 12)), data: data)
        guard case .autocodeUnit = state.modal else { Issue.record("the unit is asked for the new sub-code's hits"); return }

        _ = state.reduce(result: .themeFailed("no theme named “nosuch”"), data: data)
        #expect(state.message == StatusMessage(text: "Theme: no theme named “nosuch”", isError: true))
    }

    @Test func everyPromptAndDialogTakesTheKeysAndEscClosesIt() {
        let (start, data) = start()
        for kind in OverlayKind.allCases where kind != .importField {
            var state = start
            switch kind {
            case .commandLine: state.commandInput = TextInput("cas")
            case .picker: state.modal = .picker(CodePicker(purpose: .code(ScalarRange(start: 0, end: 1))))
            case .memo: state.modal = .memo(MemoEditor(target: .memo(.case("jeugdzorg")), title: "t", text: ""))
            case .confirm: state.modal = .confirm(Confirmation(title: "t", message: "m", effects: [.undo]))
            case .judgement: state.modal = .judgement(JudgementPicker(cell: CellKey(caseID: "jeugdzorg", element: "LOS"), title: "t", current: nil))
            case .search: state.screen = .source; state.reader.searchInput = TextInput()
            case .find: state.find.input = TextInput()
            case .importField: break
            case .projectSearch: state.search.input = TextInput()
            case .autocodeUnit: state.modal = .autocodeUnit(AutocodeQuestion(code: "LOS", hits: 2))
            }
            #expect(state.overlay == kind)
            _ = state.handle(.key(.character("3")), data: data)
            #expect(state.screen != .respondents, "\(kind) took the key, not the screen")
            let effects = state.handle(.key(.escape), data: data)
            #expect(state.overlay == nil, "Esc closes \(kind)")
            if kind == .memo { #expect(effects.count == 1, "Esc saves a memo") }
        }
    }
}
