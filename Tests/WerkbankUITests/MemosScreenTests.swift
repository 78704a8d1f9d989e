import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// The Memos screen: every memo of every kind, its filters, opening what a memo belongs to,
/// and free memos written, edited and deleted from the keys.
@Suite struct MemosScreenTests {
    static let written = Date(timeIntervalSince1970: 1_796_000_000)

    /// The sample study with two free memos of fixed times (the screen shows the date).
    static var study: Study {
        var study = sampleStudy
        study.memos = [
            FreeMemo(id: .stable(from: "memo-1"), title: "Cliënten en de professionele werkplaats",
                     text: "Cliënten worden zelden genoemd als deelnemer. Geldt dat voor alle casussen, of vooral voor revalidatie?",
                     author: "Anouk", subject: .case("revalidatie-1"), created: written, modified: written),
            FreeMemo(id: .stable(from: "memo-2"), title: "Gedeelde visie",
                     text: "Zie Wenger over leren als deelnemen.", author: "Bram",
                     subject: .literature(LiteratureReference(author: "Wenger", year: "1998", title: "Communities of practice")),
                     created: written, modified: written),
        ]
        return study
    }

    /// Runs a `:` command as typed, with its effects.
    private func command(_ workbench: Workbench, _ line: String) {
        workbench.press(.character(":"))
        workbench.type(line)
        workbench.press(.enter)
    }

    private func type(_ workbench: Workbench, _ text: String) {
        for character in text { workbench.press(character == "\n" ? .enter : .character(character)) }
    }

    @Test func theListAt80x24() throws {
        for language in [Language.en, .nl] {
            let (workbench, folder) = try makeWorkbench(language: language, study: Self.study)
            defer { try? FileManager.default.removeItem(at: folder) }
            try workbench.project.setMemo(on: .source("jz-interview-manager"), text: "Bronmemo: één interview, één Cliënt")
            workbench.press(.character("M"))
            #expect(workbench.state.screen == .memos)
            expectScreen(workbench, "memos-80x24-\(language.rawValue)", language == .en ? memosEN : memosNL)
        }
    }

