import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// The Search screen: `/` from any screen outside the reader, hits as keyword in context
/// grouped by case, marking and coding them as one undoable step.
@Suite struct SearchScreenTests {
    /// Two cases with a source each: Dutch diacritics, a combining accent, wide characters
    /// and an emoji around the hits; Bram coded the second turn of the first with LOS.
    static func study() -> Study {
        var study = sampleStudy
        let first = "I: Hoe gaat het met de Cliënten en de samenwerking?\n\nC1: Ja, de Clie\u{0308}nten in 日本 leren samenwerken 👍 met "
            + "de studenten. Cliënten vragen veel. Dat merk je wel.\n\nI: Dank je."
        let second = "I: En de clienten hier?\n\nS1: Wij werken met cliënten, docenten en 漢字 samen."
        let firstTurns = SourceFileTurns.turns(first)
        study.sources = [
            Source(id: "klein", caseID: "revalidatie-1", title: "Klein gesprek", kind: .interview, date: "2023-01-01",
                   interviewers: ["I"], participants: [Participant(id: "C1", role: "Cliënten")], text: first, turns: firstTurns),
            Source(id: "kort", caseID: "revalidatie-2", title: "Kort gesprek", kind: .interview, date: "2023-02-01",
                   interviewers: ["I"], participants: [Participant(id: "S1", role: "Studenten")], text: second,
                   turns: SourceFileTurns.turns(second)),
        ]
        study.codings = [Coding(sourceID: "klein", range: firstTurns[1].range, code: "LOS", coder: "Bram")]
        return study
    }

    func search(_ workbench: Workbench, _ query: String) {
        workbench.press(.character("/"))
        workbench.type(query)
        workbench.press(.enter)
    }

