import Foundation
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
}
