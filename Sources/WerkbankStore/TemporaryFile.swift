import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file that is written under a hidden temporary name beside its target and renamed into
/// place only when complete (a new project, a backup copy), so that a process killed halfway
/// leaves no half-made file under the real name.
///
/// The temporary is named `.TARGET.creating-UUID` and holds a `flock` for as long as its
/// process works on it; the kernel drops the lock when the process ends, however it ends. A
/// temporary nobody holds is a left-over of a killed process, and ``removeStale(in:)`` removes
/// it; one of a process still at work is left alone.
final class TemporaryFile {
    let url: URL
    private var descriptor: Int32

    static let marker = ".creating-"

    /// Creates the (empty) temporary for `target` and takes its lock.
    init(for target: URL) throws(ProjectError) {
        let folder = target.deletingLastPathComponent()
        url = folder.appendingPathComponent(".\(target.lastPathComponent)\(Self.marker)\(UUID().uuidString)")
        descriptor = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Project.fileError(target.path, code: errno, doing: "cannot write a file in its folder")
        }
        // Where the file system has no flock, the temporary cannot be told from a left-over and
        // is never removed by another process: it is still removed by this one when done.
        _ = flock(descriptor, LOCK_EX | LOCK_NB)
    }

    /// Syncs the finished file and renames it to `target`, then syncs the folder so that the
    /// new name survives a crash too.
    func moveIntoPlace(at target: URL) throws(ProjectError) {
        guard fsync(descriptor) == 0 else { throw Project.fileError(target.path, code: errno, doing: "cannot save") }
        guard rename(url.path, target.path) == 0 else {
            throw Project.fileError(target.path, code: errno, doing: "cannot move the new file into place")
        }
        let folder = open(target.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Removes the temporary (and any journal SQLite left beside it) and drops the lock.
    func discard() {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(url.path + suffix) }
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
    }

    deinit { discard() }

    /// Removes the temporaries in `folder` that no live process holds, with their journals.
    static func removeStale(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.contains(marker) {
            guard !["-wal", "-shm", "-journal"].contains(where: { name.hasSuffix($0) }) else { continue }
            let path = folder.appendingPathComponent(name).path
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
            for suffix in ["-wal", "-shm", "-journal", ""] { unlink(path + suffix) }
        }
    }
}
