import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Bringing another tool's study into a project (`import-qdpx --into`).
@Suite struct IncludeTests {
    /// A study like an import from another tool: its own case, group, code, coder and role,
    /// and a source whose id is taken here by another text.
    private func foreignStudy() -> Study {
        let blue = RGBColour(red: 0, green: 0, blue: 200)
        let codebook = Codebook(groups: [CodeGroup(id: "imported", name: "Imported codes", gloss: "", codes: [
            Code(short: "ad-hominem", name: "ad hominem", gloss: "", colour: blue, groupID: "imported"),
            Code(short: "LOS", name: "Lerend", gloss: "", colour: blue, groupID: "imported"),
        ])])
        let text = "Q1: Een ander gesprek over één ding."
        let source = Source(id: "gesprek", caseID: "elders", title: "Gesprek", kind: .document,
                            participants: [Participant(id: "Q1", role: "Vragenstellers")], text: text,
                            turns: [Turn(speaker: "Q1", range: ScalarRange(start: 4, end: text.scalarCount))])
        let coding = Coding(id: UUID(uuidString: "11111111-2222-3333-4444-555555555555")!, sourceID: "gesprek",
                            range: ScalarRange(start: 4, end: 7), code: "ad-hominem", coder: "cp", memo: "vreemd")
        return Study(title: "Elders", roles: [Role(name: "Vragenstellers", gloss: "", speakerPrefix: "Q")], coders: [Coder(name: "cp")],
                     codebook: codebook,
                     cases: [Case(id: "elders", number: 1, name: "Elders", tableLabel: "Elders", sector: "", institutions: [],
                                  description: "", respondents: [:])],
                     sources: [source], codings: [coding])
    }

    @Test func itAddsWhatIsNewRenamesATakenSourceAndAddsNothingTheSecondTime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let foreign = foreignStudy()

        let report = try project.include(foreign, memos: [.source("gesprek"): "Memo op de bron", .case("elders"): "Memo op de case"])
        #expect(report.addedRoles == ["Vragenstellers"])
        #expect(report.addedGroups == ["Imported codes"])
        #expect(report.addedCases == ["Elders"])
        #expect(report.renamedSources == [.init(from: "gesprek", to: "gesprek-2")])
        #expect(report.addedSources == ["gesprek-2"])
        #expect(report.content.addedCodes == ["ad-hominem"])
        #expect(report.content.addedCoders == ["cp"])
        #expect(report.content.addedCodings == 1)
        #expect(report.content.addedMemos == 2)

        let moved = try project.source("gesprek-2")
        #expect(moved.caseID == "elders" && moved.text == foreign.sources[0].text && moved.participants.map(\.role) == ["Vragenstellers"])
        let coding = try #require(project.allCodings().first { $0.coder == "cp" })
        #expect(coding.sourceID == "gesprek-2" && coding.code == "ad-hominem" && coding.memo == "vreemd")
        #expect(try project.memo(on: .source("gesprek-2")) == "Memo op de bron")
        #expect(try project.memo(on: .source("gesprek")) == nil)
        #expect(try project.memo(on: .case("elders")) == "Memo op de case")
        #expect(try project.source("gesprek").text == tinyStudy().sources[0].text)

        // The same study again: the renamed source is found by its text, the coding by its GUID.
        var again = foreign
        again.sources[0].id = "gesprek-2"
        again.codings[0].sourceID = "gesprek-2"
        let second = try project.include(again)
        #expect(second.addedSources.isEmpty && second.unchangedSources == ["gesprek-2"])
        #expect(second.addedCases.isEmpty && second.addedGroups.isEmpty && second.addedRoles.isEmpty)
        #expect(second.content.addedCodings == 0 && second.content.unchangedCodings == 1)
        #expect(try project.allCodings().count == 1)
    }

    @Test func aFailureLeavesTheProjectAsItWas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        var broken = foreignStudy()
        broken.sources[0].caseID = "nowhere"
        #expect(throws: ProjectError.self) { try project.include(broken) }
        #expect(try project.sources().map(\.id) == ["gesprek"])
        #expect(try project.study().cases.map(\.id) == ["zorg"])
        #expect(try project.study().codebook.codes.count == 3)
    }
}
