import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Database and file errors as ``ProjectError``s that name the file.
extension Project {
    /// Runs `body`, turning database errors into ``ProjectError``s that name the file.
    static func wrap<T>(_ path: String, _ body: () throws -> T) throws(ProjectError) -> T {
        do {
            return try body()
        } catch let error as ProjectError {
            throw error
        } catch let error as DatabaseError {
            throw projectError(path, error)
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }

    static func projectError(_ path: String, _ error: DatabaseError) -> ProjectError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path)
        case .SQLITE_NOTADB: .notAProject(path: path, reason: "not an SQLite database")
        case .SQLITE_CORRUPT: .damaged(path: path, problem: "SQLite: \(error.message ?? "database disk image is malformed")")
        case .SQLITE_FULL: .diskFull(path: path)
        case .SQLITE_READONLY: .readOnly(path: path, reason: "SQLite: \(error.message ?? "attempt to write a readonly database")")
        case .SQLITE_IOERR where isNearlyFull(path): .diskFull(path: path)
        default: .database(path: path, message: error.message ?? "\(error)")
        }
    }

    /// An error of a plain file operation on `path`.
    static func fileError(_ path: String, code: Int32, doing: String) -> ProjectError {
        switch code {
        case ENOSPC, EDQUOT: .diskFull(path: path)
        case EROFS: .readOnly(path: path, reason: "it is on a read-only file system")
        case EACCES, EPERM: .readOnly(path: path, reason: "its folder is read-only for you")
        default: .database(path: path, message: "\(doing): \(String(cString: strerror(code)))")
        }
    }

    /// SQLite reports some writes to a full disk (to the `-shm`, or an fsync) as an I/O error;
    /// when the file system holding `path` has (almost) no room left, that is the cause.
    static func isNearlyFull(_ path: String) -> Bool {
        var stats = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &stats) == 0 else { return false }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize) < 1 << 20
    }
}
