import GRDB

extension ProjectSchema {
    /// `codingReview`: codings a correction left needing review; `pseudonym`: names and the
    /// pseudonyms that replace them, with their variants.
    static func createCorrectionTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE codingReview (
                codingGUID TEXT PRIMARY KEY,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                quote TEXT NOT NULL);
            CREATE TABLE pseudonym (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                pseudonym TEXT NOT NULL,
                variants TEXT NOT NULL DEFAULT '[]',
                position INTEGER NOT NULL);
            """)
    }
}