    @Test func slashOpensTheScreenAndEnterSearches() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("3"))
        workbench.press(.character("/"))
        #expect(workbench.state.screen == .search && workbench.state.overlay == .projectSearch)
        workbench.type("clienten")
        workbench.press(.enter)
        #expect(workbench.state.overlay == nil)
        #expect(workbench.data.searchHits.map(\.match) == ["Cliënten", "Clie\u{0308}nten", "Cliënten", "clienten", "cliënten"])
        #expect(workbench.data.searchCounts.map { "\($0.caseID)=\($0.hits)" } == ["revalidatie-1=3", "revalidatie-2=2"])
        // Esc goes back to where `/` was pressed.
        workbench.press(.escape)
        #expect(workbench.state.screen == .respondents)
        // `:search` runs a query at once; ↑ in the prompt brings back the last query.
        workbench.press(.character(":"))
        workbench.type("search samenwerk*")
        workbench.press(.enter)
        #expect(workbench.state.screen == .search && workbench.data.searchHits.map(\.match) == ["samenwerking", "samenwerken"])
        workbench.press(.character("/"), .up)
        #expect(workbench.state.search.input?.text == "samenwerk*")
    }

    @Test func keywordInContextAt80x24() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        search(workbench, "clienten")
        workbench.press(.down, .down, .character(" "))
        expectScreen(workbench, "search-80x24", """
            1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
            ┌ Search · clienten — 5 hits in 2 cases · by case · 1 marked ──────────────────┐
            │Revalidatie 1 — 3                                                             │
            │  …e gaat het met de Cliënten en de samenwerking?   I · klein · revalidatie-1 │
            │              Ja, de Cliënten in 日本 leren samenw… C1 (Cliënten) · klein     │
            │● …met de studenten. Cliënten vragen veel. Dat mer… C1 (Cliënten) · klein     │
            │Revalidatie 2 — 2                                                             │
            │               En de clienten hier?                 I · kort · revalidatie-2  │
            │      Wij werken met cliënten, docenten en 漢字 sa… S1 (Studenten) · kort     │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             SEARCH  sample.werkbank · coder Anouk                                   ? help
             ↑↓ move  / search  Enter open  Space mark  a all  c pick a code  b case/source
            """)
    }

    @Test func keywordInContextWide() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 14, study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        search(workbench, "clienten")
        workbench.press(.character("b"))
        expectScreen(workbench, "search-120x14", """
            1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
            ┌ Search · clienten — 5 hits in 2 cases · by source ───────────────────────────────────────────────────────────────────┐
            │Revalidatie 1 · klein — 3                                                                                             │
            │             Hoe gaat het met de Cliënten en de samenwerking?                    I · klein · revalidatie-1            │
            │                          Ja, de Cliënten in 日本 leren samenwerken 👍 met de s… C1 (Cliënten) · klein · revalidatie-1│
            │  …enwerken 👍 met de studenten. Cliënten vragen veel. Dat merk je wel.          C1 (Cliënten) · klein · revalidatie-1│
            │Revalidatie 2 · kort — 2                                                                                              │
            │                           En de clienten hier?                                  I · kort · revalidatie-2             │
            │                  Wij werken met cliënten, docenten en 漢字 samen.               S1 (Studenten) · kort · revalidatie-2│
            │                                                                                                                      │
            │                                                                                                                      │
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
             SEARCH  sample.werkbank · coder Anouk                                                                           ? help
             ↑↓ move  / search  Enter open  Space mark  a all  c pick a code  b case/source  r regex  u undo  Esc back
            """)
    }

    /// The hit starts in the same column on every row, whatever the characters before it.
    @Test func hitsLineUpInOneColumn() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        search(workbench, "clienten")
        let rows = workbench.render().text.split(separator: "\n").dropFirst(2).map(String.init)
        let columns = rows.compactMap { row -> Int? in
            guard let range = row.range(of: "Cli") ?? row.range(of: "cli") else { return nil }
            return DisplayWidth.of(String(row[..<range.lowerBound]))
        }
        #expect(columns.count == 5)
        #expect(Set(columns).count == 1, "hits in columns \(columns)")
    }

    @Test func enterOpensTheSourceWithTheHitSelected() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        search(workbench, "clienten")
        workbench.press(.down, .enter)
        let hit = workbench.data.searchHits[1]
        #expect(workbench.state.screen == .source && workbench.data.source?.id == "klein")
        #expect(workbench.state.reader.selectedRange == hit.range)
        #expect(workbench.data.source?.text.scalars(in: hit.range) == "Clie\u{0308}nten")
        // The reader keeps its own `/`.
        workbench.press(.character("/"))
        #expect(workbench.state.overlay == .search)
    }

    @Test func markedHitsAreCodedAsOneStepThatUUndoes() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        search(workbench, "clienten")
        workbench.press(.down, .character(" "), .character(" "))
        #expect(workbench.state.search.marked == [1, 2] && workbench.state.list(.search).selected == 3)
        workbench.press(.character("c"))
        workbench.type("LOS")
        workbench.press(.enter)
        guard case .autocodeUnit(let question) = workbench.state.modal else {
            Issue.record("no unit asked: \(String(describing: workbench.state.modal))")
            return
        }
        #expect(question == AutocodeQuestion(code: "LOS", hits: 2))
        workbench.press(.character("s"))
        // Both hits lie in one turn but in two sentences: two codings, both overlap Bram's turn.
        #expect(workbench.state.message?.text == "2 codings made with LOS, 2 overlapping existing ones (u undoes them all)")
        #expect(workbench.state.search.marked.isEmpty)
        let text = workbench.data.sourcesByCase["revalidatie-1"].map { _ in try? workbench.project.source("klein").text } ?? nil
        let mine = try workbench.project.codings(inSource: "klein").filter { $0.coder == "Anouk" }
        #expect(mine.compactMap { text?.scalars(in: $0.range) }
                == ["Ja, de Clie\u{0308}nten in 日本 leren samenwerken 👍 met de studenten.", "Cliënten vragen veel."])
        workbench.press(.character("u"))
        #expect(workbench.state.message?.text.hasPrefix("Undone: autocode LOS ×2") == true)
        #expect(try workbench.project.codings(inSource: "klein").filter { $0.coder == "Anouk" }.isEmpty)

        // `a` marks every hit; the turn unit codes each turn once.
        workbench.press(.character("a"), .character("c"))
        workbench.type("GOC")
        workbench.press(.enter, .character("t"))
        #expect(workbench.state.message?.text == "4 codings made with GOC, 0 overlapping existing ones (u undoes them all)")
        // Esc at the unit question codes nothing.
        workbench.press(.character("c"), .enter, .escape)
        #expect(workbench.state.message?.text == "Nothing coded" && workbench.state.modal == nil)
    }

    @Test func aBadQuerySaysWhereAndRegexAndGroupingToggle() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        search(workbench, "de \"werk")
        #expect(workbench.state.message == StatusMessage(text: "search 'de \"werk', at character 4: a phrase is not closed with \"", isError: true))
        #expect(workbench.data.searchHits.isEmpty)
        search(workbench, "cli.nten")
        #expect(workbench.data.searchHits.isEmpty)
        workbench.press(.character("r"))
        #expect(workbench.state.search.regex)
        #expect(workbench.data.searchHits.map(\.match) == ["Cliënten", "Clie\u{0308}nten", "Cliënten", "clienten", "cliënten"],
                "a regex matches whole characters")
        search(workbench, "(unclosed")
        #expect(workbench.state.message == StatusMessage(
            text: "search '(unclosed', at character 1: not a regular expression (expected ')')", isError: true))
        workbench.press(.character("r"))
        search(workbench, "clienten")
        workbench.press(.character("b"))
        #expect(workbench.render().text.contains("Revalidatie 1 · klein — 3"))
    }

    @Test func readOnlySearchesButDoesNotCode() throws {
        let (workbench, folder) = try makeWorkbench(readOnly: true, study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        search(workbench, "clienten")
        #expect(workbench.data.searchHits.count == 5)
        workbench.press(.character(" "), .character("c"))
        #expect(workbench.state.modal == nil)
        #expect(workbench.state.message?.text.hasPrefix("Not possible while read-only") == true)
    }
}
