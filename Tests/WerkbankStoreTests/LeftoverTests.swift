import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// What a killed process leaves is cleaned up by the next one; what a live one is making is not.
@Suite struct LeftoverTests {
    struct Stop: Error {}

    func names(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    @Test func staleTemporariesGoLiveOnesStay() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Left by a killed `init`: the temporary project and its journal, held by nobody.
        let stale = folder.file(".p.werkbank.creating-\(UUID().uuidString)")
        try Data("SQLite format 3\0".utf8).write(to: stale)
        try Data().write(to: URL(fileURLWithPath: stale.path + "-journal"))
        // Being made by a process that is still at work.
        let live = try TemporaryFile(for: folder.file("q.werkbank"))
        _ = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        #expect(try names(folder) == [live.url.lastPathComponent, "p.werkbank"].sorted())
        try Data("SQLite format 3\0".utf8).write(to: stale)
        _ = try Project.open(at: folder.file("p.werkbank"))
        #expect(try names(folder) == [live.url.lastPathComponent, "p.werkbank"].sorted())
        live.discard()
    }

    @Test func anInterruptedBackupLeavesNoCopyBehind() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let before = try names(folder)
        #expect(throws: (any Error).self) {
            try project.backup(before: "import", at: Date(), pagesPerStep: 1) { _ in throw Stop() }
        }
        #expect(try names(folder) == before)
        let copy = try project.backup(before: "import")
        #expect(try Project.open(at: copy).integrityCheck() == "ok")
    }
}
