import Foundation
import GRDB
import Synchronization
import WerkbankCore

/// A Werkbank project: one SQLite file (`*.werkbank`) holding the study, its sources and every
/// coding, memo and undo step.
///
/// Every change is one immediate transaction, committed before the call returns, in WAL mode:
/// a process killed right after a call returns has lost nothing.
/// Several processes may open the same project; a writer waits up to ``busyTimeout`` for
/// another to finish before failing with ``ProjectError/busy(path:)``. A project opened for
/// reading never writes and never waits for a writer.
public final class Project: Sendable {
    /// The project file.
    public let url: URL
    /// Read-only connections that read in parallel, in WAL mode never waiting for a writer;
    /// for a project opened for reading, the one connection it has.
    let readers: any DatabaseReader
    /// The one read-write connection, opened with `synchronous = NORMAL` (and `query_only` for
    /// reading); `nil` where the file cannot be written. Closed after the readers, as the last
    /// connection it removes the `-wal` and `-shm` files.
    let writer: DatabaseQueue?
    /// How the project was opened: a project opened for reading refuses every change.
    public let mode: OpenMode

    /// How long a write waits for another process's write to finish.
    public static let busyTimeout: TimeInterval = 10

    /// What a project is opened for.
    public enum OpenMode: Sendable, Equatable {
        /// Changes may follow: the project must be writable, is checked for damage before its
        /// first write, and is upgraded when it comes from an older Werkbank.
        case writing
        /// Only reads follow: nothing is written (unless an older project must be upgraded and
        /// can be), so a read-only file or folder will do, and no writer is waited for.
        case reading
    }

    /// Whether the damage check before the first write is still to come.
    private let uncheckedForDamage: Mutex<Bool>
    private let actingCoderState = Mutex<String?>(nil)

    /// Who makes the edits through this project: the journal records each edit as theirs, and
    /// ``undo(_:)`` and ``redo(_:)`` take only their own (decision 55). `nil` (the default)
    /// records edits as no one's and undoes the whole project's history.
    public var actingCoder: String? {
        get { actingCoderState.withLock { $0 } }
        set { actingCoderState.withLock { $0 = newValue } }
    }

    private init(url: URL, readers: any DatabaseReader, writer: DatabaseQueue?, mode: OpenMode, checkBeforeWriting: Bool) {
        self.url = url
        self.readers = readers
        self.writer = writer
        self.mode = mode
        uncheckedForDamage = Mutex(checkBeforeWriting)
    }

    deinit {
        try? readers.close()
        try? writer?.close()
    }

    /// Opens an existing project, upgrading its schema when it comes from an older Werkbank.
    /// A file that is not a Werkbank project, or that comes from a newer one, is refused
    /// without being changed. For ``OpenMode/writing``, a project this process cannot write is
    /// refused with ``ProjectError/readOnly(path:reason:)``; a damaged one is refused with
    /// ``ProjectError/damaged(path:problem:)`` on its first write.
    public static func open(at url: URL, for mode: OpenMode = .writing) throws(ProjectError) -> Project {
        try open(at: url, for: mode, access: ProjectAccess.of(url))
    }

