import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether this process may change a project file, and if not, why: a project on a read-only
/// share, or a file its owner made read-only, can still be read.
///
/// A project in WAL mode is written through its `-wal` and `-shm` files beside it, so its folder
/// must be writable too.
public enum ProjectAccess: Sendable, Equatable {
    case writable
    /// `reason` says why, e.g. "the file is read-only".
    case readOnly(reason: String)

    /// What this process may do with the project at `url`, by `access(2)` (which also answers
    /// for read-only file systems, where root too cannot write).
    public static func of(_ url: URL) -> ProjectAccess {
        let folder = url.deletingLastPathComponent().path
        if access(url.path, W_OK) != 0 { return .readOnly(reason: reason(errno, of: "the file")) }
        if access(folder, W_OK) != 0 { return .readOnly(reason: reason(errno, of: "its folder")) }
        return .writable
    }

    private static func reason(_ code: Int32, of what: String) -> String {
        code == EROFS ? "it is on a read-only file system" : "\(what) is read-only for you"
    }

    var isWritable: Bool { self == .writable }
}
