import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Deferred checkpoints: commits stay in the write-ahead log until ``Project/checkpoint()``,
/// and nothing committed is lost by waiting.
@Suite struct CheckpointTests {
    @Test func deferredCommitsWaitForTheCheckpointAndSurviveReopening() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        let project = try Project.create(at: url, from: tinyStudy())
        let automatic = { try project.writer?.read { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") } }
        #expect(try automatic() == 1000, "SQLite's default until deferred")
        try project.deferCheckpoints()
        #expect(try automatic() == 0)
        for start in stride(from: 20, to: 40, by: 2) {
            _ = try project.addCoding(source: "gesprek", range: ScalarRange(start: start, end: start + 2), code: "LOS", coder: "Anouk")
        }
        #expect(try project.checkpoint() == 0, "every page moved: no reader holds an old snapshot")
        let reopened = try Project.open(at: url, for: .reading)
        #expect(try reopened.codings(inSource: "gesprek").count == 10)
    }

    @Test func aProjectOpenedForReadingHasNothingToCheckpoint() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        _ = try Project.create(at: url, from: tinyStudy())
        let reading = try Project.open(at: url, for: .reading)
        try reading.deferCheckpoints()
        #expect(try reading.checkpoint() == 0)
    }
}