    /// Opens the project as ``open(at:for:)`` does, with `access` given rather than asked of
    /// the file system; `check: false` skips the damage check (a project just made).
    static func open(at url: URL, for mode: OpenMode, access: ProjectAccess, check: Bool = true) throws(ProjectError) -> Project {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path: path) }
        try checkHeader(url)
        if case .readOnly(let reason) = access {
            guard mode == .reading else { throw .readOnly(path: path, reason: reason) }
            let location = try readOnlyLocation(of: url)
            let readers = try wrap(path) { try DatabasePool(path: location, configuration: configuration(readonly: true)) }
            if try checkSchema(readers, path: path) { throw .needsUpgrade(path: path, reason: reason) }
            return Project(url: url, readers: readers, writer: nil, mode: .reading, checkBeforeWriting: false)
        }
        // Left-overs of killed processes go on the next run that writes here; reading writes nothing.
        if mode == .writing { TemporaryFile.removeStale(in: url.deletingLastPathComponent()) }
        // The checks read through the read-write connection; none of them writes.
        let writer = try wrap(path) { try DatabaseQueue(path: path, configuration: configuration()) }
        if try checkSchema(writer, path: path) {
            // An upgrade is a write: the project is checked for damage before it.
            if check { try checkIntact(writer, path: path) }
            // One process upgrades; another opening the project meanwhile waits here, then
            // finds every migration applied.
            let upgrading = ProjectLock.wait(for: url)
            defer { _ = upgrading }
            try wrap(path) { try ProjectSchema.migrator.migrate(writer) }
        }
        if mode == .reading {
            try wrap(path) { try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = ON") } }
            // The one connection reads too: a pool would open two more, each parsing the
            // schema again, for a command that reads once (2 of the 15 ms `cases` took).
            return Project(url: url, readers: writer, writer: writer, mode: mode, checkBeforeWriting: false)
        }
        let readers = try wrap(path) { try DatabasePool(path: path, configuration: configuration(readonly: true)) }
        return Project(url: url, readers: readers, writer: writer, mode: mode, checkBeforeWriting: check && mode == .writing)
    }

    /// Creates a project from a study; see ``create(at:from:memos:)``.
    public static func create(at url: URL, from study: Study) throws(ProjectError) -> Project {
        try create(at: url, from: study, memos: [:])
    }

    /// Creates a project from a study, all in one transaction, written under a temporary name
    /// and renamed into place only when complete: there is never a half-made project at `url`.
    /// `memos` on codes, cases and sources come with it (memos on codings are in the codings).
    public static func create(at url: URL, from study: Study, memos: [MemoTarget: String]) throws(ProjectError) -> Project {
        try createFile(at: url) { db, _ in
            try StudyImporter(db: db).importStudy(study)
            try MemoStore(db: db).insertAll(memos)
        }
    }

    /// The file of a new project filled by `fill`, in one transaction without journal, under a
    /// temporary name renamed into place when complete; then opened for writing. Foreign keys
    /// are off while `fill` runs: a fill deletes nothing it relies on cascading, and all
    /// references are checked before the commit.
    static func createFile(at url: URL, fill: (Database, _ temporary: URL) throws -> Void) throws(ProjectError) -> Project {
        let path = url.path
        guard !FileManager.default.fileExists(atPath: path) else { throw .alreadyExists(path: path) }
        let folder = url.deletingLastPathComponent()
        try wrap(folder.path) { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        TemporaryFile.removeStale(in: folder)
        let temporary = try TemporaryFile(for: url)
        defer { temporary.discard() }
        try wrap(path) {
            // The file is private until it is renamed into place and is deleted on any failure,
            // so it needs no journal and no syncs while it is filled: one sync at the end.
            let queue = try DatabaseQueue(path: temporary.url.path, configuration: configuration(prepare: false))
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32768")
            }
            try ProjectSchema.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in
                // References are checked once at the end rather than row by row (decision 69).
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.inTransaction(.immediate) {
                    // Indexes are built once over the imported rows rather than kept up to date
                    // row by row; the fills build them themselves while their search index is
                    // finished on the other core, and what is there is left as it is.
                    try ProjectSchema.dropSecondaryIndexes(db)
                    try fill(db, temporary.url)
                    try ProjectSchema.createSecondaryIndexes(db)
                    try ProjectSchema.checkReferences(db)
                    return .commit
                }
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
        }
        try temporary.moveIntoPlace(at: url)
        return try open(at: url, for: .writing, access: .writable, check: false)
    }

    /// Opens the project at `url` for `mode`, creating it from `study()` first when there is none.
    public static func openOrCreate(at url: URL, for mode: OpenMode = .writing, from study: () throws -> Study) throws -> Project {
        if FileManager.default.fileExists(atPath: url.path) { return try open(at: url, for: mode) }
        do {
            _ = try create(at: url, from: try study())
        } catch ProjectError.alreadyExists {
            // Another process created it first.
        }
        return try open(at: url, for: mode)
    }

    static func configuration(readonly: Bool = false, prepare: Bool = true) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .callback(BusyWait.retry)
        configuration.foreignKeysEnabled = true
        configuration.label = "werkbank"
        // Search counts the marks of a query from the index's positions (decision 51).
        configuration.prepareDatabase { db in FTSMarkCount.register(db) }
        if prepare && !readonly {
            // NORMAL is what GRDB's read-write pool set up until now, whatever was asked for here:
            // committed changes survive a killed process; a power cut may lose the last ones.
            // FULL costs an fsync per edit (2.7–3.3 ms instead of 0.4 ms here); see decision 36.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        return configuration
    }

    /// A read, with errors as ``ProjectError``s.
    func read<T>(_ body: (Database) throws -> T) throws(ProjectError) -> T {
        try Self.wrap(url.path) { try readers.read(body) }
    }

    /// One immediate write transaction, committed before this returns.
    func write<T>(_ body: (Database) throws -> T) throws(ProjectError) -> T {
        guard mode == .writing else { throw .readOnly(path: url.path, reason: "opened for reading") }
        // A damaged project is not written to, so that the damage does not spread. The check
        // reads the whole file (0.1 s at 100,000 codings), so it is made before the first
        // write rather than on opening: browsing starts as fast as before.
        guard let writer else { throw .readOnly(path: url.path, reason: "opened for reading") }
        if uncheckedForDamage.withLock({ $0 }) {
            try Self.checkIntact(writer, path: url.path)
            uncheckedForDamage.withLock { $0 = false }
        }
        return try Self.wrap(url.path) {
            try writer.writeWithoutTransaction { db in
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
