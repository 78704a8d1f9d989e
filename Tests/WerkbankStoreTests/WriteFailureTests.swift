import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Writes that fail, or that another process overtakes, are reported as what happened.
@Suite struct WriteFailureTests {
    @Test func aFullDiskIsCalledSoAndTheFileNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        let project = try Project.create(at: url, from: tinyStudy())
        // SQLite reports a file that may not grow, as one on a full disk, with SQLITE_FULL.
        try project.writer!.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let text = String(repeating: "I: Een lange vraag over het leren op de werkplek.\n", count: 2000)
        let source = Source(id: "lang", caseID: "zorg", title: "Lang", kind: .interview, interviewers: ["I"],
                            participants: [], text: text, turns: [])
        #expect(throws: ProjectError.diskFull(path: url.path)) { try project.addSource(source, checksum: "x") }
        #expect(ProjectError.diskFull(path: url.path).description.contains("the disk is full"))
        #expect(try project.sources().map(\.id) == ["gesprek"])
    }

    /// Undoes the next commit on the project from another connection, as another process would.
    final class UndoAfterCommit: TransactionObserver, @unchecked Sendable {
        let other: Project
        init(other: Project) { self.other = other }
        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }
        func databaseDidChange(with event: DatabaseEvent) {}
        func databaseDidCommit(_ db: Database) { _ = try? other.undo() }
        func databaseDidRollback(_ db: Database) {}
    }

    @Test func aCodingUndoneElsewhereRightAfterItsCommitIsStillReportedAsMade() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        let project = try Project.create(at: url, from: tinyStudy())
        let other = try Project.open(at: url)
        project.writer!.add(transactionObserver: UndoAfterCommit(other: other), extent: .nextTransaction)
        let coding = try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 6), code: "LOS", coder: "Anouk")
        #expect(coding.code == "LOS" && coding.range == ScalarRange(start: 3, end: 6))
        // The other process's undo took it back.
        #expect(try project.allCodings().isEmpty)
    }
}
