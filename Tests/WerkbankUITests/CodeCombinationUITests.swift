import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// `:filter and|not CODE` and `:filter within overlap|turn` on the Fragments and Matrix screens.
@Suite struct CodeCombinationUITests {
    @Test func theFragmentsScreenCombinesCodes() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["filter code GOC", "filter and VOR"] {
            workbench.press(.character(":"))
            workbench.type(command)
            workbench.press(.enter)
        }
        let withVOR = FragmentFilter(codes: ["GOC"], combinations: [CodeCombination(.with, "VOR")])
        #expect(workbench.state.screen == .fragments)
        #expect(workbench.state.fragments.filter == withVOR)
        #expect(workbench.data.fragments.map(\.id) == (try workbench.project.fragments(withVOR)).map(\.id))
        #expect(!workbench.data.fragments.isEmpty)
        #expect(workbench.render().text.contains("Fragments · GOC · with VOR"))

        for command in ["filter not VOR", "filter within turn"] {
            workbench.press(.character(":"))
            workbench.type(command)
            workbench.press(.enter)
        }
        let withoutVOR = FragmentFilter(codes: ["GOC"], combinations: [CodeCombination(.without, "VOR")], combinationMode: .turn)
        #expect(workbench.state.fragments.filter == withoutVOR, "naming VOR again with not turns the condition round")
        #expect(workbench.data.fragments.map(\.id) == (try workbench.project.fragments(withoutVOR)).map(\.id))
        #expect(workbench.render().text.contains("Fragments · GOC · without VOR · in the same turn"))

        workbench.press(.character(":"))
        workbench.type("filter within sometimes")
        workbench.press(.enter)
        #expect(workbench.state.fragments.filter == withoutVOR)
        #expect(workbench.state.message?.isError == true)
    }

    @Test func theMatrixCountsTheCombinationInPlaceAndItsCellsKeepIt() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30, language: .nl)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"))
        workbench.press(.character(":"))
        workbench.type("filter en VOR")
        workbench.press(.enter)
        #expect(workbench.state.screen == .matrix, "the matrix counts the combination where it is")
        let expected = try workbench.project.matrix(combinations: [CodeCombination(.with, "VOR")])
        #expect(workbench.data.matrix == expected)
        #expect(workbench.render().text.contains("met VOR"))
        let goc = try #require(expected.rows.firstIndex { $0.code == "GOC" })
        for _ in 0..<goc { workbench.press(.character("j")) }
        workbench.press(.character("l"), .character("l"))
        workbench.press(.enter)
        #expect(workbench.state.screen == .fragments)
        let cell = FragmentFilter(codes: ["GOC"], caseIDs: [expected.columns[2].id], combinations: [CodeCombination(.with, "VOR")])
        #expect(workbench.state.fragments.filter == cell)
        #expect(.count(workbench.data.fragments.count) == expected.rows[goc].values[2])
    }
}
