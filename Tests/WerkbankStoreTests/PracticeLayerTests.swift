import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Practice coding (decision 61): students' layers are invisible to each other and left out of
/// the normal views unless asked for; feedback and the class view use the existing agreement.
@Suite struct PracticeLayerTests {
    let source = "rev1-interview-manager"

    /// The sample project as a practice project with Bram as consensus and two students who
    /// each coded one stretch (Lotte with a memo).
    private func practiceProject(_ folder: TemporaryFolder) throws -> Project {
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        try project.enablePractice(consensus: "Bram")
        for (student, code) in [("Lotte", "LOS"), ("Sem", "VOR")] {
            try project.joinPractice(student: student)
            project.actingCoder = student
            try project.addCoding(source: source, range: ScalarRange(start: 2349, end: 2819), code: code, coder: student,
                                  memo: "memo of \(student)")
        }
        project.actingCoder = nil
        return project
    }

    @Test func aStudentsLayerIsInvisibleToAnotherStudent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try practiceProject(folder)
        let lotte = try project.codings(inSource: source, coder: "Lotte")
        #expect(lotte.map(\.code) == ["LOS"])
        #expect(try project.codings(inSource: source, coder: "Sem").map(\.code) == ["VOR"])
        // What the reader of anyone else (researcher, teacher) shows: neither student.
        let normal = try project.codings(inSource: source)
        #expect(!normal.isEmpty)
        #expect(normal.allSatisfy { $0.coder != "Lotte" && $0.coder != "Sem" })
        #expect(try project.codings(inSource: source, includePractice: true).contains { $0.coder == "Sem" })
        #expect(try project.practiceSetup() == PracticeSetup(consensus: "Bram", students: ["Lotte", "Sem"]))
    }

    @Test func normalViewsLeaveOutPracticeLayersUnlessAsked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try practiceProject(folder)
        let students: Set<String> = ["Lotte", "Sem"]
        #expect(try project.fragments().allSatisfy { !students.contains($0.coding.coder) })
        #expect(try project.fragments(FragmentFilter(includePractice: true)).filter { students.contains($0.coding.coder) }.count == 2)
        #expect(try project.fragments(FragmentFilter(coders: ["Lotte"])).map(\.coding.coder) == ["Lotte"], "naming the coder shows the layer")
        let before = try project.codeCaseCounts().map(\.fragments).reduce(0, +)
        #expect(before == sampleStudy.codings.count, "the counts are those of the sample codings alone")
        #expect(try project.codeCaseCounts(coders: ["Sem"]).map(\.code) == ["VOR"])
        #expect(try project.matrixTallies(speakers: false, ranges: false).allSatisfy { !students.contains($0.coder) })
        #expect(try project.matrixTallies(speakers: false, ranges: false).map(\.count).reduce(0, +) == sampleStudy.codings.count,
                "the tallies count the sample codings alone")
        #expect(try project.matrixTallies(speakers: true, ranges: false).map(\.count).reduce(0, +) == sampleStudy.codings.count)
        #expect(try project.matrixTallies(speakers: false, ranges: false, includePractice: true).contains { $0.coder == "Lotte" })
        #expect(try project.allMemos().allSatisfy { $0.author.map { !students.contains($0) } ?? true })
        var exported: [Coding] = []
        try project.forEachSource { _, codings in exported += codings }
        #expect(exported.count == sampleStudy.codings.count)
        var withPractice: [Coding] = []
        try project.forEachSource(includePractice: true) { _, codings in withPractice += codings }
        #expect(withPractice.count == sampleStudy.codings.count + 2)
        let listed = try project.sources().first { $0.id == source }
        #expect(listed?.codingCount == sampleStudy.codings.filter { $0.sourceID == source }.count)
    }

    @Test func joiningIsRefusedForTheConsensusAResearcherAndOutsidePractice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        #expect(throws: ProjectError.self) { try project.joinPractice(student: "Lotte") }
        try project.enablePractice(consensus: "Bram")
        #expect { try project.joinPractice(student: "Bram") } throws: { "\($0)".contains("consensus coder") }
        #expect { try project.joinPractice(student: "Anouk") } throws: { "\($0)".contains("codings outside practice") }
        try project.joinPractice(student: "Lotte")
        #expect { try project.enablePractice(consensus: "Lotte") } throws: { "\($0)".contains("student practising") }
    }

    @Test func enablingAndEndingPracticeAreUndoable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        project.actingCoder = "Docent"
        try project.enablePractice(consensus: "Bram")
        try project.disablePractice()
        #expect(try project.practiceSetup() == nil)
        _ = try project.undo()
        #expect(try project.practiceSetup()?.consensus == "Bram")
        _ = try project.undo()
        #expect(try project.practiceSetup() == nil)
        _ = try project.redo()
        #expect(try project.practiceSetup()?.consensus == "Bram")
        #expect(try project.coderNames().contains("Docent"), "the teacher is known, not taken for a new student")
    }

    /// A student's undo reaches their own entries only, not the entries of no one that every
    /// other coder's undo reaches (decision 55).
    @Test func aStudentUndoesOnlyTheirOwnLayer() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try practiceProject(folder)  // enabled with no acting coder: an entry of no one
        project.actingCoder = "Lotte"
        _ = try project.undo()
        #expect(try project.codings(inSource: source, coder: "Lotte").isEmpty)
        #expect(try project.codings(inSource: source, coder: "Sem").count == 1)
        #expect(throws: ProjectError.nothingToUndo) { try project.undo() }
        #expect(try project.practiceSetup()?.consensus == "Bram")
        // Anouk's undo does reach the entry of no one.
        project.actingCoder = "Anouk"
        _ = try project.undo()
        #expect(try project.practiceSetup() == nil)
        #expect(try project.codings(inSource: source, coder: "Sem").count == 1)
    }

    @Test func feedbackAndClassUseTheExistingAgreement() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try practiceProject(folder)
        let feedback = try project.practiceFeedback(student: "Lotte")
        let direct = try project.agreementReport(coders: ("Lotte", "Bram"), unit: .character)
        #expect(feedback.agreement == direct)
        #expect(feedback.agreement.sourceIDs == [source])
        // Lotte coded the turn 2349..2819 with LOS where Bram coded GOC and SRI (with a memo).
        let mine = try #require(feedback.items.first { $0.side == .student })
        #expect(mine.code == "LOS" && mine.range == ScalarRange(start: 2349, end: 2819))
        #expect(mine.consensusCodes == ["GOC", "SRI"])
        #expect(mine.explanation == ["Roosters en afdelingen zo ingericht: (her)inrichten."])
        #expect(!feedback.items.contains { $0.side == .consensus && ["GOC", "SRI"].contains($0.code) && $0.range.overlaps(mine.range) },
                "Bram's GOC and SRI there are said once, in Lotte's item")
        let input = try project.agreementInput(coders: ("Lotte", "Bram"))
        let losKappa = input.binaryAgreement(unit: .character, codes: ["LOS"]).perCode[0].figures.kappa
        let classView = try project.classAgreement()
        #expect(classView.rows.map(\.student) == ["Lotte", "Sem"])
        #expect(classView.elements == sampleStudy.codebook.elements.map(\.short))
        let lotte = try #require(classView.rows.first)
        #expect(lotte.perElement[classView.elements.firstIndex(of: "LOS") ?? 0].kappa == losKappa)
        #expect(lotte.sourceCount == 1)
        // A student who has not coded yet has a row with nothing to compare.
        try project.joinPractice(student: "Noor")
        let withNoor = try project.classAgreement()
        let noor = try #require(withNoor.rows.firstIndex { $0.student == "Noor" })
        #expect(withNoor.rows[noor].sourceCount == 0)
        #expect(withNoor.table(.kappa).rows[noor].dropFirst(2).allSatisfy { $0 == .notApplicable })
        #expect(withNoor.table(.percent).rows[0][2] != .notApplicable)
    }
}
