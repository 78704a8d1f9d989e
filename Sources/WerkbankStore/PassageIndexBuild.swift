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
        guard let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'passageIndex'") else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "no such table: passageIndex")
        }
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            built = Result {
                let queue = try DatabaseQueue()
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = OFF")
                    try db.execute(sql: definition)
                    try db.inTransaction {
                        try SourceWriter.insertIndexed(sources, firstID: 1, into: db) { [self] in lock.withLock { cancelled } }
                        return .commit
                    }
                }
                return queue
            }
            done.leave()
        }
    }

    /// Stops a build whose index is no longer wanted, as when the import failed.
    func cancel() {
        lock.withLock { cancelled = true }
    }

    /// Waits for the index, then puts its rows in place of those of `db`'s `passageIndex`,
    /// which must not be written in this transaction before or after.
    func copy(into db: Database) throws {
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
