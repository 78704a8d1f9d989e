import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// A PDF's pages in the reader (decision 59): each page break a rule naming the page that
/// begins, the page of the selection in the status bar.
@Suite struct PagedDocumentTests {
    static func study() -> Study {
        var study = sampleStudy
        let text = "Beleidsplan werkplaats\nDe eerste pagina gaat over doelen.\n\u{0C}\nTweede pagina\nStudenten leren samen met professionals."
        study.sources = [Source(id: "plan", caseID: "revalidatie-1", title: "Beleidsplan", kind: .document, date: "2023-01-01", text: text)]
        study.codings = []
        return study
    }

    @Test func pagesAreRulesAndTheStatusSaysThePage() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, study: Self.study())
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .enter)
        _ = workbench.render()
        #expect(workbench.state.readerPosition(in: workbench.data)?.contains("p. 1") == true)
        for _ in 0..<4 { workbench.press(.character("j")) }
        expectScreen(workbench, "reader-pages-80x24", snapshot)
    }

    let snapshot = """
        Cases│Case│Resp.│Model│Help│Matrix│7 Disagr.│8 Analysis│f Frag.│9 Synth.
        ┌ Beleidsplan · document · 2023-01-01 ─────────────────────────────────────────┐
        │     Beleidsplan werkplaats                                                   │
        │     De eerste pagina gaat over doelen.                                       │
        │     ── p. 2 ──                                                               │
        │     Tweede pagina                                                            │
        │     Studenten leren samen met professionals.                                 │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Codes here ──────────────────────────────────────────────────────────────────┐
        │no fragments                                                                  │
        │                                                                              │
        │a: all coders                                                                 │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         SOURCE  sample.werkbank · coder Anouk · 7 words, p. 2, turn 2/2, 100%   ? help
         ↑↓ move  1-6 code  v select  / search  u undo  Esc back  7 8 f 9 screens
        """
}
