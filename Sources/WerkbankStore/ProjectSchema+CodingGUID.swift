import GRDB

extension ProjectSchema {
    /// Rebuilds `coding` with its GUIDs kept unique by the named index `codingByGUID` instead of
    /// the column's own constraint (decision 67): a new project drops the named index while it
    /// is filled and builds it once over the sorted GUIDs, where the column's index took a
    /// random insert per coding, 21× the time for 10× the codings. Rows, row ids and the
    /// `AUTOINCREMENT` counter stay as they were.
    static func rebuildCodingWithGUIDIndex(_ db: Database) throws {
        let counter = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'coding'")
        try db.execute(sql: """
            CREATE TABLE codingRebuilt (
                "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                "guid" TEXT NOT NULL,
                "sourceID" INTEGER NOT NULL REFERENCES "source"("id") ON DELETE CASCADE,
                "start" INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                "codeID" INTEGER NOT NULL REFERENCES "code"("id") ON DELETE RESTRICT,
                "coderID" INTEGER NOT NULL REFERENCES "coder"("id"),
                "memo" TEXT,
                "created" DOUBLE NOT NULL,
                "modified" DOUBLE NOT NULL,
                speaker TEXT,
                CHECK (start >= 0 AND start < "end"));
            INSERT INTO codingRebuilt (id, guid, sourceID, start, "end", codeID, coderID, memo, created, modified, speaker)
                SELECT id, guid, sourceID, start, "end", codeID, coderID, memo, created, modified, speaker FROM coding ORDER BY id;
            DROP TABLE coding;
            ALTER TABLE codingRebuilt RENAME TO coding;
            CREATE INDEX codingBySource ON coding (sourceID, start);
            CREATE INDEX codingBySourceCode ON coding (sourceID, codeID, coderID, speaker);
            CREATE INDEX codingByCode ON coding (codeID);
            CREATE UNIQUE INDEX codingByGUID ON coding (guid);
            """)
        if let counter {
            try db.execute(sql: """
                INSERT INTO sqlite_sequence (name, seq) SELECT 'coding', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'coding');
                UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'coding';
                """, arguments: [counter])
        }
    }
}
