import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Files that are not Werkbank projects are refused with a clear error and left unchanged.
@Suite struct WrongFileTests {
    func expectRefused(_ url: URL, _ expected: ProjectError) throws {
        let before = try Data(contentsOf: url)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).sorted()
        #expect(throws: expected) { try Project.open(at: url) }
        #expect(try Data(contentsOf: url) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).sorted() == siblings)
    }

    @Test func aTextFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("notes.werkbank")
        try Data("Dit is geen project.\n".utf8).write(to: url)
        try expectRefused(url, .notAProject(path: url.path, reason: "not an SQLite database"))
        #expect(ProjectError.notAProject(path: url.path, reason: "not an SQLite database").description
            == "\(url.path): not a Werkbank project (not an SQLite database)")
    }

    @Test func anEmptyFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("empty.werkbank")
        try Data().write(to: url)
        try expectRefused(url, .notAProject(path: url.path, reason: "the file is empty"))
    }

    @Test func anotherProgramsDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("other.sqlite")
        do {
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
            try queue.close()
        }
        try expectRefused(url, .notAProject(path: url.path, reason: "an SQLite database of another program"))
    }

    @Test func aProjectFromANewerWerkbank() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("future.werkbank")
        do {
            let project = try Project.create(at: url, from: tinyStudy())
            try project.writer!.writeWithoutTransaction { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
        try expectRefused(url, .newerSchema(path: url.path, unknown: ["v9-future"]))
    }

    @Test func aMissingFile() {
        #expect(throws: ProjectError.notFound(path: "/nonexistent/p.werkbank")) {
            try Project.open(at: URL(fileURLWithPath: "/nonexistent/p.werkbank"))
        }
    }
}
