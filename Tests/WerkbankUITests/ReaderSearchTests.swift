import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

@Suite struct ReaderSearchTests {
    @Test func searchFoldsCaseAndDiacriticsAndKeepsScalarOffsets() {
        let text = "De Clie\u{0308}nten en de cliënten; CLIENTEN."
        let search = SourceSearch(text: text)
        let first = search.find("clienten", from: 0)
        #expect(first.flatMap { text.scalars(in: $0) } == "Clie\u{0308}nten")
        let second = first.flatMap { search.find("clienten", from: $0.start + 1) }
        #expect(second.flatMap { text.scalars(in: $0) } == "cliënten")
        let third = second.flatMap { search.find("clienten", from: $0.start + 1) }
        #expect(third.flatMap { text.scalars(in: $0) } == "CLIENTEN")
        #expect(third.flatMap { search.find("clienten", from: $0.start + 1) } == first, "the search wraps round")
        #expect(search.find("clienten", from: first!.start, backward: true) == third)
        #expect(search.find("nergens", from: 0) == nil)
    }

    @Test func slashSelectsTheMatchAndCodesIt() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .enter)
        let text = try #require(workbench.data.source?.text)
        workbench.press(.character("/"))
        workbench.type("klinische les")
        #expect(workbench.render().text.split(separator: "\n").last == "/klinische les")
        workbench.press(.enter)
        let match = try #require(workbench.state.selection(in: workbench.data))
        #expect(text.scalars(in: match)?.lowercased() == "klinische les")
        workbench.press(.character("n"))
        let next = try #require(workbench.state.selection(in: workbench.data))
        #expect(next.start > match.start && text.scalars(in: next)?.lowercased() == "klinische les")
        workbench.press(.character("N"))
        #expect(workbench.state.selection(in: workbench.data) == match)
        workbench.press(.character("1"))
        #expect(try workbench.project.codings(inSource: "rev1-interview-manager").contains { $0.range == match && $0.code == "LOS" })

        workbench.press(.character("/"))
        workbench.type("xyzzy")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == "Not found: xyzzy")
    }

    @Test func gotoAPosition() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .enter)
        let source = try #require(workbench.data.source)
        let target = source.turns[5].range.start + 3
        workbench.press(.character(":"))
        workbench.type("goto \(target)")
        workbench.press(.enter)
        #expect(workbench.state.selection(in: workbench.data) == source.turns[5].range)
    }
}

@Suite struct ReaderMouseTests {
    @Test func clickSelectsATurnAndDragSelectsAStretch() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .enter)
        let source = try #require(workbench.data.source)
        _ = workbench.render()
        let text = try #require(workbench.state.feedback.sourceText)
        let (x, y) = (text.area.x, text.area.y)
        // Row 3 of the text is the manager's first turn ("M1: Ja. Ik ben …").
        workbench.handle(.mouse(MouseEvent(kind: .press(button: 1), x: x + 10, y: y + 3)))
        workbench.handle(.mouse(MouseEvent(kind: .release, x: x + 10, y: y + 3)))
        #expect(workbench.state.selection(in: workbench.data) == source.turns[1].range)
        workbench.handle(.mouse(MouseEvent(kind: .press(button: 1), x: x + 4, y: y + 3)))
        workbench.handle(.mouse(MouseEvent(kind: .release, x: x + 11, y: y + 3)))
        let dragged = try #require(workbench.state.selection(in: workbench.data))
        #expect(source.text.scalars(in: dragged) == "Ja. Ik ")
    }
}
