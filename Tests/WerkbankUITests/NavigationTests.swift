import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankStore
@testable import WerkbankUI

/// Getting from what a screen shows to where it is in a source, and seeing every screen and
/// every row (issue 11, confusing items).
@Suite struct NavigationTests {
    /// Findings tab: ↑↓ choose a quote, Enter opens its source with the quote selected.
    @Test func enterOnAFindingsQuoteOpensItsSourceAtTheQuote() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("j"), .enter, .character("l"), .character("l"), .character("l"))
        #expect(workbench.state.studyCase.tab == .findings)
        let quotes = workbench.state.findingQuotes(in: workbench.data)
        #expect(quotes.count >= 3)
        workbench.press(.character("j"), .character("j"), .enter)
        #expect(workbench.state.screen == .source)
        #expect(workbench.data.source?.id == quotes[2].coding.sourceID)
        #expect(workbench.state.selection(in: workbench.data) == quotes[2].coding.range)
        workbench.press(.escape, .escape)
        #expect(workbench.state.screen == .studyCase && workbench.state.studyCase.tab == .findings)
        #expect(workbench.state.list(.findings).selected == 2, "back on the quote that was opened")
    }

    /// A chosen quote far down the findings is scrolled into view with its lines.
    @Test func theChosenQuoteStaysInView() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("j"), .enter, .character("l"), .character("l"), .character("l"))
        let quotes = workbench.state.findingQuotes(in: workbench.data)
        workbench.press(.character("G"))
        let last = try #require(workbench.data.findings[workbench.data.cases[1].id]?.last(where: { !$0.firstFragments.isEmpty }))
        let shown = workbench.render().text
        #expect(workbench.state.list(.findings).selected == quotes.count - 1)
        #expect(shown.contains(String(last.firstQuotes.last!.prefix(30))), "the last quote is on screen:\n\(shown)")
    }

    /// Disagreements: each coder's own stretch and its text on a line of its own; Enter opens
    /// the source with the stretch selected.
    @Test func disagreementsShowEachCodersStretchAndOpenTheSource() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("7"))
        // The first stretch both coders coded, on screen as the second or later.
        let index = try #require(workbench.data.disagreements.firstIndex { !$0.codingsA.isEmpty && !$0.codingsB.isEmpty })
        for _ in 0..<index { workbench.press(.down) }
        let first = workbench.data.disagreements[index]
        let text = try workbench.project.source(first.sourceID).text
        let screen = workbench.render().text
        for (key, coder, codings) in [(1, "Anouk", first.codingsA), (2, "Bram", first.codingsB)] {
            let coding = try #require(codings.first)
            let words = try #require(text.scalars(in: coding.range)).split(separator: " ").prefix(3).joined(separator: " ")
            #expect(screen.contains("\(key) \(coder) \(coding.range): “\(words)"), "\(coder)'s own stretch:\n\(screen)")
        }
        workbench.press(.enter)
        #expect(workbench.state.screen == .source)
        #expect(workbench.data.source?.id == first.sourceID)
        #expect(workbench.state.selection(in: workbench.data) == first.range)
        #expect(Set(workbench.state.codingsHere(in: workbench.data).map(\.coder)).isSuperset(of: ["Anouk", "Bram"]))
    }

    /// A coder without a coding in the stretch is said in words.
    @Test func aCoderWhoDidNotCodeTheStretchIsSaid() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("7"))
        let index = try #require(workbench.data.disagreements.firstIndex { $0.codingsB.isEmpty })
        for _ in 0..<index { workbench.press(.down) }
        let stretch = workbench.data.disagreements[index]
        #expect(workbench.render().text.contains("2 Bram: — did not code \(stretch.code) here"))
    }

    /// A case's sources are listed by date (the order of the fieldwork), not by their ids,
    /// and Enter opens the one shown.
    @Test func sourcesAreListedByDateAndOpenAsShown() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("j"), .enter, .character("l"), .character("l"))
        let listed = try #require(workbench.data.sourcesByCase[workbench.data.cases[1].id])
        #expect(listed.map { $0.date ?? "" } == listed.map { $0.date ?? "" }.sorted())
        #expect(listed.map(\.id) != listed.map(\.id).sorted(), "the sample's ids are in another order")
        let rows = workbench.render().text.split(separator: "\n")
        #expect(rows[5].contains("2023-02-28") && rows[5].contains("Observatie van een kli"), "\(rows[5])")
        workbench.press(.enter)
        #expect(workbench.data.source?.id == listed[0].id)
    }

    @Test func undatedSourcesComeLastThenByTitle() {
        func source(_ id: String, _ title: String, _ date: String?) -> SourceSummary {
            SourceSummary(id: id, caseID: "c", title: title, kind: .interview, date: date, participants: [], length: 0, words: 0, codingCount: 0)
        }
        let sorted = WorkbenchData.byCase([source("a", "Zeta", nil), source("b", "Beta", "2023-05-01"), source("c", "Alfa", nil),
                                           source("d", "Gamma", "2023-01-01"), source("e", "Alfa", "2023-05-01")])["c"]
        #expect(sorted?.map(\.id) == ["d", "e", "b", "c", "a"])
    }

    /// At 80 columns a source's title keeps more than the participant ids beside it.
    @Test func sourceTitlesGetTheRoomOfTheParticipants() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("j"), .enter, .character("l"), .character("l"))
        let row = String(workbench.render().text.split(separator: "\n")[5])
        #expect(row.contains("Observatie van een kli… "), "\(row)")
        #expect(row.contains("O1 O3 P1 P2…"), "\(row)")
    }

    /// Every screen a key goes to has a tab: 7, 8 and f too. At 80 columns the titles are
    /// shortened to fit; at 200 they are whole. The hints name every screen key there is.
    @Test func theTabBarHasEveryScreenAndTheHintsEveryScreenKey() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(workbench.render().text(ofRow: 0) == "1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9")
        let top = workbench.render().text(ofRow: 0)
        let column = try #require(top.range(of: "f Frag.")).lowerBound.utf16Offset(in: top)
        workbench.handle(.mouse(MouseEvent(kind: .press(button: 1), x: column + 1, y: 0)))
        #expect(workbench.state.screen == .fragments)
        #expect(workbench.render().text(ofRow: 23).contains("1-8 f 9 screens"))
        workbench.press(.character("7"))
        #expect(workbench.render().text(ofRow: 0) == "Cases│Case│Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.",
                "on Disagreements 1, 2 and 3 decide")

        let (wide, wideFolder) = try makeWorkbench(width: 200, height: 60)
        defer { try? FileManager.default.removeItem(at: wideFolder) }
        #expect(wide.render().text(ofRow: 0)
            == "1 Cases │ 2 Case │ 3 Respondents │ 4 Model │ 5 Help │ 6 Matrix │ 7 Disagreements │ 8 Analysis │ f Fragments │ 9 Synthesis")
        wide.press(.character("j"), .enter, .character("l"), .character("l"), .enter)
        #expect(wide.render().text(ofRow: 0).hasPrefix("Cases │ Case │ Respondents │ Model │ Help │ Matrix │ 7 Disagreements"))

        // On every screen the hint counts the keys the tab bar shows.
        for screen in ScreenKind.allCases where !screen.isDialog {
            let keys = AppState.tabScreens.compactMap { ActionTable.screenKey(for: $0, on: screen) }
            let hint = ActionTable.hints(for: screen, readOnly: false, canGoBack: true).first { $0.label == .hintScreens }
            let shown = hint?.keys.split(separator: " ").flatMap { part -> [String] in
                let ends = part.split(separator: "-")
                guard ends.count == 2, let from = Int(ends[0]), let to = Int(ends[1]) else { return [String(part)] }
                return (from...to).map(String.init)
            }
            #expect(shown == keys, "\(screen): hint \(hint?.keys ?? "none"), tabs \(keys)")
        }
    }

    /// At 50×12 the Cases list shows one case at a time and says how many are out of view.
    @Test func theCasesListScrollsWithAMarkInASmallTerminal() throws {
        let (workbench, folder) = try makeWorkbench(width: 50, height: 12)
        defer { try? FileManager.default.removeItem(at: folder) }
        expectScreen(workbench, "cases-50x12", """
            1 Cases│2 Case│3 Resp.│4 Model│5 Help│6│7│8│f│9
            ┌ Cases ─────────────────────────────────────────┐
            │#  Case         Table label   Resp.  Src.  Frag.│
            │1  Jeugdzorg    Jeugdgezond…      9     4    119│
            └───────────────────────────────────── ▼ 3 more ─┘
            ┌ Jeugdzorg (Jeugdgezondheid) ───────────────────┐
            │Case: 1 · Jeugdzorg                             │
            │In the respondent table: Jeugdgezondheid        │
            │Sector: Jeugdzorg en jeugdgezondheid            │
            └────────────────────────────────────────────────┘
             CASES  sample.werkbank · coder Anouk      ? help
             ↑↓ move  Enter open  Tab pane  1-8 f 9 screens
            """)
        workbench.press(.character("j"), .character("j"))
        let middle = workbench.render().text
        #expect(middle.contains("│3  Sociale zo") && middle.contains("▲ 2 more  ▼ 1 more"), "\(middle)")
        workbench.press(.character("G"))
        let end = workbench.render().text
        #expect(end.contains("│4  Revalidati") && end.contains("▲ 3 more ─") && !end.contains("▼"), "\(end)")
    }
}
