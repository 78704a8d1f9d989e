import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Project files as Werkbank wrote them before a migration, for upgrade tests.
enum LegacyProject {
    /// Writes at `url` a project migrated up to `migration` holding `current`'s rows: every table
    /// of that version with the columns it had, and before `v4-passage-spans` the passages as the old full-text
    /// table `passage`, with its own copy of each passage's text, under the same row ids.
    static func copy(of current: URL, to url: URL, upTo migration: String) throws {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        try ProjectSchema.migrator.migrate(queue, upTo: migration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [current.path])
            try db.inTransaction {
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
                    AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'passage%' AND name <> 'grdb_migrations'
                    """)
                for table in tables {
                    // The old version's columns only: later migrations add some (coding.speaker).
                    let quoted = table.quotedDatabaseIdentifier
                    let columns = try db.columns(in: table, in: "main").map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
                    try db.execute(sql: "INSERT INTO main.\(quoted) (\(columns)) SELECT \(columns) FROM current.\(quoted)")
                }
                let oldLayout = try db.tableExists("passage_content")
                try db.execute(sql: """
                    INSERT INTO main.passage (\(oldLayout ? "rowid, text, sourceID, start, \"end\"" : "id, sourceID, start, \"end\""))
                    SELECT p.id, \(oldLayout ? "substr(s.text, p.start + 1, p.\"end\" - p.start), " : "")p.sourceID, p.start, p."end"
                    FROM current.passage p JOIN current.source s ON s.id = p.sourceID ORDER BY p.id
                    """)
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE current")
        }
    }

    /// Search as Werkbank ran it over the old full-text table `passage` (before v4).
    static func search(_ db: Database, _ text: String, limit: Int = 50) throws -> [SearchHit] {
        let query = Project.ftsQuery(text)
        guard !query.isEmpty else { return [] }
        let matches = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passage WHERE passage MATCH ?", arguments: [query]) ?? 0
        let order = matches <= Project.rankedSearchLimit ? "ORDER BY rank" : ""
        return try Row.fetchAll(db, sql: """
            SELECT s.slug, p.start, p."end", snippet(passage, 0, '[', ']', '…', 16) AS snippet
            FROM passage p JOIN source s ON s.id = p.sourceID
            WHERE passage MATCH ? \(order) LIMIT ?
            """, arguments: [query, limit]).map {
            SearchHit(sourceID: $0["slug"], range: ScalarRange(start: $0["start"], end: $0["end"]), snippet: $0["snippet"])
        }
    }
}

/// Passages searched through an external-content FTS5 index (migration `v4-passage-spans`),
/// built beside the import and copied in.
@Suite struct PassageIndexTests {
    /// Searches worth comparing: diacritics and case, prefixes, several words, no hits, and a
    /// word in more passages than are ranked.
    static let queries = ["clienten", "Cliënten", "CLIËNTEN", "coordinator", "ambassad*", "samen leren", "zorg*",
                          "de", "casuistiek", "continuiteit", "xyzzy", "teller", "teller*"]

    /// The sample study and one more source whose word `teller` is in more passages than
    /// search ranks, so that unranked hits (in text order) are compared too.
    static let study: Study = {
        var study = sampleStudy
        let turns = Project.rankedSearchLimit + 100
        let line = "I: teller één\n"
        let text = String(repeating: line, count: turns)
        let length = line.unicodeScalars.count
        let caseID = study.cases[0].id
        study.sources.append(Source(id: "tellers", caseID: caseID, title: "Tellers", kind: .document, interviewers: ["I"], text: text,
                                    turns: (0..<turns).map { Turn(speaker: "I", range: ScalarRange(start: $0 * length + 3, end: ($0 + 1) * length - 1)) }))
        return study
    }()

    static func integrity(_ db: Database) throws {
        // Checks the index against its content, the passages' stretches of their sources.
        try db.execute(sql: "INSERT INTO passageIndex (passageIndex) VALUES ('integrity-check')")
    }

    /// Every word of the index with the passages and places it occurs in.
    static func instances(_ db: Database) throws -> [Row] {
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passageWords USING fts5vocab(main, passageIndex, instance)")
        return try Row.fetchAll(db, sql: "SELECT term, doc, col, offset FROM temp.passageWords ORDER BY term, doc, offset")
    }

    @Test func aVersion3ProjectIsUpgradedWithTheSameSearchResults() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let current = try Project.create(at: folder.file("new.werkbank"), from: Self.study)
        let url = folder.file("old.werkbank")
        try LegacyProject.copy(of: current.url, to: url, upTo: "v3-source-checksum")
        let before = try {
            let queue = try DatabaseQueue(path: url.path)
            defer { try? queue.close() }
            return try queue.read { db in try Self.queries.map { try LegacyProject.search(db, $0) } }
        }()
        #expect(zip(Self.queries, before).filter { $0.1.isEmpty }.map(\.0) == ["xyzzy"])
        let line = "I: teller één\n".unicodeScalars.count
        #expect(before[Self.queries.firstIndex(of: "teller")!].map(\.range.start) == (0..<50).map { $0 * line + 3 }, "unranked: in text order")

        let upgraded = try Project.open(at: url)
        #expect(try upgraded.writer!.read { db in try ProjectSchema.migrator.appliedIdentifiers(db) }
            == ["v1-project", "v2-decisions", "v3-source-checksum", "v4-passage-spans", "v5-coding-speaker", "v6-synthesis", "v7-attributes", "v8-free-memos", "v9-journal-coder", "v10-corrections", "v12-indexes", "v13-practice", "v14-passage-source", "v15-coding-guid-index"])
        #expect(try Self.queries.map { try upgraded.search($0) } == before)
        #expect(try Self.queries.map { try current.search($0) } == before)
        try upgraded.writer!.write { db in
            try Self.integrity(db)
            #expect(try !db.tableExists("passageIndex_content"), "the text is stored once, in source")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passage") == Self.study.sources.map { SourceWriter.passages(of: $0).count }.reduce(0, +))
        }
        #expect(try upgraded.integrityCheck() == "ok")
    }

    @Test func theIndexBuiltBesideTheImportIsTheIndexBuiltInPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: Self.study)
        // The same sources inserted one by one, each straight into the project's own index.
        let queue = try DatabaseQueue(path: folder.file("in-place.werkbank").path)
        defer { try? queue.close() }
        try ProjectSchema.migrator.migrate(queue)
        try queue.write { db in
            var frame = Self.study
            frame.sources = []
            frame.codings = []
            try StudyImporter(db: db).importStudy(frame)
            for (position, source) in Self.study.sources.enumerated() {
                let caseRowID = try Int64.fetchOne(db, sql: "SELECT id FROM studyCase WHERE slug = ?", arguments: [source.caseID])!
                _ = try SourceWriter(db: db).insert(source, caseRowID: caseRowID, position: position)
            }
        }
        let aside = try project.writer!.write { db in
            try Self.integrity(db)
            return (try Self.instances(db), try Row.fetchAll(db, sql: "SELECT * FROM passageIndex_docsize ORDER BY id"))
        }
        let inPlace = try queue.write { db in
            try Self.integrity(db)
            return (try Self.instances(db), try Row.fetchAll(db, sql: "SELECT * FROM passageIndex_docsize ORDER BY id"))
        }
        #expect(aside.0.count > 10_000)
        #expect(aside.0 == inPlace.0)
        #expect(aside.1 == inPlace.1)
        let searched = try queue.read { db in try Row.fetchAll(db, sql: "SELECT rowid, rank FROM passageIndex WHERE passageIndex MATCH 'clienten' ORDER BY rank") }
        #expect(try project.writer!.read { db in try Row.fetchAll(db, sql: "SELECT rowid, rank FROM passageIndex WHERE passageIndex MATCH 'clienten' ORDER BY rank") } == searched)
    }

    @Test func deletingASourceTakesItsWordsOutOfTheIndex() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var study = tinyStudy()
        study.sources.append(Source(id: "tweede", caseID: "zorg", title: "Tweede", kind: .document, text: "Cliënten.\n\nNog een alinea."))
        let project = try Project.create(at: folder.file("p.werkbank"), from: study)
        #expect(Set(try project.search("clienten").map(\.sourceID)) == ["gesprek", "tweede"])
        #expect(try project.search("alinea").map(\.range) == [ScalarRange(start: 11, end: 26)])
        try project.write { db in try db.execute(sql: "DELETE FROM source WHERE slug = 'tweede'") }
        #expect(try project.search("clienten").map(\.sourceID) == ["gesprek"])
        #expect(try project.search("alinea").isEmpty)
        try project.write { db in try db.execute(sql: "DELETE FROM passage WHERE sourceID = (SELECT id FROM source WHERE slug = 'gesprek')") }
        #expect(try project.search("clienten").isEmpty)
        try project.writer!.write { db in
            try Self.integrity(db)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passage") == 0)
        }
    }

    @Test func preparedPassagesAreTheirScalarRanges() throws {
        let texts = [
            "I: Hoe gaat het?\r\nC1: Clie\u{0308}nten 😀 leren mee.\r\nI: Één ding, 𝔷𝔬𝔯𝔤.",
            "Eerste alinea met café.\n\n\n  Tweede 🙂 alinea.\n\nDerde",
            "",
            "😀",
        ]
        for text in texts {
            let withTurns = text.hasPrefix("I:")
            var source = Source(id: "s", caseID: "c", title: "", kind: .interview, text: text)
            if withTurns {
                let lines = text.components(separatedBy: "\r\n")
                var offset = 0
                for line in lines {
                    let length = line.unicodeScalars.count
                    source.turns.append(Turn(speaker: "X", range: ScalarRange(start: offset + 3, end: offset + length)))
                    offset += length + 2
                }
            }
            let prepared = try PreparedSource(source)
            #expect(prepared.length == text.scalarCount)
            #expect(prepared.words == source.wordCount)
            #expect(prepared.passages.map(\.range) == SourceWriter.passages(of: source))
            for passage in prepared.passages {
                var bytes: [UInt8] = []
                prepared.withUTF8(passage.bytes) { bytes = Array($0) }
                #expect(String(decoding: bytes, as: UTF8.self) == text.scalars(in: passage.range))
            }
        }
        var outside = Source(id: "s", caseID: "c", title: "", kind: .interview, text: "kort")
        outside.turns = [Turn(speaker: "X", range: ScalarRange(start: 2, end: 9))]
        #expect(throws: ProjectError.invalidRange(source: "s", start: 2, end: 9, length: 4)) { try PreparedSource(outside) }
    }

    @Test func codingsKeepTheirOrderAndGUIDs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let guids = try project.read { db in try String.fetchAll(db, sql: "SELECT guid FROM coding ORDER BY id") }
        #expect(guids == sampleStudy.codings.map(\.id.uuidString))
        #expect(sampleStudy.codings.count > 64, "more than one statement's rows")
    }
}
