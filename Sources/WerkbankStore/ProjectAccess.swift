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

    /// What cannot be written, so that an interface can say it in its own language.
    public enum Denial: Hashable, Sendable {
        case file, folder, fileSystem

        /// In English, as ``ProjectAccess/readOnly(reason:)`` gives it.
        public var reason: String {
            switch self {
            case .file: "the file is read-only for you"
            case .folder: "its folder is read-only for you"
            case .fileSystem: "it is on a read-only file system"
            }
        }
    }

    /// What this process may do with the project at `url`, by `access(2)` (which also answers
    /// for read-only file systems, where root too cannot write).
    public static func of(_ url: URL) -> ProjectAccess {
        denial(of: url).map { .readOnly(reason: $0.reason) } ?? .writable
    }

    /// What keeps this process from writing the project at `url`, if anything.
    public static func denial(of url: URL) -> Denial? {
        let folder = url.deletingLastPathComponent().path
        if access(url.path, W_OK) != 0 { return errno == EROFS ? .fileSystem : .file }
        if access(folder, W_OK) != 0 { return errno == EROFS ? .fileSystem : .folder }
        return nil
    }

    var isWritable: Bool { self == .writable }
}
