import GRDB

extension ProjectSchema {
    /// Findings, judgements and conclusions, as migration `v6-synthesis` made them.
    static func createSynthesisTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE finding (
                id INTEGER PRIMARY KEY,
                guid TEXT NOT NULL UNIQUE,
                caseID INTEGER NOT NULL REFERENCES studyCase(id) ON DELETE CASCADE,
                codeID INTEGER NOT NULL REFERENCES code(id) ON DELETE RESTRICT,
                text TEXT NOT NULL,
                author TEXT NOT NULL,
                role TEXT,
                created REAL NOT NULL,
                modified REAL NOT NULL,
                position INTEGER NOT NULL);
            CREATE INDEX findingByCell ON finding (caseID, codeID, position);
            CREATE TABLE findingEvidence (
                findingID INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
                codingGUID TEXT NOT NULL,
                source TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                quote TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (findingID, codingGUID));
            CREATE INDEX findingEvidenceByCoding ON findingEvidence (codingGUID);
            CREATE TABLE judgement (
                caseID INTEGER NOT NULL REFERENCES studyCase(id) ON DELETE CASCADE,
                codeID INTEGER NOT NULL REFERENCES code(id) ON DELETE RESTRICT,
                status TEXT NOT NULL CHECK (status IN ('herkend', 'deels herkend', 'niet herkend', 'niet besproken')),
                why TEXT NOT NULL,
                author TEXT NOT NULL,
                modified REAL NOT NULL,
                PRIMARY KEY (caseID, codeID));
            CREATE TABLE conclusion (
                id INTEGER PRIMARY KEY,
                guid TEXT NOT NULL UNIQUE,
                text TEXT NOT NULL,
                author TEXT NOT NULL,
                created REAL NOT NULL,
                modified REAL NOT NULL,
                position INTEGER NOT NULL);
            CREATE TABLE conclusionCell (
                conclusionID INTEGER NOT NULL REFERENCES conclusion(id) ON DELETE CASCADE,
                caseID INTEGER NOT NULL REFERENCES studyCase(id) ON DELETE CASCADE,
                codeID INTEGER NOT NULL REFERENCES code(id) ON DELETE RESTRICT,
                position INTEGER NOT NULL,
                PRIMARY KEY (conclusionID, caseID, codeID));
            CREATE TABLE conclusionEvidence (
                conclusionID INTEGER NOT NULL REFERENCES conclusion(id) ON DELETE CASCADE,
                codingGUID TEXT NOT NULL,
                source TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                quote TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (conclusionID, codingGUID));
            """)
    }
}
