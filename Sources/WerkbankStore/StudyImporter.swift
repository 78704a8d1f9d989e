import Foundation
import GRDB
import WerkbankCore

/// Writes a loaded ``Study`` into an empty project, inside the caller's transaction.
struct StudyImporter {
    let db: Database

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    func importStudy(_ study: Study) throws {
        let labels = study.tableLabels
        try db.execute(sql: """
            INSERT INTO study (id, title, citation, researchQuestions, characteristics, tableTitle, tableCorner, totalColumn, totalRow)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [study.title, study.citation, try Self.json(study.researchQuestions), try Self.json(study.characteristics),
                             labels.title, labels.corner, labels.totalColumn, labels.totalRow])
        for (position, role) in study.roles.enumerated() {
            try db.execute(sql: "INSERT INTO role (name, gloss, speakerPrefix, position) VALUES (?, ?, ?, ?)",
                           arguments: [role.name, role.gloss, role.speakerPrefix, position])
        }
        for coder in study.coders {
            try db.execute(sql: "INSERT INTO coder (name, description) VALUES (?, ?)", arguments: [coder.name, coder.description])
        }
        try importCodebook(study.codebook)
        var caseRowIDs: [String: Int64] = [:]
        for studyCase in study.cases {
            caseRowIDs[studyCase.id] = try importCase(studyCase)
        }
        let prepared = try PreparedSource.prepare(study.sources)
        let caseIDs = try prepared.map { source in
            guard let caseRowID = caseRowIDs[source.source.caseID] else { throw ProjectError.unknownCase(source.source.caseID) }
            return caseRowID
        }
        let sourceWriter = SourceWriter(db: db)
        let firstPassageID = try sourceWriter.nextPassageID()
        // The search index takes as long as everything else together: into an empty index it is
        // built on another core meanwhile (PassageIndexBuild), otherwise in place.
        let aside = firstPassageID == 1 ? try PassageIndexBuild(like: db, sources: prepared) : nil
        defer { aside?.cancel() }
        let sourceRowIDs = try sourceWriter.insertRows(prepared, caseRowIDs: caseIDs, firstPosition: 0)
        try sourceWriter.insertSpans(prepared, sourceRowIDs: sourceRowIDs, firstID: firstPassageID)
        try CodingWriter(db: db).insert(study.codings)
        if let aside {
            try aside.copy(into: db)
        } else {
            try SourceWriter.insertIndexed(prepared, firstID: firstPassageID, into: db)
        }
    }

    private func importCodebook(_ codebook: Codebook) throws {
        var position = 0
        for (groupPosition, group) in codebook.groups.enumerated() {
            try db.execute(sql: "INSERT INTO codeGroup (id, name, gloss, description, position) VALUES (?, ?, ?, ?, ?)",
                           arguments: [group.id, group.name, group.gloss, group.description, groupPosition])
            for code in group.codes {
                try CodeWriter(db: db).insert(code, position: position)
                position += 1
            }
        }
    }

    private func importCase(_ studyCase: Case) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO studyCase (guid, slug, number, name, tableLabel, sector, institutions, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [UUID.stable(from: "case|\(studyCase.id)").uuidString, studyCase.id, studyCase.number,
                             studyCase.name, studyCase.tableLabel, studyCase.sector, try Self.json(studyCase.institutions),
                             studyCase.description])
        let rowID = db.lastInsertedRowID
        for (role, count) in studyCase.respondents {
            try db.execute(sql: "INSERT INTO respondentCount (caseID, role, count, footnoteMark) VALUES (?, ?, ?, ?)",
                           arguments: [rowID, role, count.value, count.footnoteMark])
        }
        for footnote in studyCase.footnotes {
            try db.execute(sql: "INSERT INTO footnote (caseID, mark, text) VALUES (?, ?, ?)",
                           arguments: [rowID, footnote.mark, footnote.text])
        }
        return rowID
    }
}

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

/// The LOS-style detail of a code as stored (JSON).
struct CodeDetailRecord: Codable {
    var what: [String]
    var goal: [String]
    var requirements: [String]

    init(_ detail: CodeDetail) {
        what = detail.what
        goal = detail.goal
        requirements = detail.requirements
    }

    var detail: CodeDetail { CodeDetail(what: what, goal: goal, requirements: requirements) }
}
