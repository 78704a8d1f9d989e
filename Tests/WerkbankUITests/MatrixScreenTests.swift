import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

@Suite struct MatrixScreenTests {
    @Test func cellsOpenTheirFragments() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"))
        #expect(workbench.state.screen == .matrix)
        let matrix = try #require(workbench.data.matrix)
        #expect(matrix.columns.map(\.label) == ["Jeugdgezondheid", "Zorg 1", "Sociale studies", "Zorg 2"])
        let los = try #require(matrix.rows.firstIndex { $0.code == "LOS" })
        for _ in 0..<los { workbench.press(.character("j")) }
        workbench.press(.character("l"), .character("l"), .character("l"), .character("l"), .character("h"))
        #expect(workbench.state.matrixColumn == 2)
        #expect(workbench.render().text.contains("Matrix · fragments · by case"))
        workbench.press(.enter)
        #expect(workbench.state.screen == .fragments)
        #expect(workbench.state.fragmentFilter == FragmentFilter(codes: ["LOS"], caseIDs: ["sociale-zorg"]))
        #expect(workbench.data.fragments.count == (try workbench.project.fragments(FragmentFilter(codes: ["LOS"], caseIDs: ["sociale-zorg"]))).count)
        if case .count(let value) = matrix.rows[los].values[2] { #expect(workbench.data.fragments.count == value) }
        workbench.press(.escape)
        #expect(workbench.state.screen == .matrix)
    }

    @Test func axisAndMeasure() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"), .character("s"))
        #expect(workbench.state.matrixMeasure == .participants)
        workbench.press(.character("s"), .character("s"))
        #expect(workbench.state.matrixMeasure == .share)
        #expect(workbench.render().text.contains("%"))
        workbench.press(.character("b"))
        #expect(workbench.state.matrixAxis == .role)
        #expect(workbench.state.matrixMeasure == .fragments, "share is by case only")
        #expect(workbench.data.matrix?.columns.map(\.label) == sampleStudy.roles.map(\.name))
        #expect(workbench.render().text.contains("Cliënten"))
    }

    @Test func theMatrixFollowsEdits() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"))
        let before = try #require(workbench.data.matrix?.grandTotal)
        let coding = try workbench.project.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 0, end: 4), code: "LOS", coder: "Anouk")
        workbench.press(.character("u"))
        #expect(throws: (any Error).self) { try workbench.project.coding(coding.id) }
        #expect(workbench.data.matrix?.grandTotal == before)
    }
}
