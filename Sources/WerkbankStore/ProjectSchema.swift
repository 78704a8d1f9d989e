import GRDB

/// The project file's schema, as versioned migrations. A migration once released is never
/// changed; changes come as new migrations.
enum ProjectSchema {
    /// `PRAGMA application_id` of every Werkbank project: "WBNK".
    static let applicationID: Int32 = 0x5742_4E4B

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-project") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try createStudyTables(db)
            try createSourceTables(db)
            try createCodingTables(db)
        }
        // Decisions on disagreements between two coders, so that "keep neither" is kept too.
        migrator.registerMigration("v2-decisions") { db in
            try db.create(table: "decision") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sourceID", .integer).notNull().references("source", onDelete: .cascade)
                t.column("code", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("consensus", .text).notNull()
                t.column("choice", .text).notNull()
                t.column("at", .datetime).notNull()
                t.uniqueKey(["sourceID", "code", "start", "end", "consensus"])
            }
        }
        // Checksums of imported transcript files, so that importing a file twice is noticed.
        migrator.registerMigration("v3-source-checksum") { db in
            try db.create(table: "sourceChecksum") { t in
                t.primaryKey("sourceID", .integer).references("source", onDelete: .cascade)
                t.column("checksum", .text).notNull().unique()
            }
        }
        // Passages become stretches of their source's text (`passage`), searched through an FTS5
        // index whose content is the view `passageText`: the text is no longer stored twice.
        // Diacritics still do not count (`clienten` finds `Cliënten`). Writers insert
        // `(rowid, text)` into `passageIndex` with each passage row; the triggers take a passage's
        // words out of the index when the passage or its source is deleted, while the text is
        // still there to read. The index is rebuilt from the view, so that the two agree.
        migrator.registerMigration("v4-passage-spans") { db in
            try db.execute(sql: """
                CREATE TABLE passageSpan (
                    id INTEGER PRIMARY KEY,
                    sourceID INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    CHECK (start <= "end"));
                INSERT INTO passageSpan (id, sourceID, start, "end") SELECT rowid, sourceID, start, "end" FROM passage;
                DROP TABLE passage;
                ALTER TABLE passageSpan RENAME TO passage;
                CREATE VIEW passageText AS
                    SELECT p.id, substr(s.text, p.start + 1, p."end" - p.start) AS text
                    FROM passage p JOIN source s ON s.id = p.sourceID;
                CREATE VIRTUAL TABLE passageIndex USING fts5(
                    text, content = 'passageText', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO passageIndex (passageIndex) VALUES ('rebuild');
                CREATE TRIGGER passageDeleted AFTER DELETE ON passage BEGIN
                    INSERT INTO passageIndex (passageIndex, rowid, text)
                    SELECT 'delete', old.id, substr(s.text, old.start + 1, old."end" - old.start) FROM source s WHERE s.id = old.sourceID;
                END;
                CREATE TRIGGER sourceDeleting BEFORE DELETE ON source BEGIN
                    DELETE FROM passage WHERE sourceID = old.id;
                END;
                """)
        }
        // Each coding keeps the speaker of the turn it starts in (the last turn starting at or
        // before it), so that counts per role or participant are one indexed GROUP BY instead
        // of a search per coding. Turns do not change once a source is in; codings are written
        // only through CodingWriter, which sets it.
        migrator.registerMigration("v5-coding-speaker") { db in
            try db.execute(sql: """
                ALTER TABLE coding ADD COLUMN speaker TEXT;
                UPDATE coding SET speaker = (
                    SELECT t.speaker FROM turn t WHERE t.sourceID = coding.sourceID AND t.start <= coding.start
                    ORDER BY t.start DESC LIMIT 1);
                DROP INDEX codingBySourceCode;
                CREATE INDEX codingBySourceCode ON coding (sourceID, codeID, coderID, speaker);
                """)
        }
        // Findings, recognition judgements and conclusions (decision 43). Evidence names its
        // coding by GUID without a foreign key, and keeps the fragment's source, range and text:
        // a coding removed later leaves a link marked "evidence removed", not a vanished one.
        migrator.registerMigration("v6-synthesis") { db in
            try ProjectSchema.createSynthesisTables(db)
        }
        // Typed attributes on participants, sources and cases (decision 49). Values name their
        // target by key (case id, source id, `case/speaker`) like memos do, so that a source
        // taken out by undoing its import gets its values back when it is redone.
        migrator.registerMigration("v7-attributes") { db in
            try ProjectSchema.createAttributeTables(db)
        }
        // Free memos (decision 50): a title, a text, an author and what the memo belongs to —
        // the project, a case or a code by key without a foreign key (a memo outlives a code
        // removed and brought back by undo), or a work in the literature.
        migrator.registerMigration("v8-free-memos") { db in
            try ProjectSchema.createFreeMemoTable(db)
        }
        // Undo that is yours (decision 55): who made each journal entry (NULL on entries from
        // before, which belong to no one) and what each entry changed and relied on.
        migrator.registerMigration("v9-journal-coder") { db in
            try ProjectSchema.createJournalCoder(db)
        }
        // Corrected transcripts (decision 58): codings that a correction left needing review,
        // by GUID with the range the correction gave them (a mark counts only while the coding
        // still has that range, so that undo needs no bookkeeping), and the pseudonym list.
        migrator.registerMigration("v10-corrections") { db in
            try ProjectSchema.createCorrectionTables(db)
        }
        // Sources in study order without reading their rows, which hold their texts (decision
        // 60): the first page of fragments walks sources in that order.
        migrator.registerMigration("v12-indexes") { db in
            try db.create(index: "sourceByCase", on: "source", columns: ["caseID", "position"])
        }
        // Practice coding for a class (decision 61): which coders are students practising, and
        // the consensus coder they are compared with.
        migrator.registerMigration("v13-practice") { db in
            try ProjectSchema.createPractice(db)
        }
        // A source's passages by source: removing a source (undoing its import) or correcting
        // its text deleted its passages by a scan of every passage of the project.
        migrator.registerMigration("v14-passage-source") { db in
            try db.create(index: "passageBySource", on: "passage", columns: ["sourceID"])
        }
        // Codings' GUIDs unique through a named index, which a new project builds once over
        // all its codings rather than a random insert per coding (decision 67).
        migrator.registerMigration("v15-coding-guid-index") { db in
            try ProjectSchema.rebuildCodingWithGUIDIndex(db)
        }
        return migrator
    }

    /// The indexes on turns and codings that queries need but an import does not, as the
    /// latest migration has them; those already there are left as they are.
    static func createSecondaryIndexes(_ db: Database) throws {
        try inSmallSortRuns(db) {
            try db.create(index: "turnBySource", on: "turn", columns: ["sourceID", "start"], options: .ifNotExists)
            try db.create(index: "codingBySource", on: "coding", columns: ["sourceID", "start"], options: .ifNotExists)
            // Covers counting per source, code, coder and speaker without touching the coding rows.
            try db.create(index: "codingBySourceCode", on: "coding", columns: ["sourceID", "codeID", "coderID", "speaker"], options: .ifNotExists)
            try db.create(index: "codingByCode", on: "coding", columns: ["codeID"], options: .ifNotExists)
            try db.create(index: "passageBySource", on: "passage", columns: ["sourceID"], options: .ifNotExists)
            try createCodingGUIDIndex(db)
        }
    }

    /// The unique index on the codings' GUIDs, unless it is there: a new project's is built
    /// once its codings are in, before what looks codings up by GUID (memos, evidence).
    static func createCodingGUIDIndex(_ db: Database) throws {
        try inSmallSortRuns(db) {
            try db.create(index: "codingByGUID", on: "coding", columns: ["guid"], options: [.unique, .ifNotExists])
        }
    }

    /// Runs `build` (index builds) with a 4 MB page cache, then gives the connection its own
    /// back. SQLite sorts an index's keys in runs the size of the page cache: runs of 4 MB stay
    /// in the processor's caches and runs of 32 MB do not. At 1,000,000 codings the secondary
    /// indexes took 2.7 s with the smaller runs and 3.7 s with the larger (decision 69).
    private static func inSmallSortRuns(_ db: Database, _ build: () throws -> Void) throws {
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -4096")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        try build()
    }

    static func dropSecondaryIndexes(_ db: Database) throws {
        for index in ["turnBySource", "codingBySource", "codingBySourceCode", "codingByCode", "passageBySource", "codingByGUID"] {
            try db.drop(index: index)
        }
    }

    private static func createStudyTables(_ db: Database) throws {
        try db.create(table: "study") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("title", .text).notNull()
            t.column("citation", .text).notNull()
            t.column("researchQuestions", .jsonText).notNull()
            t.column("characteristics", .jsonText).notNull()
            t.column("tableTitle", .text).notNull()
            t.column("tableCorner", .text).notNull()
            t.column("totalColumn", .text).notNull()
            t.column("totalRow", .text).notNull()
        }
        try db.create(table: "role") { t in
            t.primaryKey("name", .text)
            t.column("gloss", .text).notNull()
            t.column("speakerPrefix", .text).notNull()
            t.column("position", .integer).notNull()
        }
        try db.create(table: "codeGroup") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("gloss", .text).notNull()
            t.column("description", .text).notNull()
            t.column("position", .integer).notNull()
        }
        try db.create(table: "code") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("guid", .text).notNull().unique()
            t.column("short", .text).notNull().unique(onConflict: .abort).collate(.nocase)
            t.column("name", .text).notNull()
            t.column("gloss", .text).notNull()
            t.column("description", .text).notNull()
            t.column("colour", .text).notNull()
            t.column("parentID", .integer).references("code", onDelete: .restrict)
            t.column("groupID", .text).notNull().references("codeGroup")
            t.column("position", .integer).notNull()
            t.column("detail", .jsonText)
        }
        try db.create(table: "studyCase") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("guid", .text).notNull().unique()
            t.column("slug", .text).notNull().unique()
            t.column("number", .integer).notNull()
            t.column("name", .text).notNull()
            t.column("tableLabel", .text).notNull()
            t.column("sector", .text).notNull()
            t.column("institutions", .jsonText).notNull()
            t.column("description", .text).notNull()
        }
        try db.create(table: "respondentCount") { t in
            t.column("caseID", .integer).notNull().references("studyCase", onDelete: .cascade)
            t.column("role", .text).notNull().references("role")
            // NULL is the published "-": the role was not part of the case.
            t.column("count", .integer).check { $0 == nil || $0 >= 0 }
            t.column("footnoteMark", .text)
            t.primaryKey(["caseID", "role"])
        }
        try db.create(table: "footnote") { t in
            t.column("caseID", .integer).notNull().references("studyCase", onDelete: .cascade)
            t.column("mark", .text).notNull()
            t.column("text", .text).notNull()
            t.primaryKey(["caseID", "mark"])
        }
        try db.create(table: "coder") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique()
            t.column("description", .text).notNull().defaults(to: "")
        }
    }

    private static func createSourceTables(_ db: Database) throws {
        try db.create(table: "participant") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("caseID", .integer).notNull().references("studyCase", onDelete: .cascade)
            t.column("speaker", .text).notNull()
            t.column("role", .text).notNull().references("role")
            t.column("description", .text).notNull()
            t.uniqueKey(["caseID", "speaker"])
        }
        try db.create(table: "source") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("guid", .text).notNull().unique()
            t.column("slug", .text).notNull().unique()
            t.column("caseID", .integer).notNull().references("studyCase", onDelete: .cascade)
            t.column("title", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("date", .text)
            t.column("interviewers", .jsonText).notNull()
            t.column("length", .integer).notNull()
            t.column("words", .integer).notNull()
            t.column("position", .integer).notNull()
            // Last, so that reading the other columns never walks the text's overflow pages.
            t.column("text", .text).notNull()
        }
        try db.create(table: "sourceParticipant") { t in
            t.column("sourceID", .integer).notNull().references("source", onDelete: .cascade)
            t.column("participantID", .integer).notNull().references("participant", onDelete: .cascade)
            t.primaryKey(["sourceID", "participantID"])
        }
        try db.create(table: "turn") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sourceID", .integer).notNull().references("source", onDelete: .cascade)
            t.column("speaker", .text).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.check(sql: "start <= \"end\"")
        }
        // Turn texts, searchable without diacritics: `clienten` finds `Cliënten`.
        try db.execute(sql: """
            CREATE VIRTUAL TABLE passage USING fts5(
                text, sourceID UNINDEXED, start UNINDEXED, "end" UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2')
            """)
    }

    private static func createCodingTables(_ db: Database) throws {
        try db.create(table: "coding") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("guid", .text).notNull().unique()
            t.column("sourceID", .integer).notNull().references("source", onDelete: .cascade)
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("codeID", .integer).notNull().references("code", onDelete: .restrict)
            t.column("coderID", .integer).notNull().references("coder")
            t.column("memo", .text)
            // Seconds since 1970, UTC: formatting dates as text cost half of importing a coding.
            t.column("created", .double).notNull()
            t.column("modified", .double).notNull()
            t.check(sql: "start >= 0 AND start < \"end\"")
        }
        try db.create(index: "turnBySource", on: "turn", columns: ["sourceID", "start"])
        try db.create(index: "codingBySource", on: "coding", columns: ["sourceID", "start"])
        try db.create(index: "codingBySourceCode", on: "coding", columns: ["sourceID", "codeID", "coderID"])
        try db.create(index: "codingByCode", on: "coding", columns: ["codeID"])
        try db.create(table: "memo") { t in
            t.column("targetKind", .text).notNull()
            t.column("targetKey", .text).notNull()
            t.column("text", .text).notNull()
            t.column("modified", .datetime).notNull()
            t.primaryKey(["targetKind", "targetKey"])
        }
        // The undo journal: each row is one user action, with the state before and after as
        // JSON, so that undo and redo survive a restart.
        try db.create(table: "journal") { t in
            t.autoIncrementedPrimaryKey("seq")
            t.column("label", .text).notNull()
            t.column("entity", .text).notNull()
            t.column("before", .jsonText)
            t.column("after", .jsonText)
            t.column("undone", .boolean).notNull().defaults(to: false)
            t.column("at", .datetime).notNull()
        }
    }
}
