import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// A damaged project is refused for writing, unchanged, with a message that says how to recover.
@Suite struct DamagedProjectTests {
    func expectRefused(_ url: URL, problem: (String) -> Bool) throws {
        let before = try Data(contentsOf: url)
        let error = #expect(throws: ProjectError.self) {
            let project = try Project.open(at: url, for: .writing)
            try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 6), code: "LOS", coder: "Anouk")
        }
        if case .damaged(let path, let found)? = error {
            #expect(path == url.path)
            #expect(problem(found), "\(found)")
        } else {
            Issue.record("expected .damaged, got \(String(describing: error))")
        }
        #expect(error?.description.contains("before-") == true)
        #expect(error?.description.contains("werkbank export") == true)
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func werkbanksMarkWithoutItsTablesIsNotMigratedInPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("leeg.werkbank")
        do {
            let queue = try DatabaseQueue(path: url.path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA application_id = \(ProjectSchema.applicationID); PRAGMA user_version = 1")
            }
            try queue.close()
        }
        try expectRefused(url) { $0.contains("none of its tables") }
    }

    @Test func aDamagedPageIsFoundBeforeAnyWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        let (page, pageSize): (Int, Int)
        do {
            let project = try Project.create(at: url, from: tinyStudy())
            (page, pageSize) = try project.read { db in
                (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'memo'")!,
                 try Int.fetchOne(db, sql: "PRAGMA page_size")!)
            }
        }
        // The memos' table, which adding a coding does not touch, gets a page type SQLite does
        // not know.
        let handle = try FileHandle(forUpdating: url)
        try handle.seek(toOffset: UInt64((page - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0x7F, count: 8))
        try handle.close()
        try expectRefused(url) { $0.contains("SQLite") }
    }
}
