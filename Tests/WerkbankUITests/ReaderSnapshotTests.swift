import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The reader at 80×24 as literals (issue 11): the middle of a long turn, a busy gutter with
/// its "+N", and a memo of several lines in the codes here.
@Suite struct ReaderSnapshotTests {
    /// Twenty lines into a turn of 300 sentences: the view scrolled inside it, the turn still
    /// the selection, the position in the status bar.
    @Test func theMiddleOfALongTurn() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, study: LongTurnTests.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .enter)
        _ = workbench.render()
        for _ in 0..<21 {
            workbench.press(.character("j"))
            _ = workbench.render()
        }
        expectScreen(workbench, "reader-long-turn-80x24", snapshotLongTurn)
    }

    /// The manager interview's turn "M1: Nou, eh…" with six codings and one more: three lanes,
    /// "+N" where more touch a row, sub-codes by their own letters.
    @Test func aBusyGutter() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab)
        let index = try #require(workbench.data.sourcesByCase["revalidatie-1"]?.firstIndex { $0.id == "rev1-interview-manager" })
        for _ in 0..<index { workbench.press(.down) }
        workbench.press(.enter, .character("j"), .character("j"), .character("j"), .character("1"))
        expectScreen(workbench, "reader-busy-gutter-80x24", snapshotBusyGutter)
    }

    /// A memo of two lines under its coding in the codes here, each line on its own row.
    @Test func aMemoOfSeveralLinesInTheCodesHere() throws {
        var study = GutterSnapshotTests.smallStudy()
        study.codings[0].memo = "Eerste gedachte: samen leren.\nTweede regel, ingesprongen onder de eerste."
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, study: study)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .enter, .character("j"), .tab)
        expectScreen(workbench, "reader-memo-lines-80x24", snapshotMemo)
    }

    let snapshotLongTurn = """
        Cases│Case│Resp.│Model│Help│Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Lang gesprek · interview · 2023-01-01 ───────────────────────────────────────┐
        │     lange verhaal. Zin 44 van het lange verhaal. Zin 45 van het lange        │
        │     verhaal. Zin 46 van het lange verhaal. Zin 47 van het lange verhaal. Zin │
        │     48 van het lange verhaal. Zin 49 van het lange verhaal. Zin 50 van het   │
        │     lange verhaal. Zin 51 van het lange verhaal. Zin 52 van het lange        │
        │     verhaal. Zin 53 van het lange verhaal. Zin 54 van het lange verhaal. Zin │
        │     55 van het lange verhaal. Zin 56 van het lange verhaal. Zin 57 van het   │
        │     lange verhaal. Zin 58 van het lange verhaal. Zin 59 van het lange        │
        │     verhaal. Zin 60 van het lange verhaal. Zin 61 van het lange verhaal. Zin │
        │     62 van het lange verhaal. Zin 63 van het lange verhaal. Zin 64 van het   │
        │     lange verhaal. Zin 65 van het lange verhaal. Zin 66 van het lange        │
        │     verhaal. Zin 67 van het lange verhaal. Zin 68 van het lange verhaal. Zin │
        │     69 van het lange verhaal. Zin 70 van het lange verhaal. Zin 71 van het   │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Codes here ──────────────────────────────────────────────────────────────────┐
        │no fragments                                                                  │
        │                                                                              │
        │a: all coders                                                                 │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         SOURCE  sample.werkbank · coder Anouk · 1800 words, C1, turn 2/4, 23%   ? help
         ↑↓ move  1-6 code  v select  / search  u undo  Esc back  7 8 f 9 screens
        """

    let snapshotBusyGutter = """
        Cases│Case│Resp.│Model│Help│Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Interview met de manager behandelzaken · interview · 2023-03-07 ─────────────┐
        │VRA▐KAN▐+2 ▐ M1: Nou, eh, we hadden altijd al stagiairs, fysio en ergo, maar  │
        │   ▐   ▐+2 ▐ dat was ieder voor zich. De fysiostudent liep bij de             │
        │   ▐   ▐+2 ▐ fysiotherapeut, de ergostudent bij de ergotherapeut, en die      │
        │   ▐   ▐+3 ▐ zagen elkaar bij de koffieautomaat. Terwijl onze revalidanten,   │
        │   ▐   ▐+3 ▐ iemand met een CVA of een dwarslaesie, niks hebben aan een       │
        │   ▐   ▐+3 ▐ fysiotherapeut en een ergotherapeut die langs elkaar heen        │
        │   ▐   ▐+4 ▐ werken. De zorg wordt complexer, mensen gaan eerder naar huis,   │
        │   ▐   ▐+3 ▐ dus je moet het samen doen.                                      │
        │   ▐   ▐+2 ▐                                                                  │
        │   ▐   ▐+3 ▐ En tegelijk hadden we een tekort aan behandelaars, en de         │
        │   ▐   ▐+3 ▐ hogescholen zochten meer stageplekken. Toen hebben we gezegd:    │
        │   ▐   ▐+2 ▐ laten we er iets structureels van maken.                         │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Codes here (7) ──────────────────────────────────────────────────────────────┐
        │██ AAN-VRAAG  Anouk  448..1052                                                │
        │   Complexere zorg, eerder naar huis, tekort aan behandelaars, hogescholen    │
        │   zoeken stageplekken.                                                       │
        │██ AAN-KANS  Anouk  448..1052                                                 │
        │   Complexere zorg, eerder naar huis, tekort aan behandelaars, hogescholen    │
        └──────────────────────────────────────────────────────────────────────────────┘
         SOURCE  sample.werkbank · coder Anouk · 97 words, M1, turn 4/25, 16%    ? help
         Coded LOS
        """

    let snapshotMemo = """
        Cases│Case│Resp.│Model│Help│Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Klein gesprek · interview · 2023-01-01 ──────────────────────────────────────┐
        │URG▐     I: Hoe gaat het met de Cliënten?                                     │
        │                                                                              │
        │LOS▐VOR▐ C1: Goed. 漢字 leren we samen, en de studenten vragen veel. Dat merk │
        │   ▐     je wel.                                                              │
        │                                                                              │
        │         I: Dank je.                                                          │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Codes here 1/2 ──────────────────────────────────────────────────────────────┐
        │██ LOS  Anouk  39..109                                                        │
        │   Eerste gedachte: samen leren.                                              │
        │   Tweede regel, ingesprongen onder de eerste.                                │
        │██ VOR  Bram  45..92                                                          │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         SOURCE  sample.werkbank · coder Anouk · 14 words, C1, turn 2/3, 100%    ? help
         ↑↓ move  1-6 code  v select  / search  u undo  Esc back  7 8 f 9 screens
        """
}
