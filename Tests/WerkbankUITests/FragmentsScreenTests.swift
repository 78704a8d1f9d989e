import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// The Fragments screen: `f` opens it, `:filter` narrows it, `x` uncodes, Enter opens the
/// fragment in the reader.
@Suite struct FragmentsScreenTests {
    /// Runs a command line as the user types it.
    func command(_ workbench: Workbench, _ line: String) {
        workbench.press(.character(":"))
        workbench.type(line)
        workbench.press(.enter)
    }

    /// The rows of the rendered screen.
    func rows(_ workbench: Workbench) -> [String] {
        workbench.render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: The filter on the state

    @Test func filterDimensionsAddUpAndClear() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = workbench.state
        state.lists[.fragments] = ListState(selected: 3, offset: 2)
        state.feedback.fragmentsTop = 2

        var effects = state.applyFilter("code LOS", data: workbench.data)
        #expect(state.fragments.filter == FragmentFilter(codes: ["LOS"]))
        #expect(effects == [.loadFragments(FragmentFilter(codes: ["LOS"]))])
        #expect(state.screen == .fragments)
        #expect(state.list(.fragments) == ListState(), "a changed filter starts at the first fragment")
        #expect(state.feedback.fragmentsTop == nil)
        #expect(state.message == nil)

        _ = state.applyFilter("case Zorg 1", data: workbench.data)
        _ = state.applyFilter("role studenten", data: workbench.data)
        _ = state.applyFilter("kind Focus group", data: workbench.data)
        effects = state.applyFilter("coder bram", data: workbench.data)
        let narrowed = FragmentFilter(codes: ["LOS"], caseIDs: ["revalidatie-1"], roles: ["Studenten"], kinds: [.focusgroup],
                                      coders: ["Bram"])
        #expect(state.fragments.filter == narrowed)
        #expect(effects == [.loadFragments(narrowed)])

        // A dimension named again adds an alternative; any of a case's names will do.
        _ = state.applyFilter("code goc", data: workbench.data)
        _ = state.applyFilter("case revalidatie-2", data: workbench.data)
        _ = state.applyFilter("role Clienten", data: workbench.data)
        _ = state.applyFilter("case \"Revalidatie 1\"", data: workbench.data)
        #expect(state.fragments.filter.codes == ["LOS", "GOC"])
        #expect(state.fragments.filter.caseIDs == ["revalidatie-1", "revalidatie-2"])
        #expect(state.fragments.filter.roles == ["Studenten", "Cliënten"])
        #expect(state.fragmentFilterWords(data: workbench.data)
            == ["LOS or GOC", "Revalidatie 1 or Revalidatie 2", "Studenten or Cliënten", "focusgroup", "coder Bram"])

        _ = state.applyFilter("bron REV1-interview-manager", data: workbench.data)
        #expect(state.fragments.filter.sourceIDs == ["rev1-interview-manager"])
        #expect(state.fragmentFilterWords(data: workbench.data).last == "source rev1-interview-manager")

