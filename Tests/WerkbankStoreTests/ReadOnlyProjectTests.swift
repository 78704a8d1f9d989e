import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Projects opened for reading: nothing written, no writer waited for, and a project that
/// cannot be written still read.
@Suite struct ReadOnlyProjectTests {
    /// A closed project in a folder of its own, and what that folder holds.
    func closedProject(_ folder: TemporaryFolder) throws -> URL {
        let url = folder.file("p.werkbank")
        _ = try Project.create(at: url, from: tinyStudy())
        return url
    }

    func listing(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    @Test func openingForReadingWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try closedProject(folder)
        let before = try Data(contentsOf: url)
        let files = try listing(folder)
        do {
            let project = try Project.open(at: url, for: .reading)
            #expect(try project.sources().map(\.id) == ["gesprek"])
            #expect(throws: ProjectError.readOnly(path: url.path, reason: "opened for reading")) {
                try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 6), code: "LOS", coder: "Anouk")
            }
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(try listing(folder) == files)
    }

    @Test func aReaderDoesNotWaitForAWriter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try closedProject(folder)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let writer = try DatabaseQueue(path: url.path, configuration: configuration)
        defer { try? writer.close() }
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE; UPDATE source SET title = 'Elders' WHERE slug = 'gesprek'")
        }
        defer { try? writer.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }
        // Opened for writing, this waited the busy timeout and failed; opened for reading, it
        // reads the project as last committed.
        let project = try Project.open(at: url, for: .reading)
        #expect(try project.sources().map(\.title) == ["Gesprek"])
    }

    @Test func aProjectThatCannotBeWrittenIsReadWithoutAFileBesideIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try closedProject(folder)
        let before = try Data(contentsOf: url)
        let files = try listing(folder)
        let access = ProjectAccess.readOnly(reason: "its folder is read-only for you")
        #expect(throws: ProjectError.readOnly(path: url.path, reason: "its folder is read-only for you")) {
            try Project.open(at: url, for: .writing, access: access)
        }
        do {
            let project = try Project.open(at: url, for: .reading, access: access)
            #expect(try project.sources().map(\.id) == ["gesprek"])
            #expect(try project.integrityCheck() == "ok")
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(try listing(folder) == files)
    }

    @Test func anOlderProjectThatCannotBeWrittenSaysItMustBeUpgraded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try closedProject(folder)
        do {
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { db in try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5-coding-speaker'") }
            try queue.close()
        }
        let before = try Data(contentsOf: url)
        #expect(throws: ProjectError.needsUpgrade(path: url.path, reason: "the file is read-only for you")) {
            try Project.open(at: url, for: .reading, access: .readOnly(reason: "the file is read-only for you"))
        }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func theAccessOfAWritableProject() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(ProjectAccess.of(try closedProject(folder)) == .writable)
    }
}
