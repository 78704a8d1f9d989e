import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The checks made when a project is opened, none of which writes.
extension Project {
    /// Where a connection that cannot write finds the project. SQLite reads a WAL project
    /// through the `-wal` and `-shm` files beside it: where they exist (a writer has it open),
    /// through them. Where they do not, the file is opened as immutable (no locks, no `-shm`):
    /// in a read-only folder SQLite could not make a `-shm`, and in a writable one it would
    /// leave a `-shm` owned by this reader that the project's owner cannot write. The cost: a
    /// writer that starts later is not seen by a reader already open.
    static func readOnlyLocation(of url: URL) throws(ProjectError) -> String {
        let path = url.path
        let manager = FileManager.default
        let wal = (try? manager.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int
        let shmReadable = manager.isReadableFile(atPath: path + "-shm")
        switch wal {
        case nil:
            break
        case 0?:
            if shmReadable { return path }
        case _?:
            guard shmReadable else {
                throw .database(path: path, message: "has changes in \(url.lastPathComponent)-wal that cannot be read here without \(url.lastPathComponent)-shm; open it once where it can be written")
            }
            return path
        }
        var components = URLComponents()
        components.scheme = "file"
        components.path = path
        components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
        return components.string ?? "file:\(path)?immutable=1"
    }

    /// Refuses, without writing anything, a file that is not an SQLite database or that
    /// belongs to another program, by its header alone.
    static func checkHeader(_ url: URL) throws(ProjectError) {
        let path = url.path
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            header = try handle.read(upToCount: 100) ?? Data()
        } catch {
            throw .notAProject(path: path, reason: "cannot be read: \(error.localizedDescription)")
        }
        guard !header.isEmpty else { throw .notAProject(path: path, reason: "the file is empty") }
        guard header.count == 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
            throw .notAProject(path: path, reason: "not an SQLite database")
        }
        // The application id stands in the database header at offset 68, big-endian; reading it
        // from the file leaves another program's database untouched.
        let applicationID = header[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        guard applicationID == ProjectSchema.applicationID else {
            throw .notAProject(path: path, reason: "an SQLite database of another program")
        }
    }

    /// Checks the schema with a read: a project from a newer Werkbank is refused, and one with
    /// Werkbank's mark but without its tables is damaged (a project is made whole under a
    /// temporary name, so no Werkbank leaves one so). Returns whether migrations are due.
    static func checkSchema(_ reader: any DatabaseReader, path: String) throws(ProjectError) -> Bool {
        let applied: Set<String> = try wrap(path) {
            try reader.read { db in
                try db.tableExists("grdb_migrations") ? try ProjectSchema.migrator.appliedIdentifiers(db) : []
            }
        }
        guard !applied.isEmpty else { throw .damaged(path: path, problem: "it has Werkbank's mark but none of its tables") }
        let unknown = applied.subtracting(ProjectSchema.migrator.migrations)
        guard unknown.isEmpty else { throw .newerSchema(path: path, unknown: unknown.sorted()) }
        return applied.count < ProjectSchema.migrator.migrations.count
    }

    /// SQLite's `quick_check` (every page and record well-formed, without matching indexes
    /// against their tables): a damaged project is not written to, so that the damage does
    /// not spread.
    static func checkIntact(_ reader: any DatabaseReader, path: String) throws(ProjectError) {
        let problems: [String] = try wrap(path) { try reader.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") } }
        guard problems != ["ok"] else { return }
        throw .damaged(path: path, problem: "SQLite's check says: " + problems.joined(separator: "; "))
    }
}
