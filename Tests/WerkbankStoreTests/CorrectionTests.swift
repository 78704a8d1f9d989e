import Foundation
import GRDB
import Testing
import WerkbankCore
import WerkbankExchange
@testable import WerkbankStore

/// Correcting a coded transcript: one undoable step that moves every anchor (decision 58).
@Suite struct CorrectionTests {
    static let text = "I: Hoe ging de stage?\nC1: De stage was zwaar, maar Marieke hielp.\nI: Wat hielp het meest?\nC1: Dat Marieke elke week belde.\n"

    let parse: (String) -> TranscriptImport = TranscriptReader.transcript(ofText:)

    /// A project whose one source has the labelled text above and three codings.
    func coded(_ folder: TemporaryFolder) throws -> (Project, [Coding]) {
        let text = Self.text
        let turns = TranscriptReader.transcript(ofText: text).turns
        let source = Source(id: "gesprek", caseID: "zorg", title: "Gesprek", kind: .interview, interviewers: ["I"],
                            participants: [Participant(id: "C1", role: "Cliënten")], text: text, turns: turns)
        var study = tinyStudy()
        study.sources = [source]
        let project = try Project.create(at: folder.file("p.werkbank"), from: study)
        func range(_ quote: String) -> ScalarRange { text.scalarRanges(of: quote)[0] }
        let codings = [
            try project.addCoding(source: "gesprek", range: range("De stage was zwaar"), code: "LOS", coder: "Anouk"),
            try project.addCoding(source: "gesprek", range: range("Wat hielp het meest?"), code: "GOC", coder: "Anouk"),
            try project.addCoding(source: "gesprek", range: range("Dat Marieke elke week belde."), code: "LOS", coder: "Bram"),
        ]
        return (project, codings)
    }

    func quote(_ project: Project, _ coding: Coding) throws -> String? {
        let now = try project.coding(coding.id)
        return try project.text(ofSource: "gesprek").scalars(in: now.range)
    }

    func journalCount(_ project: Project) throws -> Int {
        try project.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal") ?? 0 }
    }

