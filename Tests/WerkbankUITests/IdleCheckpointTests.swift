import Foundation
import Testing
@testable import WerkbankUI

/// Codings in the reader commit to the write-ahead log only; the log goes into the project
/// file when the user is idle, not in the middle of a key press.
@Suite struct IdleCheckpointTests {
    @Test func editsWaitInTheLogUntilTheWorkbenchIsIdle() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("j"), .enter, .character("l"), .character("l"), .enter)
        #expect(workbench.state.screen == .source)
        let sourceID = try #require(workbench.data.source?.id)
        let before = try workbench.project.codings(inSource: sourceID).count
        for code in ["1", "2", "3"] { workbench.press(.character("j"), .character(Character(code))) }
        #expect(workbench.state.message?.text.hasPrefix("Coded ") == true)
        #expect(workbench.idle() == 0, "the codings' pages are in the project file after an idle moment")
        // A checkpoint loses nothing: the codings are read back from the project file.
        #expect(try workbench.project.codings(inSource: sourceID).count == before + 3)
    }

    @Test func aReadOnlyWorkbenchLeavesTheLogAlone() throws {
        let (workbench, folder) = try makeWorkbench(readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(workbench.idle() == 0)
    }
}
