import GRDB

/// How the search index takes many passages at once (decision 65).
///
/// FTS5 writes what it has gathered as a small segment (by default about every 1 MB) and, with
/// `automerge`, keeps merging segments as they come: each passage is copied again at every
/// level, and the levels deepen with the corpus, so indexing 10,000 transcripts took 13× the
/// time of 1,000. While a bulk import writes, segments are made larger and are not merged:
/// indexing grows with the text alone, and a 10× corpus leaves about ten segments, which a
/// search reads about as fast as one. The defaults come back before the transaction ends, so
/// later writes merge as before, a little at a time.
enum PassageIndexBulk {
    /// FTS5's own defaults, restored when the bulk write is done.
    static let defaultAutomerge = 4
    static let defaultHashSize = 1024 * 1024
    /// The memory FTS5 gathers terms in before it writes a segment during a bulk write: larger
    /// made tokenising slower (the terms' table outgrows the CPU's caches), smaller made more
    /// segments than a crisis merge (16 in one level) allows at 10×.
    static let bulkHashSize = 16 * 1024 * 1024

    /// Sets `db`'s `table` (an FTS5 table) up for a bulk write.
    static func begin(_ db: Database, table: String = "passageIndex") throws {
        try configure(db, table: table, automerge: 0, hashSize: bulkHashSize)
    }

    /// Sets `db`'s `table` back to FTS5's defaults.
    static func end(_ db: Database, table: String = "passageIndex") throws {
        try configure(db, table: table, automerge: defaultAutomerge, hashSize: defaultHashSize)
    }

    /// Runs `body` with `table` set up for a bulk write, and sets it back afterwards; when
    /// `body` throws, its transaction is rolled back and takes the settings with it.
    static func during<T>(_ db: Database, table: String = "passageIndex", _ body: () throws -> T) throws -> T {
        try begin(db, table: table)
        let result = try body()
        try end(db, table: table)
        return result
    }

    private static func configure(_ db: Database, table: String, automerge: Int, hashSize: Int) throws {
        let name = table.quotedDatabaseIdentifier
        try db.execute(sql: "INSERT INTO \(name) (\(name), rank) VALUES ('automerge', ?)", arguments: [automerge])
        try db.execute(sql: "INSERT INTO \(name) (\(name), rank) VALUES ('hashsize', ?)", arguments: [hashSize])
    }
}