    @Test func keysFilterByKindAuthorAndElement() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study)
        defer { try? FileManager.default.removeItem(at: folder) }
        let coding = try workbench.project.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 5, end: 40), code: "VOR",
                                                     coder: "Chris", memo: "Codeermemo")
        try workbench.project.setMemo(on: .case("jeugdzorg"), text: "Casusmemo")
        workbench.press(.character("M"))
        let all = try workbench.project.allMemos()
        #expect(workbench.state.visibleMemos(workbench.data).count == all.count)
        workbench.press(.character("t"))
        #expect(workbench.state.visibleMemos(workbench.data).map(\.kind) == [.free, .free])
        workbench.press(.character("t"))
        #expect(workbench.state.visibleMemos(workbench.data).allSatisfy { $0.kind == .coding })
        for _ in 0..<4 { workbench.press(.character("t")) }
        #expect(workbench.state.memos.filter.kinds.isEmpty)
        workbench.press(.character("a"))
        let firstAuthor = Set(all.compactMap(\.author)).sorted()[0]
        #expect(workbench.state.memos.filter.author == firstAuthor)
        #expect(workbench.state.visibleMemos(workbench.data).allSatisfy { $0.author == firstAuthor })
        workbench.press(.character("c"), .character("c"), .character("c"), .character("c"), .character("c"))
        #expect(workbench.state.memos.filter.code == "VOR")
        // :filter on this screen filters memos; clear shows every one again.
        command(workbench, "filter clear")
        command(workbench, "filter code VOR")
        let onVOR = workbench.state.visibleMemos(workbench.data)
        #expect(onVOR.contains { $0.codingID == coding.id } && onVOR.allSatisfy { $0.element == "VOR" })
        command(workbench, "filter kind spreadsheet")
        #expect(workbench.state.message?.isError == true)
        command(workbench, "filter clear")
        command(workbench, "memos clienten REVALIDATIE")
        #expect(workbench.state.visibleMemos(workbench.data).map(\.memoID) == [.stable(from: "memo-1")])
        #expect(workbench.render().text.contains("Memos · “clienten REVALIDATIE” — 1 / \(all.count)"))
        // `F` finds a row in the list, accents aside (`/` searches the project, decision 51).
        command(workbench, "filter clear")
        workbench.press(.character("F"))
        workbench.type("WENGER")
        workbench.press(.enter)
        #expect(workbench.state.chosenMemo(in: workbench.data)?.memoID == .stable(from: "memo-2"))
    }

    @Test func enterOpensWhatAMemoBelongsTo() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study)
        defer { try? FileManager.default.removeItem(at: folder) }
        let coding = try workbench.project.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 5, end: 40), code: "VOR",
                                                     coder: "Chris", memo: "Codeermemo")
        try workbench.project.setMemo(on: .case("sociale-zorg"), text: "Casusmemo")
        try workbench.project.setMemo(on: .code("GOC"), text: "Codememo")
        workbench.press(.character("M"))
        let rows = workbench.state.visibleMemos(workbench.data)
        func choose(_ predicate: (MemoEntry) -> Bool) throws {
            let found = rows.firstIndex(where: predicate)
            let row = try #require(found)
            workbench.press(.character("g"))
            for _ in 0..<row { workbench.press(.character("j")) }
        }
        try choose { $0.codingID == coding.id }
        workbench.press(.enter)
        #expect(workbench.state.screen == .source && workbench.data.source?.id == "jz-interview-manager")
        #expect(workbench.state.reader.selectedRange == coding.range)
        workbench.press(.character("M"))
        #expect(workbench.state.screen == .memos)
        try choose { $0.kind == .case }
        workbench.press(.enter)
        #expect(workbench.state.screen == .studyCase && workbench.data.cases[workbench.state.caseIndex].id == "sociale-zorg")
        workbench.press(.character("M"))
        try choose { $0.kind == .code }
        workbench.press(.enter)
        #expect(workbench.state.screen == .fragments && workbench.state.fragments.filter.codes == ["GOC"])
        workbench.press(.character("M"))
        try choose { $0.memoID == .stable(from: "memo-2") }
        workbench.press(.enter)
        guard case .memo(let editor) = workbench.state.modal else { Issue.record("no editor"); return }
        #expect(editor.target == .freeMemo(.stable(from: "memo-2")))
        #expect(editor.text == "Gedeelde visie\nZie Wenger over leren als deelnemen.")
    }

    @Test func nWritesEEditsDDeletesAndUUndoes() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("M"), .character("c"))
        #expect(workbench.state.memos.filter.code == "LOS")
        workbench.press(.character("n"))
        type(workbench, "Wat Cliënten leren\nIn de werkplaats.")
        workbench.press(.escape)
        #expect(workbench.state.message?.text == "Memo written")
        let memos = try workbench.project.freeMemos()
        let added = try #require(memos.first { $0.title == "Wat Cliënten leren" })
        #expect(added.text == "In de werkplaats." && added.author == "Anouk" && added.subject == .element("LOS"))
        #expect(workbench.state.chosenMemo(in: workbench.data)?.memoID == added.id)

        workbench.press(.character("e"), .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        type(workbench, "zorg.")
        workbench.press(.escape)
        #expect(workbench.state.message?.text == "Memo changed")
        #expect(try workbench.project.freeMemo(added.id).text == "In de werkzorg.")
        // Saved as it was: nothing changes and nothing is journaled.
        let mark = try workbench.project.journalMark()
        workbench.press(.character("e"), .escape)
        #expect(workbench.state.message?.text == "Memo unchanged; nothing was saved")
        #expect(try workbench.project.journalMark() == mark)

        // A memo without a title is not saved.
        workbench.press(.character("n"), .escape)
        #expect(workbench.state.message?.text == "Not saved: a memo needs a title (its first line)")
        #expect(try workbench.project.freeMemos().count == 3)

        workbench.press(.character("d"))
        guard case .confirm = workbench.state.modal else { Issue.record("no confirmation"); return }
        workbench.press(.character("n"))
        #expect(try workbench.project.freeMemos().count == 3)
        workbench.press(.character("d"), .character("y"))
        #expect(workbench.state.message?.text == "Memo deleted (u brings it back)")
        #expect(throws: ProjectError.unknownMemo(added.id)) { try workbench.project.freeMemo(added.id) }
        workbench.press(.character("u"))
        #expect(try workbench.project.freeMemo(added.id).text == "In de werkzorg.")
        #expect(workbench.state.visibleMemos(workbench.data).contains { $0.memoID == added.id })
    }

    @Test func dDeletesTheMemoOfACodingAndReadOnlyRefuses() throws {
        let (workbench, folder) = try makeWorkbench(study: Self.study)
        defer { try? FileManager.default.removeItem(at: folder) }
        let coding = try workbench.project.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 5, end: 40), code: "VOR",
                                                     coder: "Chris", memo: "Weg ermee")
        workbench.press(.character("M"))
        command(workbench, "filter text weg ermee")
        workbench.press(.character("d"), .character("y"))
        #expect(try workbench.project.coding(coding.id).memo == nil)
        #expect(workbench.state.visibleMemos(workbench.data).isEmpty)

        let (readOnly, otherFolder) = try makeWorkbench(readOnly: true, study: Self.study)
        defer { try? FileManager.default.removeItem(at: otherFolder) }
        readOnly.press(.character("M"), .character("n"))
        #expect(readOnly.state.modal == nil && readOnly.state.message?.isError == true)
        readOnly.press(.enter)
        #expect(readOnly.state.modal == nil && readOnly.state.message?.isError == true)
    }
}

