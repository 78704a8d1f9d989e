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
        #expect(workbench.state.analysis.unit == .turn)
        #expect(workbench.render().text.contains("by turn"))

        workbench.press(.tab)
        #expect(workbench.state.analysis.tab == 1)
        #expect(workbench.render().text.contains("Co-occurrence (overlap)"))
        workbench.press(.character("o"))
        #expect(workbench.state.analysis.mode == .turn)
        #expect(workbench.data.coOccurrenceTable == (try workbench.project.coOccurrence(mode: .turn)).report)
    }
}

@Suite struct CoOccurrenceDrillDownTests {
    @Test func enterOnACellListsThePairs() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("8"), .tab)
        let codes = try #require(workbench.data.coOccurrenceTable).rows.map { $0[0].display }
        let los = try #require(codes.firstIndex(of: "LOS"))
        let goc = try #require(codes.firstIndex(of: "GOC"))
        for _ in 0..<los { workbench.press(.character("j")) }
        for _ in 0..<goc { workbench.press(.character("l")) }
        workbench.press(.enter)
        #expect(workbench.state.screen == .fragments)
        let pairs = try workbench.project.coOccurrencePairs("LOS", "GOC", mode: .overlap)
        #expect(!pairs.isEmpty)
        #expect(Set(workbench.data.fragments.map(\.id)) == Set(pairs.flatMap { [$0.0.id, $0.1.id] }))
        #expect(workbench.render().text.contains("Fragments · LOS × GOC (overlap)"))
        workbench.press(.escape, .character("f"))
        #expect(workbench.state.fragments.note == nil, "f shows the filter again")
    }
}
