import Foundation
import GRDB
import Testing

/// Projects that are read-only, being written, damaged or half-made, through the binary.
@Suite struct ProjectAccessCommandTests {
    let fixture: InitializedProject
    var project: String { fixture.path }

    init() throws {
        fixture = try InitializedProject("access")
    }

    func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Runs the binary as a user who may not write `folder` and its project: as `nobody`
    /// through setpriv when the tests run as root (root ignores permission bits), else as is.
    func runWithoutWriteAccess(_ arguments: [String], folder: URL) throws -> BinaryRunner.Result {
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: project)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        guard getuid() == 0 else { return try BinaryRunner.run(arguments + ["--project", project]) }
        let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
        try #require(FileManager.default.isExecutableFile(atPath: setpriv.path), "running as root needs setpriv to test as another user")
        return try BinaryRunner.run(["--reuid=65534", "--regid=65534", "--clear-groups", BinaryRunner.binary.path]
                                    + arguments + ["--project", project], executable: setpriv)
    }

    @Test func aReadOnlyProjectIsReadAndRefusesChangesSayingWhy() throws {
        defer { fixture.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: project))
        let files = try listing(fixture.folder)
        for command in [["sources"], ["fragments", "--code", "LOS"], ["export", "-o", "-"], ["report", "matrix"]] {
            let read = try runWithoutWriteAccess(command, folder: fixture.folder)
            #expect(read.status == 0, "\(command): \(read.errors)")
            #expect(!read.output.isEmpty)
        }
        let code = try runWithoutWriteAccess(["code", "--source", "rev1-interview-manager", "--range", "0..2", "--code", "LOS"],
                                             folder: fixture.folder)
        #expect(code.status == 77)
        #expect(code.errors.contains("\(project): the project cannot be changed (the file is read-only for you)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: project)) == before)
        #expect(try listing(fixture.folder) == files)
    }

    @Test func readersDoNotWaitForAWriter() throws {
        defer { fixture.remove() }
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let writer = try DatabaseQueue(path: project, configuration: configuration)
        defer { try? writer.close() }
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE; UPDATE source SET title = 'Elders' WHERE slug = 'rev1-interview-manager'")
        }
        defer { try? writer.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }
        let sources = try fixture.run(["sources", "--format", "csv"])
        #expect(sources.status == 0, "\(sources.errors)")
        #expect(!sources.output.contains("Elders"))
        let fragments = try fixture.run(["fragments", "--code", "LOS"])
        #expect(fragments.status == 0, "\(fragments.errors)")
    }

    @Test func aDamagedProjectIsNotWrittenTo() throws {
        defer { fixture.remove() }
        let url = URL(fileURLWithPath: project)
        let (page, pageSize) = try DatabaseQueue(path: project).read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'memo'")!,
             try Int.fetchOne(db, sql: "PRAGMA page_size")!)
        }
        // A page the write does not touch: before, the coding went in without a word.
        let handle = try FileHandle(forUpdating: url)
        try handle.seek(toOffset: UInt64((page - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0x7F, count: 8))
        try handle.close()
        let before = try Data(contentsOf: url)
        for command in [["code", "--source", "rev1-interview-manager", "--range", "0..2", "--code", "LOS"], ["undo"]] {
            let result = try fixture.run(command)
            #expect(result.status == 65, "\(command)")
            #expect(result.errors.contains("\(project): the project is damaged"))
            #expect(result.errors.contains("NAME.before-"))
            #expect(result.errors.contains("werkbank export"))
        }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func leftOversOfAKilledInitAreRemovedByTheNextRun() throws {
        defer { fixture.remove() }
        let folder = fixture.folder
        let stale = folder.appendingPathComponent(".nieuw.werkbank.creating-\(UUID().uuidString)")
        try Data("SQLite format 3\0".utf8).write(to: stale)
        try Data().write(to: URL(fileURLWithPath: stale.path + "-journal"))
        // One that a live process is still making, as its lock says.
        let live = folder.appendingPathComponent(".ander.werkbank.creating-\(UUID().uuidString)")
        let descriptor = open(live.path, O_RDWR | O_CREAT, 0o644)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        defer { close(descriptor) }
        let created = try BinaryRunner.run(["init", folder.appendingPathComponent("nieuw.werkbank").path])
        #expect(created.status == 0, "\(created.errors)")
        #expect(try listing(folder) == [live.lastPathComponent, "nieuw.werkbank", "studie.werkbank"].sorted())
    }
}
