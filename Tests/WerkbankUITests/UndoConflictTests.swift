import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// `u` in a workbench beside another coder's edits (decision 55): only the coder's own edits,
/// and a question where someone else changed one since.
@Suite struct UndoConflictTests {
    /// Anouk's workbench and Bram's project beside it; Anouk coded, Bram removed her coding.
    private func anouksCodingRemovedByBram() throws -> (Workbench, Project, URL) {
        let (workbench, folder) = try makeWorkbench()
        workbench.project.actingCoder = "Anouk"
        let bram = try Project.open(at: workbench.project.url)
        bram.actingCoder = "Bram"
        let source = try #require(sampleStudy.sources.first).id
        let coding = try workbench.project.addCoding(source: source, range: ScalarRange(start: 0, end: 2), code: "LOS", coder: "Anouk")
        try bram.removeCoding(coding.id)
        return (workbench, bram, folder)
    }

    @Test func aCodingRemovedByAnotherCoderIsAskedAbout() throws {
        let (workbench, bram, folder) = try anouksCodingRemovedByBram()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("u"))
        guard case .confirm(let question) = workbench.state.modal else {
            Issue.record("no question: \(String(describing: workbench.state.message))")
            return
        }
        #expect(question.title == "Changed by someone else since")
        expectScreen(workbench, "undo-conflict-80x24", """
            1 Cases│2 Case│3 Resp.│4 Model│5 Help│6 Matrix│7 Disagr.│8 Analysis│f Frag.│9
            ┌ Cases ───────────────────────────────────────────────────────────────────────┐
            │#  Case           Table label      Resp.  Src.  Frag.                         │
            │1  Jeugdzorg      Jeugdgezondheid      9     4    119                         │
            │2  Revalidatie 1  Zorg 1              28     5    210                         │
            │3  Sociale zorg   Sociale studies     20     4    103                         │
            │4  Revalidatie 2  Zorg 2              18     4    121                         │
            └──────────────────────────────────────────────────────────────────────────────┘
            ┌ Jeugdzor┌ Changed by someone else since ───────────────────────────┐─────────┐
            │Case: 1 ·│ Undo “code LOS”? Bram has since made “uncode LOS”, which │         │
            │In the re│ undoing would overturn. y undo anyway · s skip it · n    │         │
            │Sector: J│ cancel                                                   │         │
            │Instituti│                                                          │         │
            │  • Fonty│                y anyway  s skip  n cancel                │         │
            │Responden└──────────────────────────────────────────────────────────┘         │
            │                                                                              │
            │Een professionele werkplaats in de jeugdgezondheidszorg waar studenten        │
            │pedagogiek meewerken en onderzoek doen naast professionals, met ondersteuning │
            │van docenten vanuit de hogeschool.                                            │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             CASES  sample.werkbank · coder Anouk                                    ? help
             ↑↓ move  Enter open  Tab pane  1-8 f 9 screens  : command  ? help  q quit
            """)
        workbench.press(.character("n"))
        #expect(workbench.state.message?.text == "Nothing undone")
        #expect(try bram.undo() == "uncode LOS", "Bram's removal is still his to undo")
    }

    @Test func skipGoesOnWithTheEditBefore() throws {
        let (workbench, _, folder) = try anouksCodingRemovedByBram()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("u"), .character("s"))
        #expect(workbench.state.message?.text == "Skipped, left as it is: code LOS")
        workbench.press(.character("u"))
        #expect(workbench.state.message?.text == "Nothing to undo")
    }

    @Test func anotherCodersEditIsNotYours() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.project.actingCoder = "Anouk"
        let bram = try Project.open(at: workbench.project.url)
        bram.actingCoder = "Bram"
        let source = try #require(sampleStudy.sources.first).id
        let theirs = try bram.addCoding(source: source, range: ScalarRange(start: 0, end: 2), code: "LOS", coder: "Bram")
        workbench.press(.character("u"))
        #expect(workbench.state.message?.text == "Nothing to undo")
        #expect(try bram.coding(theirs.id).coder == "Bram")
    }
}
