import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on `PROJECT.lock` that makes a schema upgrade one process's job: two
/// Werkbanks opening an older project at once would otherwise both start the same migration.
/// It is held only while upgrading; editing needs no lock of its own, as every edit is one
/// short SQLite transaction (decision 55). The lock is a `flock`, which the kernel releases
/// when the process ends, however it ends.
public final class ProjectLock: Sendable {
    private let descriptor: Int32
    public let url: URL

    private init(descriptor: Int32, url: URL) {
        self.descriptor = descriptor
        self.url = url
    }

    /// Takes the lock without waiting, or returns the pid written by the process that holds it.
    public static func acquire(for project: URL) -> Result<ProjectLock, HeldElsewhere> {
        take(for: project, wait: false)
    }

    /// Takes the lock, waiting for another process to release it; `nil` where the lock file
    /// cannot be made (the folder is then read-only and nothing will be upgraded anyway).
    static func wait(for project: URL) -> ProjectLock? {
        try? take(for: project, wait: true).get()
    }

    private static func take(for project: URL, wait: Bool) -> Result<ProjectLock, HeldElsewhere> {
        let url = project.appendingPathExtension("lock")
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(HeldElsewhere(pid: nil)) }
        guard flock(descriptor, wait ? LOCK_EX : LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOf: url, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            close(descriptor)
            return .failure(HeldElsewhere(pid: holder))
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
        return .success(ProjectLock(descriptor: descriptor, url: url))
    }

    /// Another process holds the lock.
    public struct HeldElsewhere: Error, Sendable {
        public var pid: Int32?
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
