import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The reader's gutter as a buffer literal: overlapping codes side by side, wide characters
/// and combining marks in the text.
@Suite struct GutterSnapshotTests {
    /// The sample study with one small source: wide characters, a combining mark, and three
    /// codings, two of them overlapping.
    static func smallStudy() -> Study {
        var study = sampleStudy
        let text = "I: Hoe gaat het met de Clie\u{0308}nten?\n\nC1: Goed. 漢字 leren we samen, en de studenten vragen veel. Dat merk je wel.\n\nI: Dank je."
        let turns = SourceFileTurns.turns(text)
        study.sources = [Source(id: "klein", caseID: "revalidatie-1", title: "Klein gesprek", kind: .interview, date: "2023-01-01",
                                interviewers: ["I"], participants: [Participant(id: "C1", role: "Cliënten")], text: text, turns: turns)]
        study.codings = [
            Coding(sourceID: "klein", range: turns[1].range, code: "LOS", coder: "Anouk", memo: "samen leren"),
            Coding(sourceID: "klein", range: ScalarRange(start: turns[1].range.start + 6, end: turns[1].range.end - 17), code: "VOR", coder: "Bram"),
            Coding(sourceID: "klein", range: turns[0].range, code: "AAN-URG", coder: "Anouk"),
        ]
        return study
    }

    @Test func overlappingCodesAndWideCharacters() throws {
        let (workbench, folder) = try makeWorkbench(width: 60, height: 14, study: Self.smallStudy())
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .down, .down, .enter, .character("j"))
        expectScreen(workbench, "gutter-60x14", """
            Cases│Case│Resp.│Model│Help│Matrix│7 Disagr.│8 Analysis│f│9
            ┌ Klein gesprek · interview · 2023-01-01 ──────────────────┐
            │URG▐     I: Hoe gaat het met de Cliënten?                 │
            │                                                          │
            │LOS▐VOR▐ C1: Goed. 漢字 leren we samen, en de studenten   │
            │   ▐   ▐ vragen veel. Dat merk je wel.                    │
            │                                                          │
            │         I: Dank je.                                      │
            │                                                          │
            │                                                          │
            │                                                          │
            └──────────────────────────────────────────────────────────┘
             SOURCE  sample.werkbank · coder Anouk · 14 words, … ? help
             ↑↓ move  1-6 code  v select  / search  u undo  Esc back
            """)
    }

    /// At 80 columns the codes here go below the text: with coder, range and memo.
    @Test func theCodesHereStandBelowTheTextAt80Columns() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, study: Self.smallStudy())
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .down, .down, .enter, .character("j"))
        expectScreen(workbench, "codes-below-80x24", """
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
            ┌ Codes here (2) ──────────────────────────────────────────────────────────────┐
            │██ LOS  Anouk  39..109                                                        │
            │   samen leren                                                                │
            │██ VOR  Bram  45..92                                                          │
            │                                                                              │
            │a: all coders                                                                 │
            └──────────────────────────────────────────────────────────────────────────────┘
             SOURCE  sample.werkbank · coder Anouk · 14 words, C1, turn 2/3, 100%    ? help
             ↑↓ move  1-6 code  v select  / search  u undo  Esc back  7 8 f 9 screens
            """)
    }
}

/// Turns of a small text written as `ID: …` lines, as the case-folder loader finds them.
enum SourceFileTurns {
    static func turns(_ text: String) -> [Turn] {
        var turns: [Turn] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let colon = line.firstIndex(of: ":"), line[colon...].hasPrefix(": ") {
                let labelLength = line[..<colon].unicodeScalars.count + 2
                turns.append(Turn(speaker: String(line[..<colon]),
                                  range: ScalarRange(start: offset + labelLength, end: offset + line.unicodeScalars.count)))
            }
            offset += line.unicodeScalars.count + 1
        }
        return turns
    }
}

@Suite struct BusyGutterTests {
    @Test func moreCodingsThanLanesShowHowManyAreNotShown() throws {
        var study = GutterSnapshotTests.smallStudy()
        let turn = study.sources[0].turns[1].range
        study.codings = ["LOS", "GOC", "LeA", "VMM", "AAN-KANS", "AAN-VRAAG"].map {
            Coding(sourceID: "klein", range: turn, code: $0, coder: "Anouk")
        }
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, study: study)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .down, .down, .enter)
        let rows = workbench.render().text.split(separator: "\n")
        let row = try #require(rows.first { $0.contains("C1: Goed.") })
        #expect(row.contains("+4 ▐"), "six codings, two lanes shown and +4: \(row)")
        #expect(SourceScreen.gutterLabel("AAN-KANS") == "KAN" && SourceScreen.gutterLabel("AAN-VRAAG") == "VRA")
        #expect(SourceScreen.gutterLabel("LeA") == "LeA")
    }
}
