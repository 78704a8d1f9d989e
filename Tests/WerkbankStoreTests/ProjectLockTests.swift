import Dispatch
import Foundation
import GRDB
import Synchronization
import Testing
@testable import WerkbankStore

@Suite struct ProjectLockTests {
    @Test func aSecondHolderIsToldWhoHasIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = folder.file("p.werkbank")
        var first: ProjectLock? = try ProjectLock.acquire(for: project).get()
        switch ProjectLock.acquire(for: project) {
        case .success: Issue.record("a second lock on the same project was granted")
        case .failure(let held): #expect(held.pid == getpid())
        }
        first = nil
        _ = first
        #expect(throws: Never.self) { _ = try ProjectLock.acquire(for: project).get() }
    }

    /// Decision 55: the lock makes a schema upgrade one process's job; opening an older project
    /// waits while another holds it, then finds every migration applied.
    @Test func anUpgradeWaitsForTheLock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("old.werkbank")
        try LegacyProject.copy(of: try Project.create(at: folder.file("new.werkbank"), from: tinyStudy()).url, to: url, upTo: "v8-free-memos")
        let held = LockBox(try ProjectLock.acquire(for: url).get())
        let released = Date().addingTimeInterval(0.4)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.4) { held.release() }
        let project = try Project.open(at: url)
        #expect(Date() >= released.addingTimeInterval(-0.05), "the upgrade waited for the lock")
        #expect(try project.writer!.read { db in try ProjectSchema.migrator.appliedIdentifiers(db) }.contains("v9-journal-coder"))
        // Editing takes no lock: it is free again once the upgrade is done.
        #expect(throws: Never.self) { _ = try ProjectLock.acquire(for: url).get() }
    }

    @Test func twoProcessesOpeningAnOlderProjectAtOnceBothSucceed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("old.werkbank")
        try LegacyProject.copy(of: try Project.create(at: folder.file("new.werkbank"), from: tinyStudy()).url, to: url, upTo: "v8-free-memos")
        let results = Mutex<[Bool]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let opened = (try? Project.open(at: url)) != nil
            results.withLock { $0.append(opened) }
        }
        #expect(results.withLock { $0 } == [true, true])
    }
}

/// A lock another thread lets go of.
private final class LockBox: Sendable {
    private let lock: Mutex<ProjectLock?>
    init(_ lock: ProjectLock) { self.lock = Mutex(lock) }
    func release() { lock.withLock { $0 = nil } }
}
