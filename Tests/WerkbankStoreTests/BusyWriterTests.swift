import Dispatch
import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// A writer that meets another process's write transaction (decision 55): it waits, within
/// ``Project/busyTimeout``, and says so when it gives up, having written nothing.
@Suite(.serialized) struct BusyWriterTests {
    /// Holds the project's write lock through a connection of its own for `seconds`; returns
    /// once the lock is held, and `done` is signalled when it is released.
    private func holdWriteLock(on url: URL, for seconds: Double, done: DispatchSemaphore) throws {
        let other = try DatabaseQueue(path: url.path)
        let held = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? other.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                held.signal()
                Thread.sleep(forTimeInterval: seconds)
                try db.execute(sql: "COMMIT")
            }
            done.signal()
        }
        held.wait()
    }

    @Test func aWriterWaitsForAnotherToFinish() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        project.actingCoder = "Anouk"
        let done = DispatchSemaphore(value: 0)
        try holdWriteLock(on: project.url, for: 0.5, done: done)
        let started = Date()
        let coding = try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 6), code: "LOS", coder: "Anouk")
        #expect(Date().timeIntervalSince(started) >= 0.3, "it waited for the other writer")
        #expect(try project.coding(coding.id).coder == "Anouk")
        done.wait()
    }

    @Test func aWriterGivesUpAfterTheBusyTimeoutAndSaysSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        _ = try project.integrityCheck()
        // The damage check before the first write is made now, not while the lock is held.
        try project.setMemo(on: .code("LOS"), text: "eerst")
        let done = DispatchSemaphore(value: 0)
        try holdWriteLock(on: project.url, for: Project.busyTimeout + 2, done: done)
        let started = Date()
        #expect(throws: ProjectError.busy(path: project.url.path)) {
            try project.setMemo(on: .code("LOS"), text: "later")
        }
        #expect(Date().timeIntervalSince(started) >= Project.busyTimeout - 0.5)
        #expect(ProjectError.busy(path: "p").description.contains("busy for 10 s; nothing was written"))
        done.wait()
        #expect(try project.memo(on: .code("LOS")) == "eerst")
    }
}
