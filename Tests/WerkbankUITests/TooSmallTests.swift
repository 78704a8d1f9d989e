import Foundation
import Testing
@testable import WerkbankUI

/// A terminal too small for the workbench shows the whole request to enlarge it.
@Suite struct TooSmallTests {
    @Test func theMessageWrapsOverTheLinesThereAre() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.handle(.resize(width: 10, height: 5))
        let screen = workbench.render().text
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
        #expect(screen.filter { !$0.isWhitespace } == "Enlarge the terminal to at least 50×12.".filter { !$0.isWhitespace })
        workbench.handle(.resize(width: 20, height: 5))
        #expect(workbench.render().text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            == ["Enlarge the terminal", "to at least 50×12."])
    }
}
