import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Two copies made from the same sample cases, coded blind by different coders, merged.
@Suite struct MergeTests {
    @Test func mergeAddsTheOthersWorkOnceAndReportsConflicts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let mine = try Project.create(at: folder.file("anouk.werkbank"), from: sampleStudy)
        let theirs = try Project.create(at: folder.file("bram.werkbank"), from: sampleStudy)
        let added = try theirs.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 5, end: 40), code: "VOR", coder: "Chris",
                                         memo: "blind")
        let code = try theirs.addSubcode(short: "VOR-AMBASSADEUR", name: "Ambassadeur", parent: "VOR", colour: RGBColour(red: 9, green: 9, blue: 9))
        let onSubcode = try theirs.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 50, end: 80), code: code.short, coder: "Chris")
        try theirs.setMemo(on: .case("jeugdzorg"), text: "Memo van Chris")
        try mine.setMemo(on: .code("LOS"), text: "Mijn memo")
        try theirs.setMemo(on: .code("LOS"), text: "Andere memo")
        let shared = try #require(sampleStudy.codings.first)
        _ = try theirs.updateCoding(shared.id, memo: .some("anders"))
        let mineBefore = try mine.allCodings().count

        let report = try mine.merge(from: theirs)
        #expect(report.addedCodings == 2)
        #expect(report.addedCoders == ["Chris"])
        #expect(report.addedCodes == ["VOR-AMBASSADEUR"])
        #expect(report.addedMemos == 1)
        #expect(report.unchangedCodings == sampleStudy.codings.count - 1)
        #expect(report.conflicts.count == 2)
        #expect(report.conflicts.contains { $0.hasPrefix("coding \(shared.id.uuidString.lowercased())") })
        #expect(report.conflicts.contains("memo on code LOS: different text; kept this project's"))
        #expect(try mine.coding(added.id).memo == "blind")
        #expect(try mine.coding(onSubcode.id).code == "VOR-AMBASSADEUR")
        #expect(try mine.memo(on: .case("jeugdzorg")) == "Memo van Chris")
        #expect(try mine.memo(on: .code("LOS")) == "Mijn memo")
        #expect(try mine.coding(shared.id).memo == shared.memo)

        let again = try mine.merge(from: theirs)
        #expect(again.addedCodings == 0 && again.addedCoders.isEmpty && again.addedCodes.isEmpty && again.addedMemos == 0)
        #expect(try mine.allCodings().count == mineBefore + 2)
        #expect(try mine.integrityCheck() == "ok")
    }

    /// A student's practice codings stay a practice layer through a merge, out of the views
    /// and counts of the research; a name that practises in one project only is reported and
    /// its codings are left out.
    @Test func studentsStayStudentsAndMismatchedCodersAreLeftOut() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let mine = try Project.create(at: folder.file("mine.werkbank"), from: sampleStudy)
        let theirs = try Project.create(at: folder.file("class.werkbank"), from: sampleStudy)
        try theirs.enablePractice(consensus: "Anouk")
        try theirs.joinPractice(student: "Sam")
        try theirs.joinPractice(student: "Noor")
        let source = "jz-interview-manager"
        let practised = try theirs.addCoding(source: source, range: ScalarRange(start: 5, end: 40), code: "LOS", coder: "Sam")
        let byNoor = try theirs.addCoding(source: source, range: ScalarRange(start: 50, end: 80), code: "GOC", coder: "Noor")
        // Noor is a researcher here, with a coding of her own.
        let mineByNoor = try mine.addCoding(source: source, range: ScalarRange(start: 90, end: 120), code: "VOR", coder: "Noor")
        let fragmentsBefore = try mine.fragments().count

        let report = try mine.merge(from: theirs)
        #expect(report.addedCoders == ["Sam"])
        #expect(report.addedCodings == 1)
        #expect(report.conflicts == ["coder Noor: a student practising in the other project, not in this one; their codings left out"])
        #expect(try mine.practiceCoders() == ["Sam"])
        #expect(try mine.coding(practised.id).coder == "Sam")
        #expect(try mine.fragments().count == fragmentsBefore)
        #expect(try mine.fragments(FragmentFilter(includePractice: true)).contains { $0.coding.id == practised.id })
        #expect(throws: ProjectError.self) { try mine.coding(byNoor.id) }
        #expect(try mine.coding(mineByNoor.id).coder == "Noor")

        // The other way round: Noor practises there and is a researcher here.
        let back = try theirs.merge(from: mine)
        #expect(back.conflicts.contains("coder Noor: a student practising in this project, not in the other; their codings left out"))
        #expect(throws: ProjectError.self) { try theirs.coding(mineByNoor.id) }
        #expect(try theirs.practiceCoders() == ["Noor", "Sam"])
    }

    /// Attributes come by name: a new declaration with its values, their values where this
    /// project has none; a declaration or value that differs, and a value on a source this
    /// project lacks, are reported.
    @Test func attributesComeAcrossWhereThisProjectHasNone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let mine = try Project.create(at: folder.file("mine.werkbank"), from: sampleStudy)
        let theirs = try Project.create(at: folder.file("theirs.werkbank"), from: sampleStudy)
        try mine.unsetAttribute("instelling", on: .case("sociale-zorg"))
        try theirs.setAttribute("instelling", on: .case("jeugdzorg"), to: "Fontys en Zuyd")
        try theirs.declareAttribute(AttributeDefinition(name: "sector", target: .case, kind: .category, values: ["zorg", "welzijn"]))
        try theirs.setAttribute("sector", on: .case("revalidatie-1"), to: "zorg")
        try theirs.declareAttribute(AttributeDefinition(name: "ronde", target: .source, kind: .number))
        try mine.declareAttribute(AttributeDefinition(name: "ronde", target: .source, kind: .text))
        try theirs.setAttribute("ronde", on: .source("jz-interview-manager"), to: "2")
        let text = "I: Wat leren de Cliënten?\nS9: Samen zorgen."
        try theirs.addSource(Source(id: "alleen-hier", caseID: "jeugdzorg", title: "Alleen hier", kind: .interview, interviewers: ["I"],
                                    participants: [], text: text, turns: []),
                             checksum: Project.checksum(of: Data(text.utf8)))
        try theirs.declareAttribute(AttributeDefinition(name: "opname", target: .source, kind: .date))
        try theirs.setAttribute("opname", on: .source("alleen-hier"), to: "2024-03-01")
        try theirs.setAttribute("opname", on: .source("jz-interview-manager"), to: "2024-02-01")

        let report = try mine.merge(from: theirs)
        #expect(report.addedAttributes == ["sector", "opname"])
        #expect(report.addedAttributeValues == 3)
        #expect(report.conflicts.contains("attribute instelling on jeugdzorg: different value; kept this project's"))
        #expect(report.conflicts.contains("attribute ronde: declared differently; kept this project's, and its values"))
        #expect(report.skipped.contains("attribute opname on alleen-hier: this project has no such source"))
        #expect(try mine.attributeValues(attribute: "instelling", on: .case("sociale-zorg")).map(\.value.text) == ["Fontys"])
        #expect(try mine.attributeValues(attribute: "instelling", on: .case("jeugdzorg")).map(\.value.text) == ["Fontys"])
        #expect(try mine.attributeValues(attribute: "sector").map(\.target) == [.case("revalidatie-1")])
        #expect(try mine.attributeValues(attribute: "opname").map(\.value.text) == ["2024-02-01"])
        #expect(try mine.attributeValues(attribute: "ronde").isEmpty)
        #expect(try mine.attributeDefinitions().first { $0.name == "ronde" }?.kind == .text)

        let again = try mine.merge(from: theirs)
        #expect(again.addedAttributes.isEmpty && again.addedAttributeValues == 0)
        #expect(try mine.integrityCheck() == "ok")
    }

    @Test func aSourceWithAnotherTextRefusesTheMerge() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var changed = sampleStudy
        changed.sources[0].text += " Extra zin."
        changed.codings = []
        let mine = try Project.create(at: folder.file("mine.werkbank"), from: sampleStudy)
        let theirs = try Project.create(at: folder.file("theirs.werkbank"), from: changed)
        _ = try theirs.addCoding(source: changed.sources[1].id, range: ScalarRange(start: 0, end: 5), code: "LOS", coder: "Chris")
        let before = try mine.allCodings().count
        #expect(throws: ProjectError.self) { try mine.merge(from: theirs) }
        #expect(try mine.allCodings().count == before)
        #expect(try mine.study().coders.contains { $0.name == "Chris" } == false)
    }
}

@Suite struct DecisionTests {
    @Test func aDecisionIsOneUndoableStepAndKeepsNeitherToo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let stretches = Disagreement.find(codings: sampleStudy.codings, coderA: "Anouk", coderB: "Bram")
        let first = try #require(stretches.first)
        try project.decide(first, consensus: "Team", choice: "A", keep: first.codingsA)
        try project.decide(stretches[1], consensus: "Team", choice: "neither", keep: [])
        #expect(try project.decisions(consensus: "Team").map(\.choice).sorted() == ["A", "neither"])
        #expect(try project.allCodings().filter { $0.coder == "Team" }.map(\.range) == first.codingsA.map(\.range))
        try project.undo()
        #expect(try project.decisions(consensus: "Team").map(\.choice) == ["A"])
        try project.undo()
        #expect(try project.decisions(consensus: "Team").isEmpty)
        #expect(try project.allCodings().allSatisfy { $0.coder != "Team" })
        try project.redo()
        #expect(try project.allCodings().filter { $0.coder == "Team" }.count == first.codingsA.count)
        #expect(try project.decisions(consensus: "Team").count == 1)
    }
}
