import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The synthesis grid and its cells: what they show, the keys that write findings, link
/// evidence and judge, undo and redo, and read-only refusal.
@Suite struct SynthesisScreenTests {
    /// Types text into the open editor or prompt.
    private func type(_ workbench: Workbench, _ text: String) {
        for character in text { workbench.press(.character(character)) }
    }

    @Test func gridAndCellSnapshots() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let (workbench, folder) = try makeWorkbench(width: width, height: height)
            defer { try? FileManager.default.removeItem(at: folder) }
            let size = "\(width)x\(height)"
            workbench.press(.character("9"))
            #expect(workbench.state.screen == .synthesis)
            expectScreen(workbench, "synthesis-\(size)", synthesisSnapshots["synthesis-\(size)"] ?? "")
            // Revalidatie 1 is the second case: its LOS cell carries the seed's findings.
            workbench.press(.character("l"), .enter)
            #expect(workbench.state.screen == .synthesisCell)
            expectScreen(workbench, "synthesis-cell-\(size)", synthesisSnapshots["synthesis-cell-\(size)"] ?? "")
            workbench.press(.tab)
            expectScreen(workbench, "synthesis-cell-findings-\(size)", synthesisSnapshots["synthesis-cell-findings-\(size)"] ?? "")
        }
    }

    @Test func gridShowsTheSeedsJudgementsAndFindings() throws {
        let (workbench, folder) = try makeWorkbench(width: 200, height: 60)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("9"))
        let grid = try #require(workbench.data.synthesisGrid)
        #expect(grid.cases.count == 4 && grid.elements.prefix(6) == ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"])
        let text = workbench.render().text
        let cell = grid.cell(caseID: "revalidatie-1", element: "LOS")
        let first = try #require(cell.firstFinding)
        #expect(text.contains(String(FragmentsScreen.oneLine(first.text, characters: 10).text.prefix(10))))
        #expect(text.contains("\(cell.findingCount) findings · \(cell.fragmentCount) frag."))
        #expect(text.contains("Conclusions (\(workbench.data.conclusions.count))"))
        #expect(text.contains("Cross-case"))
        // At 200 columns every case is in view, with the cross-case column.
        for caseName in workbench.data.cases.map(\.name) { #expect(text.contains(caseName)) }
        // The cross-case column is past the last case; it opens no cell.
        workbench.press(.character("l"), .character("l"), .character("l"), .character("l"), .character("l"), .enter)
        #expect(workbench.state.synthesis.column == grid.cases.count)
        #expect(workbench.state.screen == .synthesis)
        #expect(workbench.state.message?.text.hasPrefix("The cross-case column counts the cases") == true)
    }

    @Test func theCellShowsItsFragmentsAndFindings() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("9"), .character("l"), .enter)
        let cell = try #require(workbench.data.cell)
        #expect(cell.key == CellKey(caseID: "revalidatie-1", element: "LOS"))
        let stored = try workbench.project.fragments(FragmentFilter(codes: ["LOS"], caseIDs: ["revalidatie-1"]))
        #expect(cell.fragments.map(\.id) == stored.map(\.id))
        #expect(cell.findings == (try workbench.project.findings(caseID: "revalidatie-1", element: "LOS")))
        #expect(!cell.findings.isEmpty)
        // `:filter role` narrows the cell's fragments and stays in the cell.
        workbench.press(.character(":"))
        type(workbench, "filter role Studenten")
        workbench.press(.enter)
        #expect(workbench.state.screen == .synthesisCell)
        #expect(workbench.data.cell?.fragments.allSatisfy { $0.role == "Studenten" } == true)
        #expect((workbench.data.cell?.fragments.count ?? 0) < stored.count)
        // Enter on a fragment opens the source at it; Esc comes back.
        let fragment = try #require(workbench.data.cell?.fragments.first)
        workbench.press(.enter)
        #expect(workbench.state.screen == .source)
        #expect(workbench.state.reader.selectedRange == fragment.coding.range)
        // The reader's first Esc lets go of the selection, the second goes back.
        workbench.press(.escape, .escape)
        #expect(workbench.state.screen == .synthesisCell)
        // Enter on evidence opens its source at the fragment.
        workbench.press(.tab, .character("j"))
        let evidence = try #require(workbench.state.chosenEvidence(in: workbench.data)?.evidence)
        workbench.press(.enter)
        #expect(workbench.state.screen == .source)
        #expect(workbench.data.source?.id == evidence.sourceID)
        workbench.press(.escape, .escape, .escape)
        #expect(workbench.state.screen == .synthesis)
    }

    @Test func writeLinkJudgeUndoRedo() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Revalidatie 2 × LOS: the fourth case has no findings from the seed.
        workbench.press(.character("9"), .character("l"), .character("l"), .character("l"), .enter)
        let key = CellKey(caseID: "revalidatie-2", element: "LOS")
        #expect(workbench.state.synthesis.cell == key)
        let before = try workbench.project.findings(caseID: key.caseID, element: key.element)
        workbench.press(.character("n"))
        type(workbench, "Scholing voor iedereen")
        workbench.press(.escape)
        #expect(workbench.state.message?.text.hasPrefix("Finding written in Revalidatie 2 × LOS") == true)
        var findings = try workbench.project.findings(caseID: key.caseID, element: key.element)
        #expect(findings.count == before.count + 1)
        let written = try #require(findings.last)
        #expect(written.text == "Scholing voor iedereen" && written.author == "Anouk")
        #expect(workbench.state.chosenFinding(in: workbench.data)?.id == written.id, "the cursor is on the new finding")

        let fragments = try #require(workbench.data.cell?.fragments)
        workbench.press(.character("L"), .character("j"), .character("L"))
        #expect(workbench.state.message?.text == "Fragment linked as evidence (2 now)")
        findings = try workbench.project.findings(caseID: key.caseID, element: key.element)
        #expect(findings.last?.evidence.map(\.codingID) == [fragments[0].id, fragments[1].id])
        workbench.press(.character("L"))
        #expect(workbench.state.message == StatusMessage(text: "That fragment is already evidence of this finding", isError: true))

        workbench.press(.character("J"), .character("2"), .enter)
        type(workbench, "alleen scholing")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == "Judgement of Revalidatie 2 × LOS: ◐ partly recognised")
        let judgement = try #require(try workbench.project.judgements().first { $0.cell == key })
        #expect(judgement.status == .deelsHerkend && judgement.why == "alleen scholing")
        #expect(workbench.render().text.contains("◐ partly recognised — alleen scholing"))

        workbench.press(.character("u"))
        #expect(try workbench.project.judgements().first { $0.cell == key } == nil)
        workbench.press(.control("r"))
        #expect(try workbench.project.judgements().first { $0.cell == key }?.status == .deelsHerkend)

        // U on the fragment under the cursor unlinks it; e edits; x asks, then removes.
        workbench.press(.character("U"))
        #expect(try workbench.project.finding(written.id).evidence.map(\.codingID) == [fragments[0].id])
        workbench.press(.character("e"))
        type(workbench, ", ook studenten")
        workbench.press(.escape)
        #expect(try workbench.project.finding(written.id).text == "Scholing voor iedereen, ook studenten")
        workbench.press(.character("x"))
        guard case .confirm = workbench.state.modal else { Issue.record("x asks first"); return }
        workbench.press(.character("y"))
        #expect(try workbench.project.findings(caseID: key.caseID, element: key.element).count == before.count)
        workbench.press(.character("u"))
        #expect(try workbench.project.finding(written.id).evidence.count == 1)
        // The grid shows what was written.
        workbench.press(.escape)
        #expect(workbench.data.synthesisGrid?.cell(caseID: key.caseID, element: key.element).findingCount == before.count + 1)
    }

    @Test func readOnlyNavigatesButRefusesEveryChange() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40, readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("9"), .character("l"), .enter)
        #expect(workbench.state.screen == .synthesisCell)
        let findings = try workbench.project.findings()
        for key in ["n", "e", "x", "L", "U", "J"] {
            workbench.press(.character(Character(key)))
            #expect(workbench.state.modal == nil, "\(key) opens nothing")
            #expect(workbench.state.message?.isError == true)
            #expect(workbench.state.message?.text.hasPrefix("Not possible while read-only (") == true, "\(key): \(workbench.state.message?.text ?? "")")
        }
        #expect(try workbench.project.findings() == findings)
        workbench.press(.character("j"), .tab, .character("j"))
        #expect(workbench.state.list(.cellFragments).selected == 1 && workbench.state.list(.cellFindings).selected == 1)
        #expect(!workbench.render().text.contains("n new"), "the hint bar leaves out the editing keys")
    }

    /// Cells take their judgement's theme scope; mono shades by attribute, so the shading
    /// reads without colour too.
    @Test(arguments: ["default", "mono"])
    func cellsAreShadedByJudgement(themeName: String) throws {
        let theme = try ThemeLoader(searchPaths: [packageRoot.appendingPathComponent("Themes")], knownScopes: ThemeScopes.all).load(themeName)
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40, theme: theme)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("9"))
        let buffer = workbench.render()
        let rows = (0..<buffer.height).map { buffer.text(ofRow: $0) }
        let row = try #require(rows.firstIndex { $0.contains("LOS") && $0.contains("● recognised") })
        let recognised = try #require(rows[row].range(of: "● recognised")).lowerBound.utf16Offset(in: rows[row])
        let none = try #require(rows[row].range(of: "· no judgement")).lowerBound.utf16Offset(in: rows[row])
        let herkend = workbench.state.style("ui.synthesis.herkend")
        #expect(herkend != workbench.state.style("ui.synthesis"), "the shipped theme sets the scope")
        #expect(buffer[recognised + 2, row].style == buffer[recognised + 2, row].style.patched(with: herkend))
        #expect(buffer[recognised + 2, row].style.attributes.contains(.bold))
        #expect(buffer[none + 2, row].style != buffer[recognised + 2, row].style)
    }
}