        effects = state.applyFilter("clear", data: workbench.data)
        #expect(state.fragments.filter == FragmentFilter())
        #expect(effects == [.loadFragments(FragmentFilter())])
        #expect(state.fragmentFilterWords(data: workbench.data).isEmpty)
    }

    @Test(arguments: [
        ("code XYZ", "No code named XYZ"),
        ("case Zorg 9", "No case named Zorg 9"),
        ("role Managers", "No role named Managers (Studenten, Ondersteuners, Professionals, Management, Cliënten)"),
        ("kind podcast", "No source kind podcast (interview, focusgroup, observation, document, questionnaire)"),
        ("coder Chris", "No coder named Chris (Anouk, Bram)"),
        ("source nope", "No source named nope"),
        ("colour red", ":filter code|case|role|kind|coder|source|and|not VALUE, :filter within overlap|turn, :filter ATTRIBUTE=VALUE, or :filter clear"),
        ("code", ":filter code|case|role|kind|coder|source|and|not VALUE, :filter within overlap|turn, :filter ATTRIBUTE=VALUE, or :filter clear"),
    ])
    func unknownValuesChangeNothing(words: String, expected: String) throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = workbench.state
        _ = state.applyFilter("code LOS", data: workbench.data)
        state.lists[.fragments] = ListState(selected: 4, offset: 0)
        let before = state.fragments.filter
        let effects = state.applyFilter(words, data: workbench.data)
        #expect(effects.isEmpty)
        #expect(state.fragments.filter == before)
        #expect(state.list(.fragments).selected == 4)
        #expect(state.message == StatusMessage(text: expected, isError: true))
    }

    @Test func fragmentsCommandSetsTheCode() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = workbench.state
        var effects = state.showFragments(of: "los", data: workbench.data)
        #expect(state.screen == .fragments)
        #expect(effects == [.loadFragments(FragmentFilter(codes: ["LOS"]))])
        _ = state.applyFilter("case Zorg 2", data: workbench.data)
        effects = state.showFragments(of: "SRI", data: workbench.data)
        #expect(state.fragments.filter == FragmentFilter(codes: ["SRI"], caseIDs: ["revalidatie-2"]), "the code is replaced, the rest stays")
        #expect(effects == [.loadFragments(state.fragments.filter)])
        #expect(state.showFragments(of: "", data: workbench.data) == [.loadFragments(state.fragments.filter)])
        #expect(state.showFragments(of: "NOPE", data: workbench.data).isEmpty)
        #expect(state.message?.text == "No code named NOPE")
        #expect(state.fragments.filter.codes == ["SRI"])
    }

    @Test func enterAndXAskForTheSelectedFragment() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("f"), .character("j"), .character("j"))
        let fragment = workbench.data.fragments[2]
        var state = workbench.state
        #expect(state.openSelectedFragment(data: workbench.data)
            == [.openSource(id: fragment.coding.sourceID, selecting: fragment.coding.range)])
        if fragment.coding.coder == state.coder {
            #expect(state.uncodeSelected(data: workbench.data) == [.removeCoding(fragment.coding)])
        } else {
            #expect(state.uncodeSelected(data: workbench.data).isEmpty, "another coder's coding: asked first")
            guard case .confirm(let question) = state.modal else { Issue.record("no question"); return }
            #expect(question.effects == [.removeCoding(fragment.coding)])
            state.modal = nil
        }
        // A selection left past the end (after the last fragment was uncoded) means the last.
        state.lists[.fragments] = ListState(selected: workbench.data.fragments.count + 3)
        #expect(state.selectedFragment(in: workbench.data) == workbench.data.fragments.last)
    }

    // MARK: Key scripts

    @Test func fOpensEveryFragmentWithItsHeader() throws {
        let (workbench, folder) = try makeWorkbench(width: 200, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("f"))
        #expect(workbench.state.screen == .fragments)
        let all = try workbench.project.fragments()
        #expect(workbench.data.fragments.count == all.count)
        // The last page's quotes are read once it comes into view (decision 77).
        #expect(workbench.data.fragments.first == all.first)
        #expect(workbench.data.fragments.map(\.id) == all.map(\.id))
        let screen = rows(workbench)
        #expect(screen[1].hasPrefix("┌ Fragments — \(all.count) ─"))
        let first = all[0]
        let speaker = try #require(first.speaker)
        let role = try #require(first.role)
        let header = "██ \(first.coding.code)  \(first.caseName) · \(first.sourceTitle) · \(speaker) (\(role)) · \(first.coding.coder)"
        #expect(screen[2] == "│" + DisplayWidth.pad(header, to: 198) + "│")
        #expect(screen[3].hasPrefix("│   “" + first.quote.prefix(20)))
    }

    @Test func filterFromTheCommandLine() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("f"))
        command(workbench, "filter code LOS")
        #expect(workbench.state.fragments.filter == FragmentFilter(codes: ["LOS"]))
        #expect(workbench.data.fragments.count == (try workbench.project.fragments(FragmentFilter(codes: ["LOS"]))).count)
        workbench.press(.character("j"))
        command(workbench, "filter case Zorg 1")
        #expect(workbench.state.list(.fragments).selected == 0)
        command(workbench, "filter role Studenten")
        command(workbench, "filter coder Bram")
        let filter = FragmentFilter(codes: ["LOS"], caseIDs: ["revalidatie-1"], roles: ["Studenten"], coders: ["Bram"])
        let expected = try workbench.project.fragments(filter)
        #expect(!expected.isEmpty)
        #expect(workbench.data.fragments.prefix(expected.count + 1).map(\.id) == expected.map(\.id))
        #expect(rows(workbench)[1].hasPrefix("┌ Fragments · LOS · Revalidatie 1 · Studenten · coder Bram — \(expected.count) ─"))

        command(workbench, "filter role Managers")
        #expect(workbench.state.message?.isError == true)
        #expect(workbench.data.fragments.prefix(expected.count + 1).map(\.id) == expected.map(\.id))

        command(workbench, "filter clear")
        #expect(workbench.data.fragments.count == (try workbench.project.fragments()).count)
        command(workbench, "fragments GOC")
        let goc = try workbench.project.fragments(FragmentFilter(codes: ["GOC"]))
        #expect(workbench.data.fragments.count == goc.count && workbench.data.fragments.first == goc.first)
    }

    @Test func filterFromAnotherScreenGoesToTheFragments() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter code VOR")
        #expect(workbench.state.screen == .fragments)
        #expect(workbench.data.fragments.count == (try workbench.project.fragments(FragmentFilter(codes: ["VOR"]))).count)
        workbench.press(.escape)
        #expect(workbench.state.screen == .cases)
    }

    @Test func anEmptyResultSaysSo() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter case Jeugdzorg")
        command(workbench, "filter role Cliënten")
        #expect(workbench.data.fragments.isEmpty)
        let screen = rows(workbench)
        #expect(screen[1].hasPrefix("┌ Fragments · Jeugdzorg · Cliënten — 0 ─"))
        #expect(screen[2].hasPrefix("│" + workbench.state.text(.labelNoMatchingFragments)))
        // Nothing to remove or open.
        workbench.press(.character("x"), .enter)
        #expect(workbench.state.screen == .fragments)
    }

    @Test func xRemovesTheSelectedCoding() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter code LOS")
        command(workbench, "filter case Zorg 1")
        // The user's own codings: another coder's are removed only after a question.
        command(workbench, "filter coder Anouk")
        let before = workbench.data.fragments
        try #require(before.count > 3)
        workbench.press(.character("j"))
        let removed = before[1]
        workbench.press(.character("x"))
        #expect(throws: ProjectError.unknownCoding(removed.coding.id)) { try workbench.project.coding(removed.coding.id) }
        #expect(workbench.data.fragments.count == before.count - 1)
        #expect(!workbench.data.fragments.contains { $0.id == removed.id })
        #expect(workbench.state.selectedFragment(in: workbench.data) == before[2], "the next fragment is selected")
        #expect(!workbench.render().text.contains(String(removed.quote.prefix(40))))

        // The last fragment: the selection moves up to the new last one.
        workbench.press(.character("G"), .character("x"))
        #expect(workbench.data.fragments.count == before.count - 2)
        #expect(workbench.state.selectedFragment(in: workbench.data) == workbench.data.fragments.last)
    }

    /// Needs Workbench.reloadAfterEdit to read the fragments again (see the report).
    @Test func undoAfterXBringsTheFragmentBack() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter code VMM")
        let before = workbench.data.fragments
        let removed = try #require(workbench.state.selectedFragment(in: workbench.data))
        workbench.press(.character("x"))
        #expect(workbench.data.fragments.count == before.count - 1)
        workbench.press(.character("u"))
        #expect(try workbench.project.coding(removed.coding.id) == removed.coding)
        #expect(workbench.data.fragments.count == before.count)
        #expect(workbench.data.fragments.first == removed)
    }

    @Test func xIsRefusedReadOnly() throws {
        let (workbench, folder) = try makeWorkbench(readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("f"))
        let count = workbench.data.fragments.count
        let fragment = try #require(workbench.state.selectedFragment(in: workbench.data))
        workbench.press(.character("x"))
        #expect(workbench.state.message == StatusMessage(text: "Not possible while read-only (started with --read-only): remove the selected fragment's coding", isError: true))
        #expect(try workbench.project.coding(fragment.coding.id) == fragment.coding)
        #expect(workbench.data.fragments.count == count)
    }

    @Test func enterOpensTheReaderAtTheFragment() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter code SRI")
        workbench.press(.character("j"), .character("j"), .character("j"))
        let fragment = try #require(workbench.state.selectedFragment(in: workbench.data))
        workbench.press(.enter)
        #expect(workbench.state.screen == .source)
        #expect(workbench.data.source?.id == fragment.coding.sourceID)
        #expect(workbench.state.selection(in: workbench.data) == fragment.coding.range)
        // Esc may first clear the reader's selection; then it goes back.
        for _ in 0..<3 where workbench.state.screen == .source { workbench.press(.escape) }
        #expect(workbench.state.screen == .fragments)
        #expect(workbench.data.fragments.count == (try workbench.project.fragments(FragmentFilter(codes: ["SRI"]))).count)
    }

    @Test func theSelectedFragmentStaysInView() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter code LOS")
        let fragments = workbench.data.fragments
        try #require(fragments.count > 12)
        func top() -> Int? { workbench.state.feedback.fragmentsTop }
        func shows(_ fragment: Fragment) -> Bool {
            workbench.render().text.contains("██ LOS  \(fragment.caseName) · ")
                && rows(workbench).contains { $0.contains("“" + fragment.quote.prefix(12)) }
        }
        _ = workbench.render()
        #expect(top() == 0)
        for step in 1...12 {
            workbench.press(.character("j"))
            #expect(shows(fragments[step]))
        }
        let scrolled = try #require(top())
        #expect(scrolled > 0)
        // Moving up inside the view does not scroll it.
        workbench.press(.character("k"))
        _ = workbench.render()
        #expect(top() == scrolled)
        workbench.press(.character("G"))
        #expect(shows(fragments[fragments.count - 1]))
        #expect(rows(workbench)[21].hasPrefix("└"), "the last fragment ends the list")
        workbench.press(.character("g"))
        _ = workbench.render()
        #expect(top() == 0)
    }

    /// `G` from the top of a long list lays out only what the screen can show, and shows the
    /// same as before that (the last fragment whole, ending the list).
    @Test func gOnALongListShowsTheLastFragment() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("f"))
        let sample = try #require(workbench.data.fragments.first)
        var long = workbench.data
        long.fragments = (0..<20_000).map { index in
            var fragment = sample
            fragment.coding.id = UUID()
            fragment.quote = "Fragment \(index): " + sample.quote
            return fragment
        }
        var state = workbench.state
        state.lists[.fragments] = ListState(selected: long.fragments.count - 1, offset: 0)
        state.feedback.fragmentsTop = 0
        let (buffer, feedback) = Renderer(state: state, data: long).render()
        let screen = buffer.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(screen.contains { $0.contains("“Fragment 19999: ") })
        #expect(screen[21].hasPrefix("└"))
        let top = try #require(feedback.fragmentsTop)
        #expect(top > long.fragments.count - 12 && top < long.fragments.count - 1)
    }

    @Test func theSelectedFragmentIsHighlighted() throws {
        let theme = Theme(name: "t", scopes: ["ui.selection": StyleSpec(foreground: .ansi(0), background: .ansi(6))])
        let (workbench, folder) = try makeWorkbench(theme: theme)
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter code LOS")
        workbench.press(.character("j"))
        let buffer = workbench.render()
        let selected = (0..<buffer.height).filter { buffer[40, $0].style.background == .ansi(6) }
        let first = try #require(selected.first)
        #expect(selected == Array(first..<(first + selected.count)), "one block of rows")
        #expect((2...4).contains(selected.count))
        let fragment = try #require(workbench.data.fragments.dropFirst().first)
        #expect(buffer.text(ofRow: first).hasPrefix("│██ LOS  \(fragment.caseName) · "))
        #expect(buffer.text(ofRow: first + selected.count).hasPrefix("│██ LOS  "), "the next fragment follows")
        // The swatch keeps the code's colour on the selection.
        let los = try #require(workbench.data.study.codebook.code("LOS"))
        let swatch = workbench.state.codeStyle(theme.codeColour("LOS", fallback: .rgb(los.colour.red, los.colour.green, los.colour.blue)))
        #expect(buffer[1, first].style == Style(foreground: swatch.foreground, background: .ansi(6)))
        #expect(buffer[12, first].style.foreground == .ansi(0))
    }

    // MARK: Layout

    @Test func longQuotesAreCutToTwoRowsAndMemosShown() {
        let state = AppState(language: .en, readOnly: false, coder: "Anouk", projectName: "p", theme: Theme(name: "plain"),
                             colorProfile: .ansi16)
        let data = WorkbenchData(study: sampleStudy, sourcesByCase: [:], fragmentsByCase: [:])
        let long = String(repeating: "Wij leren hier samen met de studenten en de docenten.\n", count: 10)
        let coding = Coding(sourceID: "s", range: ScalarRange(start: 0, end: 10), code: "GOC", coder: "Bram",
                            memo: "Een memo\nover twee regels")
        let fragment = Fragment(coding: coding, caseID: "c", caseName: "Zorg", sourceTitle: "Een heel lange titel van een bron",
                                sourceKind: .interview, speaker: "I", role: nil, quote: long)
        let screen = FragmentsScreen(state: state, data: data)
        let rows = screen.block(of: fragment, selected: false, width: 40).map(\.plainText)
        #expect(rows == ["██ GOC  Zorg · Een heel lang… · I · Bram",
                         "   “Wij leren hier samen met de",
                         "   studenten en de docenten. Wij leren…”",
                         "   Een memo over twee regels"])
        // The same stretch coded by someone else: the same quote, another header.
        var other = fragment
        other.coding.id = UUID()
        other.coding.coder = "Anouk"
        #expect(screen.block(of: other, selected: false, width: 40)[0].plainText == "██ GOC  Zorg · Een heel lan… · I · Anouk")
        var short = fragment
        short.quote = "Kort."
        short.coding.memo = nil
        #expect(screen.block(of: short, selected: true, width: 40).map(\.plainText)
            == ["██ GOC  Zorg · Een heel lang… · I · Bram", "   “Kort.”"])
        // Too narrow for the title: it goes, speaker and coder stay.
        #expect(screen.block(of: short, selected: false, width: 24)[0].plainText == "██ GOC  Zorg · I · Bram")
        for width in 10...60 {
            #expect(screen.block(of: fragment, selected: false, width: width).allSatisfy { $0.width <= width })
        }
    }

    @Test func dutchTitle() throws {
        let (workbench, folder) = try makeWorkbench(language: .nl)
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter code LOS")
        command(workbench, "filter code GOC")
        command(workbench, "filter codeur Bram")
        #expect(rows(workbench)[1].hasPrefix("┌ Fragmenten · LOS of GOC · codeur Bram — \(workbench.data.fragments.count) ─"))
    }

    // MARK: Snapshot

    @Test func snapshot80x24() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        command(workbench, "filter code LOS")
        command(workbench, "filter case Zorg 1")
        command(workbench, "filter coder Bram")
        workbench.press(.character("j"))
        expectScreen(workbench, "fragments-80x24", Self.fragments80x24)
        #expect(workbench.state.feedback.fragmentsPage == 7, "a page: the fragments shown whole")
    }

    static let fragments80x24 = """
        1│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Fragments · LOS · Revalidatie 1 · coder Bram — 22 ───────────────────────────┐
        │██ LOS  Revalidatie 1 · Focusgroep met docenten… · P1 (Professionals) · Bram  │
        │   “Die komen met de nieuwste richtlijnen, die vragen: waarom doe je dat      │
        │   zo?”                                                                       │
        │██ LOS  Revalidatie 1 · Focusgroep met docenten… · O3 (Ondersteuners) · Bram  │
        │   “Er is niet een programma voor studenten en een programma voor             │
        │   personeel. Het is één programma.”                                          │
        │██ LOS  Revalidatie 1 · Focusgroep met docenten… · O2 (Ondersteuners) · Bram  │
        │   “Maar nu kijken we samen naar de studenten, we hebben samen een            │
        │   beoordelingsmoment ontwikkeld voor de interprofessionele intake. Ik heb h…”│
        │██ LOS  Revalidatie 1 · Focusgroep met docenten… · O1 (Ondersteuners) · Bram  │
        │   “Dat we als docenten hier ook lerenden zijn. Niemand weet alles.”          │
        │██ LOS  Revalidatie 1 · Korte focusgroep met revalidan… · C1 (Cliënten) · Bram│
        │   “En het mooie is, hij en dat meisje van de ergotherapie, die doen het      │
        │   samen.”                                                                    │
        │██ LOS  Revalidatie 1 · Korte focusgroep met revalidan… · C2 (Cliënten) · Bram│
        │   “En daar hebben ze samen een plan voor gemaakt.”                           │
        │██ LOS  Revalidatie 1 · Korte focusgroep met revalidan… · C3 (Cliënten) · Bram│
        │   “Ik zag laatst dat de fysiotherapeut, een oudere mevrouw, aan de student   │
        │   vroeg hoe het zat met een nieuwe oefening.”                                │
        └──────────────────────────────────────────────────────────────────────────────┘
         FRAGMENTS  sample.werkbank · coder Anouk                                ? help
         ↑↓ move  Enter open  u undo  Esc back  1-8 f 9 screens  : command  ? help
        """
}
