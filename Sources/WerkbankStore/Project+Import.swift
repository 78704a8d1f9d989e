import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Adds an imported source to its case, with the checksum of the file it came from, in one
    /// transaction. Fails when a source with the same id, or from the same file, is already in
    /// the project. Undoable: undo takes the source out again with its turns, checksum and the
    /// participants it brought (refused once it has codings); redo puts it back.
    public func addSource(_ source: Source, checksum: String) throws(ProjectError) {
        try write { db in
            guard let caseRowID = try Int64.fetchOne(db, sql: "SELECT id FROM studyCase WHERE slug = ?", arguments: [source.caseID]) else {
                throw ProjectError.unknownCase(source.caseID)
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE slug = ?", arguments: [source.id]) != nil {
                throw ProjectError.database(path: url.path, message: "a source `\(source.id)` is already in this project")
            }
            if let existing = try String.fetchOne(db, sql: """
                SELECT s.slug FROM sourceChecksum c JOIN source s ON s.id = c.sourceID WHERE c.checksum = ?
                """, arguments: [checksum]) {
                throw ProjectError.database(path: url.path, message: "this file was imported before as source `\(existing)`")
            }
            let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM source") ?? 0
            let newParticipants = try SourceSnapshot.newParticipants(of: source, caseRowID: caseRowID, in: db)
            let sourceRowID = try SourceWriter(db: db).insert(source, caseRowID: caseRowID, position: position)
            try db.execute(sql: "INSERT INTO sourceChecksum (sourceID, checksum) VALUES (?, ?)", arguments: [sourceRowID, checksum])
            try Journal(db: db).record("import \(source.id)", entity: .source, before: nil as SourceSnapshot?,
                                       after: SourceSnapshot(id: source.id, checksum: checksum, newParticipants: newParticipants, content: nil))
        }
    }

    /// The id of the source imported from a file with this checksum, if any.
    public func source(withChecksum checksum: String) throws(ProjectError) -> String? {
        try read { db in
            return try String.fetchOne(db, sql: """
                SELECT s.slug FROM sourceChecksum c JOIN source s ON s.id = c.sourceID WHERE c.checksum = ?
                """, arguments: [checksum])
        }
    }

    /// The checksum `addSource` expects: FNV-1a, 64 bits, as 16 lowercase hex digits. It finds
    /// a file imported twice; it is not meant to resist deliberate collisions.
    public static func checksum(of data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

}
