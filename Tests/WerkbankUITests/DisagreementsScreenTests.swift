import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

@Suite struct DisagreementsScreenTests {
    @Test func resolveToAConsensusCoderWithUndo() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character(":"))
        workbench.type("consensus Team")
        workbench.press(.enter, .character("7"))
        #expect(workbench.state.screen == .disagreements)
        #expect(workbench.state.disagreements.coders == ["Anouk", "Bram"])
        let expected = Disagreement.find(codings: sampleStudy.codings, coderA: "Anouk", coderB: "Bram")
        #expect(workbench.data.disagreements.count == expected.count)
        #expect(!expected.isEmpty)
        let first = workbench.data.disagreements[0]
        #expect(workbench.render().text.contains("Disagreements · Anouk / Bram → Team"))

        workbench.press(.character("1"))
        let team = try workbench.project.allCodings().filter { $0.coder == "Team" }
        #expect(team.map(\.range) == first.codingsA.map(\.range))
        #expect(team.allSatisfy { $0.code == first.code })
        #expect(workbench.data.resolvedDisagreements.contains(first.id))
        #expect(workbench.state.list(.disagreements).selected == 1)

        let second = workbench.data.disagreements[1]
        workbench.press(.character("0"))
        #expect(try workbench.project.allCodings().filter { $0.coder == "Team" }.count == team.count)
        #expect(workbench.data.resolvedDisagreements.contains(second.id))

        // Each decision is one undo step; "neither" is kept too.
        workbench.press(.character("u"))
        #expect(!workbench.data.resolvedDisagreements.contains(second.id))
        #expect(workbench.data.resolvedDisagreements.contains(first.id))
        workbench.press(.character("u"))
        #expect(try workbench.project.allCodings().filter { $0.coder == "Team" }.isEmpty)
        #expect(workbench.data.resolvedDisagreements.isEmpty)
    }

    @Test func decisionsSurviveAReopen() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("7"), .character("0"))
        let decided = try #require(workbench.data.disagreements.first)
        let state = AppState(language: .en, readOnly: false, coder: "Anouk", projectName: "x", theme: Theme(name: "plain"), colorProfile: .ansi16)
        let again = try Workbench(project: try Project.open(at: workbench.project.url), state: state)
        again.press(.character("7"))
        #expect(again.data.resolvedDisagreements == [decided.id])
    }

    @Test func chooseTheCodersByCommand() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character(":"))
        workbench.type("disagreements Bram Anouk")
        workbench.press(.enter)
        #expect(workbench.state.disagreements.coders == ["Bram", "Anouk"])
        #expect(workbench.data.disagreements.first?.codingsA.allSatisfy { $0.coder == "Bram" } == true)
        workbench.press(.character(":"))
        workbench.type("disagreements Bram Zoë")
        workbench.press(.enter)
        #expect(workbench.state.message?.isError == true)
    }

    @Test func readOnlyCannotResolve() throws {
        let (workbench, folder) = try makeWorkbench(width: 100, height: 30, readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("7"), .character("1"))
        #expect(try workbench.project.allCodings().allSatisfy { $0.coder != "Consensus" })
        #expect(workbench.state.message?.text.contains("resolve: keep the first coder's coding") == true)
    }
}
