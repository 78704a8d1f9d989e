import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The tables of the Analysis, Matrix and Respondents screens at sizes where they do not fit:
/// codes and header stay, everything else is reached by scrolling, and marks say there is more.
@Suite struct TableScrollingTests {
    @Test func agreementScrollsToItsLastCodesAlphaAndLegend() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("8"))
        expectScreen(workbench, "analysis-80x24", snapshots["analysis-80x24"] ?? "")
        workbench.press(.character("l"), .character("G"))
        expectScreen(workbench, "agreement-scrolled-80x24", tableSnapshots["agreement-scrolled-80x24"] ?? "")
    }

    /// On a short screen the title loses its empty lines so that the table keeps some rows.
    @Test func agreementAtTheSmallestSize() throws {
        let (workbench, folder) = try makeWorkbench(width: 50, height: 12)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("8"), .character("j"), .character("j"))
        expectScreen(workbench, "agreement-50x12", tableSnapshots["agreement-50x12"] ?? "")
    }

    @Test func coOccurrenceShowsItsCodesWhole() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("8"), .tab)
        expectScreen(workbench, "cooccurrence-80x24", tableSnapshots["cooccurrence-80x24"] ?? "")
        for _ in 0..<12 { workbench.press(.character("l")) }
        for _ in 0..<13 { workbench.press(.character("j")) }
        expectScreen(workbench, "cooccurrence-scrolled-80x24", tableSnapshots["cooccurrence-scrolled-80x24"] ?? "")
    }

    @Test func matrixFollowsItsCursorAtASmallSize() throws {
        let (workbench, folder) = try makeWorkbench(width: 50, height: 12)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"))
        expectScreen(workbench, "matrix-50x12", tableSnapshots["matrix-50x12"] ?? "")
        // To the last case (the Total column comes into view with it) and down to SRI.
        workbench.press(.character("l"), .character("l"), .character("l"))
        for _ in 0..<8 { workbench.press(.character("j")) }
        expectScreen(workbench, "matrix-scrolled-50x12", tableSnapshots["matrix-scrolled-50x12"] ?? "")
    }

    @Test func respondentsScrollAtASmallSize() throws {
        let (workbench, folder) = try makeWorkbench(width: 50, height: 12)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("3"))
        expectScreen(workbench, "respondents-50x12", tableSnapshots["respondents-50x12"] ?? "")
        workbench.press(.character("l"), .character("l"), .character("G"))
        expectScreen(workbench, "respondents-scrolled-50x12", tableSnapshots["respondents-scrolled-50x12"] ?? "")
    }

    /// The keys stop where the table ends, so one key back moves back at once; PgDn moves a
    /// page of the rows shown.
    @Test func keysStopAtTheEndsOfTheTable() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("8"))
        _ = workbench.render()
        let limits = try #require(workbench.state.feedback.tableLimits[.agreement])
        #expect(limits == TableScroll.Limits(lastRow: 11, lastColumn: 1))
        for _ in 0..<5 {
            workbench.press(.right)
            _ = workbench.render()
        }
        #expect(workbench.state.table(.agreement).column == 1)
        workbench.press(.character("h"))
        #expect(workbench.state.table(.agreement).column == 0)
        workbench.press(.pageDown)
        #expect(workbench.state.table(.agreement).row == 11, "a page is the 12 rows shown; the last row is 11")
        _ = workbench.render()
        workbench.press(.character("k"), .up)
        #expect(workbench.state.table(.agreement).row == 9)
        workbench.press(.character("g"))
        #expect(workbench.state.table(.agreement).row == 0)
    }

    /// The chosen cell of Co-occurrence and of the Matrix stays in view and marked as the
    /// cursor moves past the edge of the screen.
    @Test func theChosenCellStaysInViewAndMarked() throws {
        let theme = Theme(name: "t", scopes: ["ui.selection": StyleSpec(foreground: .ansi(0), background: .ansi(6))])
        let (workbench, folder) = try makeWorkbench(theme: theme)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("8"), .tab)
        for _ in 0..<12 { workbench.press(.character("l")) }
        for _ in 0..<13 { workbench.press(.character("j")) }
        #expect(markedCell(workbench, row: "KWA-VERB", column: "KWA-SAMEN") == "        0")

        let (small, smallFolder) = try makeWorkbench(width: 50, height: 12, theme: theme)
        defer { try? FileManager.default.removeItem(at: smallFolder) }
        small.press(.character("6"), .character("l"), .character("l"), .character("l"))
        for _ in 0..<8 { small.press(.character("j")) }
        #expect(markedCell(small, row: "SRI", column: "Zorg 2") == "    16")
        for _ in 0..<3 { small.press(.character("h")) }
        for _ in 0..<8 { small.press(.character("k")) }
        #expect(markedCell(small, row: "AAN-VRAAG", column: "Jeugdgezondheid") == "              2")
    }

    /// The text of the cell drawn in the selection style, checked to sit in `row` under `column`.
    private func markedCell(_ workbench: Workbench, row: String, column: String) -> String? {
        let buffer = workbench.render()
        let selection = workbench.state.style("ui.selection")
        let lines = (0..<buffer.height).map { buffer.text(ofRow: $0) }
        guard let header = lines.firstIndex(where: { $0.contains(" Code ") }),
              let y = lines.firstIndex(where: { $0.hasPrefix("│ \(row) ") }) else { return nil }
        let marked = (0..<buffer.width).filter { buffer[$0, y].style == selection }
        guard let first = marked.first, let last = marked.last else { return nil }
        let title = (first...last).map { buffer[$0, header].text }.joined().trimmingCharacters(in: .whitespaces)
        guard title == column else { return nil }
        return (first...last).map { buffer[$0, y].text }.joined()
    }
}