let memosEN = """
    1│2│3│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.│M Memos
    ┌ Memos — 154 ─────────────────────────────────────────────────────────────────┐
    │free     Cliënten en de professionele werkpla… Revalidatie 1       Anouk      │
    │free     Gedeelde visie                        Wenger (1998). Com… Bram       │
    │source   Bronmemo: één interview, één Cliënt   Interview met de t…            │
    │coding   Onderzoeksvraag komt uit het team ze… LOS in Focusgroep…  Anouk      │
    │coding   Maandelijkse casuïstiekbespreking me… LOS in Focusgroep…  Anouk      │
    │coding   LOS blijft beperkt tot één groep: ze… GOC in Focusgroep…  Anouk      │
    │coding   Gaat over de reikwijdte van het same… LOS in Focusgroep…  Bram       │
    │coding   Docent werkt wekelijks op locatie.    VOR in Focusgroep…  Anouk      │
    │coding   Nieuwe verbinding met wijkteam en ki… VOR in Focusgroep…  Anouk      │
    │coding   Nieuwe verbinding met wijkteam en ki… KWA-VERB in Focusg… Anouk      │
    │coding   "Ik weet het niet" durven zeggen hoo… LOS in Focusgroep…  Bram       │
    │coding   Werkbegeleiding in de pauze.          VMM in Focusgroep…  Anouk      │
    │──────────────────────────────────────────────────────────────────────────────│
    │Cliënten en de professionele werkplaats                                       │
    │free · Revalidatie 1 · Anouk · 2026-11-30                                     │
    │Cliënten worden zelden genoemd als deelnemer. Geldt dat voor alle casussen, of│
    │vooral voor revalidatie?                                                      │
    │                                                                              │
    │                                                                              │
    └───────────────────────────────────────────────────────────────── ▼ 142 more ─┘
     MEMOS  sample.werkbank · coder Anouk                                    ? help
     ↑↓ move  Enter open  n new  e edit  d delete  t a c filter  u undo  Esc back
    """

let memosNL = """
    1│2│3│4 Model│5 Hulp│6 Matrix│7 Versch.│8 Analyse│f Frag.│9 Synth.│M Memo's
    ┌ Memo's — 154 ────────────────────────────────────────────────────────────────┐
    │vrij     Cliënten en de professionele werkpla… Revalidatie 1       Anouk      │
    │vrij     Gedeelde visie                        Wenger (1998). Com… Bram       │
    │bron     Bronmemo: één interview, één Cliënt   Interview met de t…            │
    │codering Onderzoeksvraag komt uit het team ze… LOS in Focusgroep…  Anouk      │
    │codering Maandelijkse casuïstiekbespreking me… LOS in Focusgroep…  Anouk      │
    │codering LOS blijft beperkt tot één groep: ze… GOC in Focusgroep…  Anouk      │
    │codering Gaat over de reikwijdte van het same… LOS in Focusgroep…  Bram       │
    │codering Docent werkt wekelijks op locatie.    VOR in Focusgroep…  Anouk      │
    │codering Nieuwe verbinding met wijkteam en ki… VOR in Focusgroep…  Anouk      │
    │codering Nieuwe verbinding met wijkteam en ki… KWA-VERB in Focusg… Anouk      │
    │codering "Ik weet het niet" durven zeggen hoo… LOS in Focusgroep…  Bram       │
    │codering Werkbegeleiding in de pauze.          VMM in Focusgroep…  Anouk      │
    │──────────────────────────────────────────────────────────────────────────────│
    │Cliënten en de professionele werkplaats                                       │
    │vrij · Revalidatie 1 · Anouk · 2026-11-30                                     │
    │Cliënten worden zelden genoemd als deelnemer. Geldt dat voor alle casussen, of│
    │vooral voor revalidatie?                                                      │
    │                                                                              │
    │                                                                              │
    └────────────────────────────────────────────────────────────────── ▼ nog 142 ─┘
     MEMO'S  sample.werkbank · codeur Anouk                                  ? hulp
     ↑↓ bewegen  Enter openen  n nieuw  e bewerk  d verwijder  t a c filter
    """
