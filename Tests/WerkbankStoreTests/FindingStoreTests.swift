import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Findings, judgements and conclusions in a project: written, journaled, merged, checked.
@Suite struct FindingStoreTests {
    let zorgLOS = CellKey(caseID: "zorg", element: "LOS")
    let zorgGOC = CellKey(caseID: "zorg", element: "GOC")

    /// A tiny project with a coding on a sub-code of LOS and one on GOC.
    func tinyProject(_ folder: TemporaryFolder) throws -> (Project, Coding, Coding) {
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let onSubcode = try project.addCoding(source: "gesprek", range: ScalarRange(start: 21, end: 30), code: "LOS-SCH", coder: "Anouk")
        let onGOC = try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 16), code: "GOC", coder: "Anouk")
        return (project, onSubcode, onGOC)
    }

    @Test func findingsJudgementsAndConclusionsAreWrittenAndRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, onSubcode, onGOC) = try tinyProject(folder)
        let finding = try project.addFinding(caseID: "zorg", element: "LOS", text: "  Scholing voor iedereen.\nOok studenten.  ",
                                             author: "Anouk", role: "Cliënten", evidence: [onSubcode.id])
        #expect(finding.text == "Scholing voor iedereen.\nOok studenten.")
        #expect(finding.cell == zorgLOS && finding.role == "Cliënten" && finding.author == "Anouk")
        #expect(finding.created != nil && finding.modified != nil)
        #expect(finding.evidence.map(\.codingID) == [onSubcode.id])
        #expect(finding.evidence.first?.quote == "Clie\u{0308}nten")
        let linked = try project.linkEvidence([onGOC.id, onSubcode.id], to: finding.id)
        #expect(linked.evidence.map(\.codingID) == [onSubcode.id, onGOC.id])
        let edited = try project.updateFinding(finding.id, text: "Scholing voor iedereen.", role: .some(nil))
        #expect(edited.text == "Scholing voor iedereen." && edited.role == nil && edited.evidence.count == 2)
        let unlinked = try project.unlinkEvidence([onGOC.id], from: finding.id)
        #expect(unlinked.evidence.map(\.codingID) == [onSubcode.id])
        #expect(try project.findings(caseID: "zorg", element: "LOS") == [unlinked])
        #expect(try project.findings(citing: onSubcode.id).map(\.id) == [finding.id])

        let judgement = try project.setJudgement(zorgLOS, status: .deelsHerkend, why: "Alleen cliënten noemen het.", author: "Bram")
        #expect(try project.judgements() == [judgement])
        let conclusion = try project.addConclusion(text: "Alle elementen worden herkend.", author: "Anouk",
                                                   cells: [zorgLOS, zorgGOC, zorgLOS], evidence: [onGOC.id])
        #expect(conclusion.cells == [zorgLOS, zorgGOC])
        #expect(conclusion.evidence.map(\.codingID) == [onGOC.id])
        #expect(try project.conclusions() == [conclusion])
        let synthesis = try project.synthesis()
        #expect(synthesis.findings.count == 1 && synthesis.judgements.count == 1 && synthesis.conclusions.count == 1)
    }

    @Test func badFindingsAreRefusedWithReasons() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, onSubcode, _) = try tinyProject(folder)
        #expect(throws: ProjectError.invalidSynthesis("`LOS-SCH` is a sub-code of `LOS`; findings, judgements and conclusions belong to elements (top-level codes), and a sub-code's fragments roll up to theirs: use `LOS`")) {
            try project.addFinding(caseID: "zorg", element: "LOS-SCH", text: "x", author: "A")
        }
        #expect(throws: ProjectError.unknownCase("elders")) { try project.addFinding(caseID: "elders", element: "LOS", text: "x", author: "A") }
        #expect(throws: ProjectError.unknownCode("XYZ")) { try project.addFinding(caseID: "zorg", element: "XYZ", text: "x", author: "A") }
        #expect(throws: ProjectError.invalidSynthesis("a finding needs a text")) {
            try project.addFinding(caseID: "zorg", element: "LOS", text: " \n ", author: "A")
        }
        #expect(throws: ProjectError.self) { try project.addFinding(caseID: "zorg", element: "LOS", text: "x", author: "A", role: "Studenten") }
        let missing = UUID()
        #expect(throws: ProjectError.unknownCoding(missing)) {
            try project.addFinding(caseID: "zorg", element: "LOS", text: "x", author: "A", evidence: [onSubcode.id, missing])
        }
        #expect(throws: ProjectError.invalidSynthesis("a judgement's justification is one line (--why)")) {
            try project.setJudgement(zorgLOS, status: .herkend, why: "een\ntwee", author: "A")
        }
        #expect(try project.findings().isEmpty, "nothing half written")
        #expect(throws: ProjectError.unknownFinding(missing)) { try project.removeFinding(missing) }
    }

    @Test func evidenceFromAnotherCaseIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let elsewhere = try #require(sampleStudy.codings.first { $0.sourceID.hasPrefix("rev1-") })
        #expect(throws: ProjectError.self) {
            try project.addFinding(caseID: "jeugdzorg", element: "LOS", text: "x", author: "A", evidence: [elsewhere.id])
        }
        // Conclusions are cross-case: they cite fragments of any case.
        #expect(try project.addConclusion(text: "c", author: "A", evidence: [elsewhere.id]).evidence.count == 1)
    }

    @Test func undoAndRedoSurviveARestart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        let findingID: UUID
        do {
            let (project, onSubcode, onGOC) = try tinyProject(folder)
            let finding = try project.addFinding(caseID: "zorg", element: "LOS", text: "Bevinding", author: "Anouk", evidence: [onSubcode.id])
            findingID = finding.id
            _ = try project.linkEvidence([onGOC.id], to: finding.id)
            _ = try project.setJudgement(zorgLOS, status: .herkend, why: "ja", author: "Anouk")
            _ = try project.setJudgement(zorgLOS, status: .nietHerkend, why: "nee", author: "Anouk")
            _ = try project.addConclusion(text: "Conclusie", author: "Anouk", cells: [zorgLOS])
        }
        let project = try Project.open(at: url)
        #expect(try project.undo() == "conclusion")
        #expect(try project.conclusions().isEmpty)
        #expect(try project.undo() == "judge zorg × LOS: niet herkend")
        #expect(try project.judgements().map(\.status) == [.herkend])
        #expect(try project.undo() == "judge zorg × LOS: herkend")
        #expect(try project.judgements().isEmpty)
        #expect(try project.undo() == "link evidence zorg × LOS")
        #expect(try project.finding(findingID).evidence.count == 1)
        #expect(try project.undo() == "finding zorg × LOS")
        #expect(try project.findings().isEmpty)
        for _ in 0..<5 { try project.redo() }
        let reopened = try Project.open(at: url)
        #expect(try reopened.finding(findingID).evidence.count == 2)
        #expect(try reopened.judgements().map(\.status) == [.nietHerkend])
        #expect(try reopened.conclusions().map(\.cells) == [[zorgLOS]])
        try reopened.removeFinding(findingID)
        try reopened.undo()
        #expect(try reopened.finding(findingID).evidence.count == 2, "a removed finding comes back with its evidence")
    }

    @Test func removedEvidenceIsMarkedNotLost() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, onSubcode, onGOC) = try tinyProject(folder)
        let finding = try project.addFinding(caseID: "zorg", element: "LOS", text: "Bevinding", author: "A", evidence: [onSubcode.id, onGOC.id])
        let conclusion = try project.addConclusion(text: "C", author: "A", evidence: [onSubcode.id])
        try project.removeCoding(onSubcode.id)
        let after = try project.finding(finding.id)
        #expect(after.evidence.map(\.isRemoved) == [true, false])
        #expect(after.evidence.first?.quote == "Clie\u{0308}nten", "the removed fragment's words are kept")
        #expect(try project.conclusions().first { $0.id == conclusion.id }?.evidence.map(\.isRemoved) == [true])
        #expect(try project.synthesisGrid().cell(caseID: "zorg", element: "LOS").removedEvidenceCount == 1)
        try project.undo()
        #expect(try project.finding(finding.id).evidence.map(\.isRemoved) == [false, false])
        // Undoing the coding's creation removes it too.
        try project.redo()
        #expect(try project.evidenceFragments([onSubcode.id, onGOC.id]).keys.sorted { $0.uuidString < $1.uuidString }
            == [onGOC.id])
        let unlinked = try project.unlinkEvidence([onSubcode.id], from: finding.id)
        #expect(unlinked.evidence.map(\.codingID) == [onGOC.id], "a removed link can be let go on purpose")
    }

    @Test func evidenceIsShownWithTheQuoteOfItsCodingAsItIsNow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, onSubcode, onGOC) = try tinyProject(folder)
        let finding = try project.addFinding(caseID: "zorg", element: "LOS", text: "B", author: "A", evidence: [onSubcode.id, onGOC.id])
        _ = try project.updateCoding(onGOC.id, range: ScalarRange(start: 3, end: 6))
        for fragments in [try project.evidenceFragments(for: finding.evidence), try project.evidenceFragments(finding.evidence.map(\.codingID))] {
            #expect(fragments[onSubcode.id]?.quote == "Clie\u{0308}nten")
            #expect(fragments[onGOC.id]?.quote == "Hoe", "a moved coding is quoted where it is now")
            #expect(fragments[onGOC.id]?.speaker == "I" && fragments[onSubcode.id]?.role == "Cliënten")
        }
        #expect(try project.finding(finding.id).evidence[1].quote == "Hoe gaat het?", "the link keeps what it was")
    }

    @Test func gridCountsCellsWithSubcodesRolledUp() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, onSubcode, _) = try tinyProject(folder)
        _ = try project.addCoding(source: "gesprek", range: ScalarRange(start: 21, end: 40), code: "LOS", coder: "Bram")
        let first = try project.addFinding(caseID: "zorg", element: "LOS", text: "Eerste", author: "A", evidence: [onSubcode.id])
        _ = try project.addFinding(caseID: "zorg", element: "LOS", text: "Tweede", author: "A")
        _ = try project.setJudgement(zorgLOS, status: .herkend, why: "ja", author: "A")
        let grid = try project.synthesisGrid()
        #expect(grid.cases == ["zorg"] && grid.elements == ["LOS", "GOC"])
        let los = grid.cell(caseID: "zorg", element: "LOS")
        #expect(los.fragmentCount == 2 && los.findingCount == 2)
        #expect(los.firstFinding?.id == first.id && los.firstFinding?.text == "Eerste")
        #expect(los.judgement?.status == .herkend && los.removedEvidenceCount == 0)
        let goc = grid.cell(caseID: "zorg", element: "GOC")
        #expect(goc.fragmentCount == 1 && goc.findingCount == 0 && goc.judgement == nil)
        #expect(grid.crossCase(element: "LOS") == [.herkend: 1])
        #expect(grid.crossCase(element: "GOC") == [nil: 1])
        let problems = try project.synthesisProblems().map(\.description)
        #expect(problems.count == 2)
        #expect(problems[0].hasSuffix("(zorg × LOS) has no evidence: Tweede"))
        #expect(problems[1] == "cell zorg × GOC has 1 fragment but no finding")
        #expect(throws: ProjectError.unknownCode("XYZ")) { try project.synthesisGrid(elements: ["XYZ"]) }
    }

    @Test func readOnlyProjectsRefuseEveryChange() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writable, onSubcode, _) = try tinyProject(folder)
        let finding = try writable.addFinding(caseID: "zorg", element: "LOS", text: "B", author: "A")
        let project = try Project.open(at: writable.url, for: .reading)
        let refusals: [() throws -> Void] = [
            { _ = try project.addFinding(caseID: "zorg", element: "LOS", text: "x", author: "A") },
            { _ = try project.updateFinding(finding.id, text: "y") },
            { _ = try project.linkEvidence([onSubcode.id], to: finding.id) },
            { try project.removeFinding(finding.id) },
            { _ = try project.setJudgement(self.zorgLOS, status: .herkend, why: "", author: "A") },
            { _ = try project.addConclusion(text: "c", author: "A") },
        ]
        for refusal in refusals {
            #expect(throws: ProjectError.readOnly(path: project.url.path, reason: "opened for reading")) { try refusal() }
        }
        #expect(try project.findings().count == 1, "reading still works")
    }

    @Test func mergeBringsInFindingsJudgementsAndConclusionsOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let mine = try Project.create(at: folder.file("a.werkbank"), from: sampleStudy)
        let theirs = try Project.create(at: folder.file("b.werkbank"), from: sampleStudy)
        let coding = try theirs.addCoding(source: "jz-interview-manager", range: ScalarRange(start: 5, end: 40), code: "VOR", coder: "Chris")
        let shared = try #require(sampleStudy.codings.first { $0.sourceID.hasPrefix("jz-") })
        let finding = try theirs.addFinding(caseID: "jeugdzorg", element: "VOR", text: "Ambassadeurs", author: "Chris",
                                            evidence: [coding.id, shared.id])
        let cell = CellKey(caseID: "jeugdzorg", element: "VOR")
        _ = try theirs.setJudgement(cell, status: .herkend, why: "vaak genoemd", author: "Chris")
        _ = try mine.setJudgement(CellKey(caseID: "jeugdzorg", element: "LOS"), status: .herkend, why: "", author: "Anouk")
        _ = try theirs.setJudgement(CellKey(caseID: "jeugdzorg", element: "LOS"), status: .nietHerkend, why: "", author: "Chris")
        let conclusion = try theirs.addConclusion(text: "Visie is essentieel", author: "Chris", cells: [cell], evidence: [shared.id])

        let report = try mine.merge(from: theirs)
        #expect(report.addedFindings == 1 && report.addedJudgements == 1 && report.addedConclusions == 1)
        #expect(report.conflicts == ["judgement jeugdzorg × LOS: herkend here, niet herkend there; kept this project's"])
        let merged = try mine.finding(finding.id)
        #expect(merged.evidence.map(\.codingID) == [coding.id, shared.id] && merged.evidence.allSatisfy { !$0.isRemoved })
        #expect(try mine.conclusions().map(\.id) == sampleStudy.synthesis.conclusions.map(\.id) + [conclusion.id])
        let mineJudgements = try mine.judgements()
        #expect(mineJudgements.first { $0.cell.element == "LOS" }?.status == .herkend)
        let again = try mine.merge(from: theirs)
        #expect(again.addedFindings == 0 && again.addedJudgements == 0 && again.addedConclusions == 0)
        let sample = sampleStudy.synthesis
        #expect(again.unchangedSynthesis == 3 + sample.findings.count + sample.judgements.count + sample.conclusions.count)
    }
}
