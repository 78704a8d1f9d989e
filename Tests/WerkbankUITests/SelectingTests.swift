import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// Selecting in the reader: which end moves is shown, and undoing a coding gives its
/// selection back (issue 11, confusing items).
@Suite struct SelectingTests {
    /// Opens the manager interview of Revalidatie 1 (second by date) on its third turn.
    func openThirdTurn(_ workbench: Workbench) throws -> Source {
        workbench.press(.down, .enter, .tab, .tab, .down, .enter, .character("j"), .character("j"))
        let source = try #require(workbench.data.source)
        #expect(source.id == "rev1-interview-manager")
        return source
    }

    /// The status bar's text.
    func statusBar(_ workbench: Workbench) -> String {
        let buffer = workbench.render()
        return buffer.text(ofRow: buffer.height - 2)
    }

    /// The character drawn underlined in the reader's text: the moving end.
    func underlined(_ workbench: Workbench) throws -> [String] {
        let buffer = workbench.render()
        let area = try #require(workbench.state.feedback.sourceText).area
        return (area.y..<area.maxY).flatMap { y in
            (area.x..<area.maxX).filter { buffer[$0, y].style.attributes.contains(.underline) }.map { buffer[$0, y].text }
        }
    }

    @Test func theMovingEndIsShownAndOSwapsIt() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try openThirdTurn(workbench).text
        #expect(!statusBar(workbench).contains("moves"))
        workbench.press(.character("v"), .character("b"))
        let selection = try #require(workbench.state.selection(in: workbench.data))
        #expect(statusBar(workbench).hasPrefix(" SELECT  end ▶ moves"), "\(statusBar(workbench))")
        let last = try #require(text.scalars(in: ScalarRange(start: selection.end - 1, end: selection.end)))
        #expect(try underlined(workbench) == [last])
        workbench.press(.character("o"))
        #expect(statusBar(workbench).hasPrefix(" SELECT  ◀ start moves"), "\(statusBar(workbench))")
        let first = try #require(text.scalars(in: ScalarRange(start: selection.start, end: selection.start + 1)))
        #expect(try underlined(workbench) == [first])
        workbench.press(.character("w"))
        #expect(workbench.state.selection(in: workbench.data)?.end == selection.end, "the end stays, the start moved")
        workbench.press(.character("v"))
        #expect(!statusBar(workbench).contains("moves"))
        #expect(try underlined(workbench).isEmpty)
    }

    @Test func undoAfterCodingGivesTheSelectionBack() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try openThirdTurn(workbench)
        workbench.press(.character("v"), .character("b"), .character("b"), .character("o"), .character("w"))
        let selected = try #require(workbench.state.reader.visual)
        let turn = workbench.state.list(.units).selected
        workbench.press(.character("1"))
        #expect(workbench.state.reader.visual == nil)
        #expect(try workbench.project.codings(inSource: source.id).contains { $0.range == selected.range && $0.code == "LOS" })
        workbench.press(.character("j"), .character("j"))
        workbench.press(.character("u"))
        #expect(try !workbench.project.codings(inSource: source.id).contains { $0.range == selected.range && $0.code == "LOS" })
        #expect(workbench.state.reader.visual == selected, "SELECT again, with the same moving end")
        #expect(workbench.state.isSelecting)
        #expect(workbench.state.list(.units).selected == turn)
        #expect(statusBar(workbench).hasPrefix(" SELECT  ◀ start moves"))
    }

    /// Only while the coding is the last edit: after another edit, `u` undoes that and leaves
    /// the selection alone.
    @Test func anotherEditInBetweenKeepsTheSelectionAway() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try openThirdTurn(workbench)
        workbench.press(.character("v"), .character("b"), .character("1"))
        workbench.press(.character("m"))
        workbench.type("memo")
        workbench.press(.escape)
        #expect(workbench.state.message?.text == "Memo saved")
        workbench.press(.character("u"))
        #expect(workbench.state.reader.visual == nil)
    }

    /// A coding by the picker gives its selection back too.
    @Test func undoAfterThePickerGivesTheSelectionBack() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try openThirdTurn(workbench)
        workbench.press(.character("v"), .character(")"), .character("c"))
        let selected = try #require(workbench.state.reader.visual)
        workbench.type("vmm")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == "Coded VMM")
        workbench.press(.character("u"))
        #expect(workbench.state.reader.visual == selected)
    }
}
