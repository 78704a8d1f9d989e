import GRDB

extension Project {
    /// Leaves moving the write-ahead log into the database file to ``checkpoint()``, called
    /// when the interactive user is idle, instead of to whichever commit fills the log: that
    /// commit would otherwise take a few milliseconds more (a key press in the reader). What
    /// is committed stays committed; the log only grows until the next idle moment, and SQLite
    /// folds it in when the last connection closes. Does nothing on a project opened for
    /// reading.
    public func deferCheckpoints() throws(ProjectError) {
        guard let writer else { return }
        try Self.wrap(url.path) { try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") } }
    }

    /// Moves what it can of the write-ahead log into the database file without waiting for
    /// readers (a passive checkpoint). Returns the pages left in the log for a later one
    /// (another process reading an old snapshot keeps them); 0 when all are in the file, and
    /// on a project opened for reading.
    @discardableResult
    public func checkpoint() throws(ProjectError) -> Int {
        guard let writer else { return 0 }
        return try Self.wrap(url.path) {
            try writer.writeWithoutTransaction { db -> Int in
                guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)") else { return 0 }
                let log: Int? = row[1]
                let moved: Int? = row[2]
                return max(0, (log ?? 0) - (moved ?? 0))
            }
        }
    }
}