    @Test func aCorrectionMovesCodingsRereadsTurnsAndIsOneUndoableStep() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, codings) = try coded(folder)
        let finding = try project.addFinding(caseID: "zorg", element: "LOS", text: "Steun helpt.", author: "Anouk", evidence: [codings[2].id])
        let turnsBefore = try project.turns(ofSource: "gesprek")
        let entries = try journalCount(project)
        let new = "Interview van 3 maart.\n" + Self.text
            .replacingOccurrences(of: "I: Wat hielp het meest?\n", with: "")
            .replacingOccurrences(of: "zwaar", with: "erg zwaar")
            .replacingOccurrences(of: "Marieke", with: "Anna")
        let report = try project.correctSource("gesprek", to: new, parse: parse)

        #expect(report.count(.changed) == 2)
        #expect(report.count(.needsReview) == 1)
        #expect(report.needingReview.map(\.quoteBefore) == ["Wat hielp het meest?"])
        #expect(try quote(project, codings[0]) == "De stage was erg zwaar")
        #expect(try quote(project, codings[2]) == "Dat Anna elke week belde.")
        #expect(try project.codingsNeedingReview().map(\.quoteBefore) == ["Wat hielp het meest?"])
        // Turns read again: the interviewer's second question is gone, offsets follow the new text.
        let turns = try project.turns(ofSource: "gesprek")
        #expect(turns.map(\.speaker) == ["I", "C1", "C1"])
        #expect(turns == TranscriptReader.transcript(ofText: new).turns.map { Turn(speaker: $0.speaker == "I" ? "I" : "C1", range: $0.range) })
        // The finding's link follows its coding, with the new words.
        #expect(try project.finding(finding.id).evidence.first?.quote == "Dat Anna elke week belde.")
        // The search index was rebuilt: the new word is found, the old one is not.
        #expect(try Set(project.search("Anna").map(\.sourceID)) == ["gesprek"])
        #expect(try project.search("Marieke").isEmpty)
        #expect(try journalCount(project) == entries + 1)
        #expect(try project.integrityCheck() == "ok")

        #expect(try project.undo() == "correct gesprek")
        #expect(try project.text(ofSource: "gesprek") == Self.text)
        #expect(try project.turns(ofSource: "gesprek") == turnsBefore)
        for coding in codings { #expect(try project.coding(coding.id).range == coding.range) }
        #expect(try project.codingsNeedingReview().isEmpty)
        #expect(try project.finding(finding.id).evidence.first?.quote == "Dat Marieke elke week belde.")
        #expect(try Set(project.search("Marieke").map(\.sourceID)) == ["gesprek"])
        #expect(try project.search("Anna").isEmpty)
        #expect(try project.source("gesprek").text.unicodeScalars.count == Self.text.unicodeScalars.count)

        #expect(try project.redo() == "correct gesprek")
        #expect(try project.text(ofSource: "gesprek") == new)
        #expect(try quote(project, codings[2]) == "Dat Anna elke week belde.")
        #expect(try project.codingsNeedingReview().count == 1)
        #expect(try project.integrityCheck() == "ok")
    }

    @Test func aMarkLapsesWhenTheRangeIsChangedByHandAndComesBackWithUndo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, codings) = try coded(folder)
        let new = Self.text.replacingOccurrences(of: "Wat hielp het meest?", with: "En?")
        try project.correctSource("gesprek", to: new, parse: parse)
        #expect(try project.codingsNeedingReview(source: "gesprek").map(\.coding.id) == [codings[1].id])
        #expect(try quote(project, codings[1]) == "En?")
        try project.updateCoding(codings[1].id, range: new.scalarRanges(of: "I: En")[0])
        #expect(try project.codingsNeedingReview().isEmpty)
        try project.undo()
        #expect(try project.codingsNeedingReview().map(\.coding.id) == [codings[1].id])
    }

    @Test func anEmptiedTextIsRefusedAndNothingChanges() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, codings) = try coded(folder)
        let entries = try journalCount(project)
        for empty in ["", "  \n\n\t"] {
            #expect(throws: ProjectError.invalidCorrection(source: "gesprek", message: CorrectionError.emptyText.description)) {
                try project.correctSource("gesprek", to: empty, parse: parse)
            }
        }
        #expect(try project.text(ofSource: "gesprek") == Self.text)
        #expect(try project.coding(codings[0].id).range == codings[0].range)
        #expect(try journalCount(project) == entries)
    }

    @Test func anUnknownSpeakerIsRefusedWithItsLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, _) = try coded(folder)
        let new = Self.text + "Jan: Ik was er ook.\n"
        #expect(throws: ProjectError.self) { try project.correctSource("gesprek", to: new, parse: parse) }
        do {
            try project.correctSource("gesprek", to: new, parse: parse)
        } catch {
            #expect(error.description.contains("line 5: speaker `Jan`"))
        }
        #expect(try project.text(ofSource: "gesprek") == Self.text)
    }

    @Test func aDryRunOrTheSameTextWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (project, codings) = try coded(folder)
        let entries = try journalCount(project)
        let new = Self.text.replacingOccurrences(of: "I: Hoe", with: "I: En hoe")
        let dry = try project.correctSource("gesprek", to: new, parse: parse, dryRun: true)
        #expect(dry.count(.moved) == 3)
        #expect(try project.text(ofSource: "gesprek") == Self.text)
        #expect(try project.coding(codings[2].id).range == codings[2].range)
        let same = try project.correctSource("gesprek", to: Self.text, parse: parse)
        #expect(same.isEmpty)
        #expect(try journalCount(project) == entries)
    }

    @Test func turnsNotFromLabelsMoveWithTheText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The tiny study's turns end before the text does: not what the parser would find.
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let text = try project.text(ofSource: "gesprek")
        let turns = try project.turns(ofSource: "gesprek")
        try project.correctSource("gesprek", to: "Opname 1.\n" + text, parse: parse)
        #expect(try project.turns(ofSource: "gesprek") == turns.map {
            Turn(speaker: $0.speaker, range: ScalarRange(start: $0.range.start + 10, end: $0.range.end + 10))
        })
    }
}
