import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// The codings' GUIDs unique through the named index `codingByGUID` (decision 67): in a new
/// project, and in one upgraded from before it, with every row, row id and the counter kept.
@Suite struct CodingGUIDIndexTests {
    static func codingIndexes(_ reader: some DatabaseReader) throws -> [String] {
        try reader.read { db in
            try Row.fetchAll(db, sql: "PRAGMA index_list(coding)").map { "\($0["name"] as String)\(($0["unique"] as Int) == 1 ? " unique" : "")" }.sorted()
        }
    }

    @Test func aNewProjectHasTheNamedIndexAndNoOther() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        #expect(try Self.codingIndexes(try #require(project.writer)) == ["codingByCode", "codingByGUID unique", "codingBySource", "codingBySourceCode"])
    }

    @Test func anUpgradedProjectKeepsItsCodingsAndRefusesADuplicateGUID() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("old.werkbank")
        let current = try Project.create(at: folder.file("new.werkbank"), from: sampleStudy)
        try LegacyProject.copy(of: current.url, to: url, upTo: "v14-passage-source")
        let queue = try DatabaseQueue(path: url.path)
        let before = try Self.codingIndexes(queue)
        #expect(before.contains("sqlite_autoindex_coding_1 unique"))
        // Codings removed at the end leave the counter above the last row id.
        try queue.write { db in try db.execute(sql: "UPDATE sqlite_sequence SET seq = seq + 50 WHERE name = 'coding'") }
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM coding ORDER BY id") }
        let counter = try queue.read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'coding'") }
        try queue.close()
        #expect(rows.count == sampleStudy.codings.count)

        let project = try Project.open(at: url)
        let writer = try #require(project.writer)
        #expect(try Self.codingIndexes(writer) == ["codingByCode", "codingByGUID unique", "codingBySource", "codingBySourceCode"])
        #expect(try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM coding ORDER BY id") } == rows)
        #expect(try writer.read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'coding'") } == counter)
        let guid: String = rows[0]["guid"]
        #expect(throws: DatabaseError.self) {
            try writer.write { db in
                try db.execute(sql: """
                    INSERT INTO coding (guid, sourceID, start, "end", codeID, coderID, created, modified)
                    SELECT guid, sourceID, start, "end", codeID, coderID, created, modified FROM coding WHERE guid = ?
                    """, arguments: [guid])
            }
        }
        #expect(try project.integrityCheck() == "ok")
        let added = try project.addCoding(source: "jz-focusgroep-studenten", range: ScalarRange(start: 0, end: 4), code: "LOS", coder: "Anouk")
        #expect(try writer.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM coding WHERE guid = ?", arguments: [added.id.uuidString]) }
            == counter.map { $0 + 1 })
    }

    /// The indexes are sorted with a small page cache (decision 69); the connection gets its
    /// own back, and building them again leaves them as they are.
    @Test func buildingTheIndexesLeavesTheConnectionsCacheAsItWas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let writer = try #require(project.writer)
        let before = try Self.codingIndexes(writer)
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -12345")
            try db.inTransaction {
                try ProjectSchema.dropSecondaryIndexes(db)
                try ProjectSchema.createSecondaryIndexes(db)
                try ProjectSchema.createSecondaryIndexes(db)
                return .commit
            }
            #expect(try Int.fetchOne(db, sql: "PRAGMA cache_size") == -12345)
        }
        #expect(try Self.codingIndexes(writer) == before)
        #expect(try project.integrityCheck() == "ok")
    }
}
