import Foundation
import TerminalKit
import Testing
@testable import WerkbankUI

/// The whole workbench loop on a scripted terminal: keys in, frames out, as the curses
/// terminal would see them.
@Suite struct WorkbenchLoopTests {
    @Test func keysInFramesOutUntilQuit() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = TestTerminal(width: 80, height: 24)
        terminal.send(.character("j"), .character("3"), .character("q"), .character("q"))
        terminal.send(.character("4"))  // never read: the workbench has quit
        workbench.run(on: terminal)

        #expect(workbench.state.shouldQuit)
        #expect(terminal.pendingEvents == [.key(.character("4"))])
        // A first frame, then one after each key but the last `q`, which quits.
        #expect(terminal.frames.count == 4)
        #expect(terminal.frames[0].text.contains("Jeugdzorg"))
        #expect(terminal.frames[2].text.contains("Cliënten"), "3 opened the respondents table")
        #expect(terminal.frames[3].text.contains("Revalidatie 1"), "q went back to the cases")
        #expect(terminal.drawnRows[0] == Array(0..<24), "the first frame draws every row")
        // Moving down a row of the list redraws the rows that changed, not the whole screen.
        #expect(!terminal.drawnRows[1].isEmpty && terminal.drawnRows[1].count < 24)
    }

    @Test func aResizeDrawsTheNextFrameAtTheNewSize() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = TestTerminal(width: 80, height: 24)
        terminal.resize(width: 40, height: 10)
        terminal.resize(width: 120, height: 40)
        workbench.run(on: terminal)

        #expect(terminal.frames.map(\.width) == [80, 40, 120])
        #expect(terminal.frames[1].text.contains("Enlarge"))
        #expect(terminal.drawnRows[2] == Array(0..<40))
        #expect(!workbench.state.shouldQuit, "the script ran out; nobody quit")
    }
}
