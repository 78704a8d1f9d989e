import Foundation
import Testing
import TerminalKit
import WerkbankStore
@testable import WerkbankUI

/// Who else has the project open: two workbenches on one file, each announced beside it, see
/// each other in the status bar and on the Cases screen, with the case and source they are in.
@Suite struct PresenceTests {
    /// Anouk's workbench and Bram's on the same project file, both announced.
    private func twoWorkbenches(width: Int = 80, height: Int = 24) throws -> (Workbench, Workbench, URL) {
        let (anouk, folder) = try makeWorkbench(width: width, height: height)
        let state = AppState(language: .en, readOnly: false, coder: "Bram", projectName: "sample.werkbank",
                             theme: Theme(name: "plain"), colorProfile: .ansi16, width: width, height: height)
        let bram = try Workbench(project: try Project.open(at: anouk.project.url), state: state)
        anouk.announcePresence()
        bram.announcePresence()
        anouk.lookAround()
        return (anouk, bram, folder)
    }

    @Test func theCasesScreenAndTheStatusBarSayWhoIsWhere() throws {
        let (anouk, bram, folder) = try twoWorkbenches()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Bram opens the second case's first source.
        bram.press(.character("j"), .enter, .character("l"), .character("l"), .enter)
        #expect(bram.state.screen == .source)
        #expect(anouk.lookAround(), "Bram's move is seen at Anouk's next look")
        #expect(anouk.lookAround() == false, "and only once")
        anouk.press(.character("j"))
        expectScreen(anouk, "presence-cases-80x24", """
            1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
            ┌ Cases ───────────────────────────────────────────────────────────────────────┐
            │#  Case           Table label      Resp.  Src.  Frag.  Open now               │
            │1  Jeugdzorg      Jeugdgezondheid      9     4    119                         │
            │2  Revalidatie 1  Zorg 1              28     5    210  Bram                   │
            │3  Sociale zorg   Sociale studies     20     4    103                         │
            │4  Revalidatie 2  Zorg 2              18     4    121                         │
            └──────────────────────────────────────────────────────────────────────────────┘
            ┌ Revalidatie 1 (Zorg 1) ──────────────────────────────────────────────────────┐
            │Case: 2 · Revalidatie 1                                                       │
            │In the respondent table: Zorg 1                                               │
            │Sector: Revalidatie                                                           │
            │Institutions:                                                                 │
            │  • Fontys Paramedische Hogeschool                                            │
            │  • Hogeschool Zuyd Ergotherapie                                              │
            │Respondents 28  Sources 5  Fragments 210                                      │
            │Open now:                                                                     │
            │  • Bram · Observatie van een klinische les over valangst na een CVA          │
            │                                                                              │
            │Een professionele werkplaats in een revalidatiecentrum waar studenten         │
            │fysiotherapie en ergotherapie van twee hogescholen samen met professionals en │
            └──────────────────────────────────────────────────────────────────────────────┘
             CASES  sample.werkbank · coder Anouk                   also open: Bram  ? help
             ↑↓ move  Enter open  Tab pane  1-8 f 9 screens  : command  ? help  q quit
            """)
    }

    @Test func inTheSameSourceTheOtherIsHereAndANarrowBarShortensTheList() throws {
        for (width, expected) in [(120, "also open: Anouk (here)  ? help"), (80, "+1  ? help")] {
            let (anouk, bram, folder) = try twoWorkbenches(width: width, height: 30)
            defer { try? FileManager.default.removeItem(at: folder) }
            for workbench in [anouk, bram] { workbench.press(.character("j"), .enter, .character("l"), .character("l"), .enter) }
            bram.lookAround()
            #expect(bram.state.otherCoders(reading: bram.data.source?.id).map(\.here) == [true])
            let bar = try #require(bram.render().text.split(separator: "\n").dropLast().last)
            #expect(bar.hasSuffix(expected), "at \(width) columns: \(bar)")
            #expect(bar.contains("turn 1/"), "the reader's position keeps its place")
        }
    }

    @Test func theSummaryFitsItsRoom() throws {
        var state = AppState(language: .en, readOnly: false, coder: "Anouk", projectName: "p", theme: Theme(name: "plain"),
                             colorProfile: .ansi16, width: 80, height: 24)
        #expect(state.presenceSummary(room: 40, reading: nil) == nil, "no one else: nothing")
        state.others = ["Bram", "Carla", "Bram", "Daan"].map { PresenceEntry(coder: $0, screen: "cases") }
        #expect(state.presenceSummary(room: 40, reading: nil) == "also open: Bram, Carla, Daan")
        #expect(state.presenceSummary(room: 22, reading: nil) == "also open: Bram +2")
        #expect(state.presenceSummary(room: 15, reading: nil) == "+Bram, Carla +1")
        #expect(state.presenceSummary(room: 12, reading: nil) == "+Bram +2")
        #expect(state.presenceSummary(room: 3, reading: nil) == "+3")
        state.language = .nl
        #expect(state.presenceSummary(room: 40, reading: nil) == "ook open: Bram, Carla, Daan")
        #expect(state.coders(inCase: "x") == "")
    }

    @Test func aWorkbenchThatQuitsIsGoneAtTheNextLook() throws {
        let (anouk, bram, folder) = try twoWorkbenches()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(anouk.state.others.map(\.coder) == ["Bram"])
        bram.withdrawPresence()
        #expect(anouk.lookAround())
        #expect(anouk.state.others.isEmpty)
        #expect(!anouk.render().text.contains("also open"))
        #expect(!anouk.render().text.contains("Open now"))
    }
}
