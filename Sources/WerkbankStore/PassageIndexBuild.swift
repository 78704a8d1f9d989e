import Foundation
import GRDB

/// The search index of many passages, built on another thread in a private in-memory database
/// while the import writes everything else, then copied into the project.
///
/// FTS5 keeps its index in ordinary "shadow" tables (`passageIndex_data`, `_idx`, `_docsize`,
/// `_config`). Made by the same SQLite from the same definition and the same rows, they hold
/// what inserting into the project's own index would have left there, so copying their rows
/// gives the same index, made on a second core. Tests compare the two and run FTS5's
/// `integrity-check`, which reads the index against its content.
final class PassageIndexBuild: @unchecked Sendable {
    private let done = DispatchGroup()
    private let lock = NSLock()
    private var cancelled = false
    /// Written by the building thread before it leaves `done`; read after waiting for it.
    private var built: Result<DatabaseQueue, Error>?

    /// Starts building an index defined as `db`'s `passageIndex` (which must be empty), of the
    /// sources' passages numbered from 1 in order.
    init(like db: Database, sources: [PreparedSource]) throws {
        let definition = try Self.definition(db)
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            built = Result {
                let queue = try DatabaseQueue()
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = OFF")
                    try db.execute(sql: definition)
                    try db.inTransaction {
                        try PassageIndexBulk.during(db) {
                            try SourceWriter.insertIndexed(sources, firstID: 1, into: db) { [self] in lock.withLock { cancelled } }
                        }
                        return .commit
                    }
                }
                return queue
            }
            done.leave()
        }
    }

    /// Batches handed over by ``add(_:)`` and not yet indexed; `nil` ends the input.
    private var waiting: [[PreparedSource]?] = []
    private let available = DispatchSemaphore(value: 0)
    /// Batches that may wait at once: the texts in flight stay few.
    private let room = DispatchSemaphore(value: 2)
    /// Whether the input was ended (by ``copy(into:)`` or ``cancel()``).
    private var ended = false
    private var inputEnded = false
    /// The on-disk index of a streamed build, removed when done.
    private var file: TemporaryFile?

    /// Starts building an index defined as `db`'s `passageIndex` (which must be empty) of
    /// passages handed over in batches by ``add(_:)``, numbered from 1 in order (decision 60).
    /// It is built in a temporary file beside `target` rather than in memory, so that a
    /// project of any size takes the same memory.
    init(like db: Database, besideFileAt target: URL) throws {
        let definition = try Self.definition(db)
        let file = try TemporaryFile(for: target)
        self.file = file
        let path = file.url.path
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            built = Result {
                let queue = try DatabaseQueue(path: path)
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
                    try db.execute(sql: definition)
                    try db.inTransaction {
                        try PassageIndexBulk.during(db) {
                            var next: Int64 = 1
                            while let batch = take() {
                                try SourceWriter.insertIndexed(batch, firstID: next, into: db) { [self] in lock.withLock { cancelled } }
                                next += Int64(batch.reduce(0) { $0 + $1.passages.count })
                            }
                        }
                        return .commit
                    }
                }
                return queue
            }
            // A failed build takes no more batches: the writer must not wait for room forever.
            lock.withLock { ended = true }
            room.signal()
            done.leave()
        }
    }

    /// Hands a batch of sources to a streamed build; waits while two batches are waiting.
    func add(_ sources: [PreparedSource]) {
        room.wait()
        let accepted = lock.withLock {
            guard !ended else { return false }
            waiting.append(sources)
            return true
        }
        if accepted { available.signal() } else { room.signal() }
    }

    private func take() -> [PreparedSource]? {
        available.wait()
        let batch = lock.withLock { waiting.removeFirst() }
        room.signal()
        return batch
    }

    private func endInput() {
        let first = lock.withLock {
            guard !ended, !inputEnded, file != nil else { return false }
            inputEnded = true
            waiting.append(nil)
            return true
        }
        if first { available.signal() }
    }

    private static func definition(_ db: Database) throws -> String {
        guard let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'passageIndex'") else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "no such table: passageIndex")
        }
        return definition
    }

    /// Stops a build whose index is no longer wanted, as when the import failed.
    func cancel() {
        lock.withLock { cancelled = true }
        endInput()
    }

    deinit {
        done.wait()
        if case .success(let queue) = built { try? queue.close() }
        file?.discard()
    }

    /// Waits for the index, then puts its rows in place of those of `db`'s `passageIndex`,
    /// which must not be written in this transaction before or after.
    func copy(into db: Database) throws {
        endInput()
        done.wait()
        let queue = try built!.get()
        // Empties the project's index and makes its connection forget what it had read of it,
        // so that it is next read from the copied rows.
        try db.execute(sql: "INSERT INTO passageIndex (passageIndex) VALUES ('delete-all')")
        try queue.read { index in
            let tables = try String.fetchAll(index, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'passageIndex\\_%' ESCAPE '\\' ORDER BY name
                """)
            for table in tables {
                try db.execute(sql: "DELETE FROM \(table.quotedDatabaseIdentifier)")
                try RowInserter.copy(table, from: index, to: db)
            }
        }
    }
}
