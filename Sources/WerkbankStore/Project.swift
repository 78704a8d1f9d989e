import Foundation
import GRDB
import WerkbankCore

/// A Werkbank project: one SQLite file (`*.werkbank`) holding the study, its sources and every
/// coding, memo and undo step.
///
/// Every change is one immediate transaction, committed before the call returns, in WAL mode
/// with full synchronisation: a process killed right after a call returns has lost nothing.
/// Several processes may open the same project; a writer waits up to ``busyTimeout`` for
/// another to finish before failing with ``ProjectError/busy(path:)``.
public final class Project: Sendable {
    /// The project file.
    public let url: URL
    let pool: DatabasePool

    /// How long a write waits for another process's write to finish.
    public static let busyTimeout: TimeInterval = 10

    private init(url: URL, pool: DatabasePool) {
        self.url = url
        self.pool = pool
    }

    /// Opens an existing project, upgrading its schema when it comes from an older Werkbank.
    /// A file that is not a Werkbank project, or that comes from a newer one, is refused
    /// without being changed.
    public static func open(at url: URL) throws(ProjectError) -> Project {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path: path) }
        try checkIsProject(url)
        let pool = try wrap(path) { try DatabasePool(path: path, configuration: configuration()) }
        try wrap(path) { try ProjectSchema.migrator.migrate(pool) }
        return Project(url: url, pool: pool)
    }

    /// Creates a project from a study; see ``create(at:from:memos:)``.
    public static func create(at url: URL, from study: Study) throws(ProjectError) -> Project {
        try create(at: url, from: study, memos: [:])
    }

    /// Creates a project from a study, all in one transaction, written under a temporary name
    /// and renamed into place only when complete: there is never a half-made project at `url`.
    /// `memos` on codes, cases and sources come with it (memos on codings are in the codings).
    public static func create(at url: URL, from study: Study, memos: [MemoTarget: String]) throws(ProjectError) -> Project {
        let path = url.path
        guard !FileManager.default.fileExists(atPath: path) else { throw .alreadyExists(path: path) }
        let folder = url.deletingLastPathComponent()
        try wrap(folder.path) { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).creating-\(UUID().uuidString)")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
        }
        try wrap(path) {
            // The file is private until it is renamed into place and is deleted on any failure,
            // so it needs no journal and no syncs while it is filled: one sync at the end.
            let queue = try DatabaseQueue(path: temporary.path, configuration: configuration(prepare: false))
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32768")
            }
            try ProjectSchema.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    // Indexes are built once over the imported rows rather than kept up to date
                    // row by row.
                    try ProjectSchema.dropSecondaryIndexes(db)
                    try StudyImporter(db: db).importStudy(study)
                    let memoStore = MemoStore(db: db)
                    for (target, text) in memos {
                        try memoStore.checkTarget(target)
                        try memoStore.apply(MemoSnapshot(kind: target.kind, key: target.key, text: text))
                    }
                    try ProjectSchema.createSecondaryIndexes(db)
                    return .commit
                }
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
            let handle = try FileHandle(forUpdating: temporary)
            try handle.synchronize()
            try handle.close()
        }
        guard rename(temporary.path, path) == 0 else {
            throw .database(path: path, message: "cannot move the new project into place: \(String(cString: strerror(errno)))")
        }
        return try open(at: url)
    }

    /// Opens the project at `url`, creating it from `study()` first when there is none.
    public static func openOrCreate(at url: URL, from study: () throws -> Study) throws -> Project {
        if FileManager.default.fileExists(atPath: url.path) { return try open(at: url) }
        do {
            return try create(at: url, from: try study())
        } catch ProjectError.alreadyExists {
            // Another process created it first.
            return try open(at: url)
        }
    }

    static func configuration(readonly: Bool = false, prepare: Bool = true) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "werkbank"
        if prepare && !readonly {
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        }
        return configuration
    }

    /// Refuses, without writing anything, a file that is not a Werkbank project or that comes
    /// from a newer Werkbank.
    static func checkIsProject(_ url: URL) throws(ProjectError) {
        let path = url.path
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            header = try handle.read(upToCount: 100) ?? Data()
        } catch {
            throw .notAProject(path: path, reason: "cannot be read: \(error.localizedDescription)")
        }
        guard !header.isEmpty else { throw .notAProject(path: path, reason: "the file is empty") }
        guard header.count == 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
            throw .notAProject(path: path, reason: "not an SQLite database")
        }
        // The application id stands in the database header at offset 68, big-endian; reading it
        // from the file leaves another program's database untouched.
        let applicationID = header[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        guard applicationID == ProjectSchema.applicationID else {
            throw .notAProject(path: path, reason: "an SQLite database of another program")
        }
        // A read-only connection would leave -wal and -shm files behind; a read-write one that
        // writes nothing removes them when it closes.
        let applied: Set<String> = try wrap(path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: false, prepare: false))
            defer { try? queue.close() }
            return try queue.read { db in
                try db.tableExists("grdb_migrations") ? try ProjectSchema.migrator.appliedIdentifiers(db) : []
            }
        }
        let unknown = applied.subtracting(ProjectSchema.migrator.migrations)
        guard unknown.isEmpty else { throw .newerSchema(path: path, unknown: unknown.sorted()) }
    }

    /// Runs `body`, turning database errors into ``ProjectError``s that name the file.
    static func wrap<T>(_ path: String, _ body: () throws -> T) throws(ProjectError) -> T {
        do {
            return try body()
        } catch let error as ProjectError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw .busy(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAProject(path: path, reason: "not an SQLite database")
        } catch let error as DatabaseError {
            throw .database(path: path, message: error.message ?? "\(error)")
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    /// A read, with errors as ``ProjectError``s.
    func read<T>(_ body: (Database) throws -> T) throws(ProjectError) -> T {
        try Self.wrap(url.path) { try pool.read(body) }
    }

    /// One immediate write transaction, committed before this returns.
    func write<T>(_ body: (Database) throws -> T) throws(ProjectError) -> T {
        try Self.wrap(url.path) {
            try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// `PRAGMA integrity_check`: `ok`, or what SQLite found wrong.
    public func integrityCheck() throws(ProjectError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }
}
