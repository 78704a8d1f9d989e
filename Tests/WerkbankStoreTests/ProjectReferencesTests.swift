import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// A new project is filled with foreign keys off and its references checked once before the
/// commit (decision 69): what it holds is what SQLite's own check accepts, and a dangling
/// reference leaves no project behind.
@Suite struct ProjectReferencesTests {
    static func foreignKeyViolations(_ project: Project) throws -> Int {
        try #require(project.writer).read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count }
    }

    @Test func aNewProjectPassesSQLitesOwnForeignKeyCheck() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        #expect(try Self.foreignKeyViolations(project) == 0)
        #expect(try #require(project.writer).read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") } == true)
    }

    @Test(arguments: [
        ("coding", "sourceID", "INSERT INTO coding (guid, sourceID, start, \"end\", codeID, coderID, created, modified) SELECT 'dangling', 999999, 0, 1, codeID, coderID, 0, 0 FROM coding LIMIT 1"),
        ("turn", "sourceID", "INSERT INTO turn (sourceID, start, \"end\", speaker) SELECT 999999, start, \"end\", speaker FROM turn LIMIT 1"),
        ("attributeValue", "attributeID", "INSERT INTO attributeValue (attributeID, targetKey, value) VALUES (999999, 'x', 'y')"),
    ])
    func aDanglingReferenceLeavesNoProject(table: String, column: String, insert: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        #expect {
            _ = try Project.createFile(at: url) { db, _ in
                try StudyImporter(db: db).importStudy(sampleStudy)
                try db.execute(sql: insert)
                #expect(db.changesCount == 1)
            }
        } throws: { error in
            guard case .database(_, let message) = error as? ProjectError else { return false }
            return message.contains("1 row(s) of \(table).\(column) refer to no")
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    /// Replacing a declaration during a fill removes its values itself, with no cascade to do it.
    @Test func anAttributeDeclaredTwiceInAFillKeepsOnlyTheSecondsValues() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        func snapshot(_ assignments: [String: String]) -> AttributeSnapshot {
            AttributeSnapshot(name: "Testsector", target: "case", kind: "text", values: [], description: "", position: 0, assignments: assignments)
        }
        let project = try Project.createFile(at: folder.file("p.werkbank")) { db, _ in
            try StudyImporter(db: db).importStudy(sampleStudy)
            let store = AttributeStore(db: db)
            try store.restore(name: "Testsector", to: snapshot(["jeugdzorg": "zorg", "revalidatie-1": "zorg"]))
            try store.restore(name: "Testsector", to: snapshot(["sociale-zorg": "welzijn"]))
        }
        let values = try #require(project.writer).read { db in try Row.fetchAll(db, sql: """
            SELECT v.targetKey, v.value FROM attributeValue v JOIN attribute a ON a.id = v.attributeID WHERE a.name = 'Testsector'
            """) }
        #expect(values.map { "\($0[0] as String)=\($0[1] as String)" } == ["sociale-zorg=welzijn"])
        #expect(try Self.foreignKeyViolations(project) == 0)
    }
}
