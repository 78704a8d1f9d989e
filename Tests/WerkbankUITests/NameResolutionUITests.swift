import Foundation
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// The workbench names cases, roles, coders and sources as `werkbank` does (``NameResolver``),
/// and shows the store's element × case cells as its findings.
@Suite struct NameResolutionUITests {
    @Test func anAmbiguousNameSaysWhatItCouldBe() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = workbench.state
        _ = state.run(command: "case zorg", data: workbench.data)
        #expect(state.message == StatusMessage(text: "zorg could be: Revalidatie 1 (Zorg 1), Revalidatie 2 (Zorg 2)", isError: true))
        #expect(state.applyFilter("case revalidatie", data: workbench.data).isEmpty)
        #expect(state.message?.text == "revalidatie could be: Revalidatie 1 (Zorg 1), Revalidatie 2 (Zorg 2)")
        _ = state.run(command: "case jeugd", data: workbench.data)
        #expect(state.screen == .studyCase && state.caseIndex == 0)
    }

    /// Issue 11: coders in any case, in `:filter coder` and `:disagreements`.
    @Test func codersInAnyCase() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = workbench.state
        _ = state.applyFilter("coder bram", data: workbench.data)
        #expect(state.fragments.filter.coders == ["Bram"])
        let effects = state.run(command: "disagreements bram ANOUK", data: workbench.data)
        #expect(state.disagreements.coders == ["Bram", "Anouk"])
        #expect(effects == [.loadDisagreements(coderA: "Bram", coderB: "Anouk", consensus: "Consensus")])
        _ = state.run(command: "disagreements Bram Zoë", data: workbench.data)
        #expect(state.message?.text == ":disagreements A B — no coder named Zoë; the coders are Anouk, Bram")
    }

    @Test func findingsAreTheStoresCells() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .tab)
        let findings = try #require(workbench.data.findings["revalidatie-1"])
        let cells = try workbench.project.elementCells(ofCase: "revalidatie-1", quoteLimit: 3)
        #expect(findings.map(\.code) == cells.map(\.element))
        #expect(findings.map(\.fragmentCount) == cells.map(\.fragmentCount))
        #expect(findings.map(\.respondentCount) == cells.map(\.respondentCount))
        #expect(findings.map(\.firstFragments) == cells.map(\.quotes))
    }
}
