import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Undo and redo of an imported source (journal entity `source`).
@Suite struct ImportUndoTests {
    let text = "I: Wat leren de Cliënten?\nC2: Samen zorgen.\nC1: Ik ook."

    /// A source with a new participant (C2) and one the case already has (C1).
    func imported() -> Source {
        Source(id: "nieuw", caseID: "zorg", title: "Nieuw", kind: .focusgroup, date: "2024-03-14", interviewers: ["I"],
               participants: [Participant(id: "C1", role: "Cliënten"), Participant(id: "C2", role: "Cliënten")], text: text,
               turns: [Turn(speaker: "I", range: ScalarRange(start: 3, end: 25)),
                       Turn(speaker: "C2", range: ScalarRange(start: 30, end: 43)),
                       Turn(speaker: "C1", range: ScalarRange(start: 48, end: 55))])
    }

    func participants(_ project: Project) throws -> [String] {
        try project.read { db in try String.fetchAll(db, sql: "SELECT speaker FROM participant ORDER BY speaker") }
    }

    func passages(_ project: Project) throws -> Int {
        try project.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passage") ?? 0 }
    }

    /// Whether a journal row holds a copy of the imported text.
    func journalHoldsText(_ project: Project) throws -> Bool {
        try project.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM journal WHERE after LIKE '%Samen zorgen%'") != nil }
    }

    @Test func undoTakesTheSourceOutAndRedoPutsItBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let source = imported()
        let checksum = Project.checksum(of: Data(text.utf8))
        let passagesBefore = try passages(project)
        try project.addSource(source, checksum: checksum)
        #expect(try participants(project) == ["C1", "C2"])
        #expect(try !journalHoldsText(project), "the journal does not copy the text while the source is in")

        #expect(try project.undo() == "import nieuw")
        #expect(try journalHoldsText(project), "undo keeps the source for redo")
        #expect(throws: ProjectError.unknownSource("nieuw")) { try project.source("nieuw") }
        #expect(try project.source(withChecksum: checksum) == nil)
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek"])
        #expect(try participants(project) == ["C1"], "the participant the import made is gone; C1 of the other source stays")
        #expect(try passages(project) == passagesBefore)
        #expect(try project.search("zorgen").isEmpty)
        #expect(try project.integrityCheck() == "ok")

        #expect(try project.redo() == "import nieuw")
        #expect(try project.source("nieuw") == source)
        #expect(try project.source(withChecksum: checksum) == "nieuw")
        #expect(try project.sources(ofCase: "zorg").map(\.id) == ["gesprek", "nieuw"])
        #expect(try participants(project) == ["C1", "C2"])
        #expect(try project.search("zorgen").map(\.sourceID) == ["nieuw"])
        #expect(try !journalHoldsText(project), "the copy is dropped again once the source is back")

        // Undo, then a new edit: the import cannot be redone any more, and re-importing works.
        try project.undo()
        try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 6), code: "LOS", coder: "Anouk")
        #expect(throws: ProjectError.nothingToRedo) { try project.redo() }
        try project.addSource(source, checksum: checksum)
        #expect(try project.source("nieuw") == source)
        #expect(try project.integrityCheck() == "ok")
    }

    @Test func undoIsRefusedWhileTheSourceHasCodings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        let project = try Project.create(at: url, from: tinyStudy())
        try project.addSource(imported(), checksum: "00000000000000aa")
        // A coding that is not journaled after the import (as `werkbank merge` brings them).
        try project.write { db in
            try CodingWriter(db: db).insert(Coding(sourceID: "nieuw", range: ScalarRange(start: 30, end: 35), code: "LOS", coder: "Bram"))
        }
        #expect { try project.undo() } throws: { error in
            "\(error)" == "\(url.path): source `nieuw` has 1 coding; remove them before undoing its import"
        }
        #expect(try project.source("nieuw").turns.count == 3, "nothing was taken out")
        #expect(try project.source(withChecksum: "00000000000000aa") == "nieuw")
    }

    @Test func aMemoOnTheSourceComesBackWithIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        try project.addSource(imported(), checksum: "00000000000000bb")
        // A memo that is not journaled (merged in from another project).
        try project.write { db in try MemoStore(db: db).apply(MemoSnapshot(kind: "source", key: "nieuw", text: "Opname slecht")) }
        try project.undo()
        #expect(try project.memo(on: .source("nieuw")) == nil)
        try project.redo()
        #expect(try project.memo(on: .source("nieuw")) == "Opname slecht")
    }

    @Test func theWorkbenchJournalSurvivesAReopen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        try Project.create(at: url, from: tinyStudy()).addSource(imported(), checksum: "00000000000000cc")
        let reopened = try Project.open(at: url)
        #expect(try reopened.undo() == "import nieuw")
        let again = try Project.open(at: url)
        #expect(try again.redo() == "import nieuw")
        #expect(try again.source("nieuw") == imported())
    }
}
