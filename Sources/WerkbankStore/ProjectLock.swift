import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock that marks a project as open for editing in a workbench, so that a second
/// workbench on the same project can say so and open it read-only instead of two people
/// editing one file unawares. The lock is a `flock` on `PROJECT.lock`; the kernel releases it
/// when the process ends, however it ends.
public final class ProjectLock: Sendable {
    private let descriptor: Int32
    public let url: URL

    private init(descriptor: Int32, url: URL) {
        self.descriptor = descriptor
        self.url = url
    }

    /// Takes the lock, or returns the pid written by the process that holds it.
    public static func acquire(for project: URL) -> Result<ProjectLock, HeldElsewhere> {
        let url = project.appendingPathExtension("lock")
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(HeldElsewhere(pid: nil)) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
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
