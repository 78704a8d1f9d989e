import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

@Suite struct AnalysisScreenTests {
    @Test func agreementAndCoOccurrenceTabs() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("8"))
        #expect(workbench.state.screen == .analysis)
        let expected = try workbench.project.agreementInput(coders: ("Anouk", "Bram")).binaryAgreement(unit: .character).pooled
        let pooled = try #require(workbench.render().text.split(separator: "\n").first { $0.contains("All codes (pooled)") })
        #expect(pooled.contains(String(format: "%.3f", expected.kappa ?? -9)))
        #expect(pooled.contains(String(expected.n)))

        workbench.press(.character("t"))
        #expect(workbench.state.agreementUnit == .turn)
        #expect(workbench.render().text.contains("by turn"))

        workbench.press(.tab)
        #expect(workbench.state.analysisTab == 1)
        #expect(workbench.render().text.contains("Co-occurrence (overlap)"))
        workbench.press(.character("o"))
        #expect(workbench.state.coOccurrenceMode == .turn)
        #expect(workbench.data.coOccurrenceTable == (try workbench.project.coOccurrence(mode: .turn)).report)
    }
}
