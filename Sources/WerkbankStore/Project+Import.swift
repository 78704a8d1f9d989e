import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Adds an imported source to its case, with the checksum of the file it came from, in one
    /// transaction. Fails when a source with the same id, or from the same file, is already in
    /// the project. Undoable: undo takes the source out again with its turns, checksum and the
    /// participants it brought (refused once it has codings); redo puts it back.
    public func addSource(_ source: Source, checksum: String) throws(ProjectError) {
        try addSources([(source, checksum)])
    }

    /// Adds imported sources as ``addSource(_:checksum:)`` does, all in one transaction: all or
    /// none go in. Each stays undoable on its own. The cost per source does not grow with the
    /// project: the next position is read once (the sources' rows hold their texts, so reading
    /// all positions reads the whole table), and the search index takes all passages in one
    /// transaction instead of a segment to merge per file.
    public func addSources(_ sources: [(source: Source, checksum: String)]) throws(ProjectError) {
        guard !sources.isEmpty else { return }
        try write { db in
            let journal = Journal(db: db, coder: actingCoder)
            for snapshot in try insertSources(sources, in: db) {
                try journal.record("import \(snapshot.id)", entity: .source, before: nil as SourceSnapshot?, after: snapshot)
            }
        }
    }

    /// A source made ready to be added, with the checksum of its file: its scalars, words and
    /// search passages counted, which walks the whole text and can be done on any thread
    /// before the write (see ``addSources(from:)``).
    public static func prepareImport(_ source: Source, checksum: String) throws(ProjectError) -> PreparedImport {
        do {
            return PreparedImport(prepared: try PreparedSource(source), checksum: checksum)
        } catch let error as ProjectError {
            throw error
        } catch {
            throw .database(path: "source \(source.id)", message: "\(error)")
        }
    }

    /// Adds sources as ``addSources(_:)`` does, a batch at a time as `next` hands them out
    /// until it returns `nil`, all in one transaction: the project holds one batch in memory (and
    /// the turns and spans of up to about a thousand transcripts), not the whole import, and
    /// `next` may read the following files while a batch is written. The search index takes the
    /// import as one segment per thousand transcripts (decision 65).
    /// An error thrown by `next` undoes the whole import and is rethrown as it is; a database
    /// error is a ``ProjectError``.
    public func addSources(from next: () throws -> [PreparedImport]?) throws {
        try addSources(rowsPerWrite: SourceStructureBuffer.defaultRowsPerWrite, from: next)
    }

    /// ``addSources(from:)``, holding up to `rowsPerWrite` turns and spans at a time.
    func addSources(rowsPerWrite: Int, from next: () throws -> [PreparedImport]?) throws {
        var failure: Error?
        do {
            try write { db in
                let journal = Journal(db: db, coder: actingCoder)
                try PassageIndexBulk.begin(db)
                let buffer = try SourceStructureBuffer(db: db, rowsPerWrite: rowsPerWrite)
                while true {
                    let batch: [PreparedImport]
                    do {
                        guard let sources = try next() else { break }
                        batch = sources
                    } catch {
                        failure = error
                        throw CancellationError()
                    }
                    for snapshot in try insertSources(prepared: batch.map { ($0.prepared, $0.checksum) }, in: db, buffer: buffer) {
                        try journal.record("import \(snapshot.id)", entity: .source, before: nil as SourceSnapshot?, after: snapshot)
                    }
                    if buffer.isFull { try buffer.write() }
                }
                try buffer.write()
                try PassageIndexBulk.end(db)
            }
        } catch {
            throw failure ?? error
        }
    }

    /// The checksums of the files the project's sources were imported from, each with its
    /// source's id.
    public func importChecksums() throws(ProjectError) -> [String: String] {
        try read { db in try Self.pairs(db, "SELECT c.checksum, s.slug FROM sourceChecksum c JOIN source s ON s.id = c.sourceID") }
    }

    /// Inserts sources for ``addSources(_:)`` and a survey's import, inside the caller's
    /// transaction; the snapshots for the journal, in order.
    func insertSources(_ sources: [(source: Source, checksum: String)], in db: Database) throws -> [SourceSnapshot] {
        try insertSources(prepared: sources.map { (try PreparedSource($0.source), $0.checksum) }, in: db)
    }

    /// ``insertSources(_:in:)`` of sources prepared before; with a `buffer`, their turns, spans
    /// and participant links are held there to be written later in the transaction.
    func insertSources(prepared sources: [(prepared: PreparedSource, checksum: String)], in db: Database,
                       buffer: SourceStructureBuffer? = nil) throws -> [SourceSnapshot] {
        var caseRowIDs: [String: Int64] = [:]
        var slugs: Set<String> = []
        var checksums: Set<String> = []
        var broughtByEarlier: [Int64: Set<String>] = [:]
        var rows: [(prepared: PreparedSource, caseRowID: Int64, snapshot: SourceSnapshot)] = []
        for (prepared, checksum) in sources {
            let source = prepared.source
            let caseRowID: Int64
            if let known = caseRowIDs[source.caseID] {
                caseRowID = known
            } else if let found = try Int64.fetchOne(db, sql: "SELECT id FROM studyCase WHERE slug = ?", arguments: [source.caseID]) {
                caseRowID = found
                caseRowIDs[source.caseID] = found
            } else {
                throw ProjectError.unknownCase(source.caseID)
            }
            let stored = try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE slug = ?", arguments: [source.id]) != nil
            if !slugs.insert(source.id).inserted || stored {
                throw ProjectError.database(path: url.path, message: "a source `\(source.id)` is already in this project")
            }
            if let existing = try String.fetchOne(db, sql: """
                SELECT s.slug FROM sourceChecksum c JOIN source s ON s.id = c.sourceID WHERE c.checksum = ?
                """, arguments: [checksum]) {
                throw ProjectError.database(path: url.path, message: "this file was imported before as source `\(existing)`")
            }
            if !checksums.insert(checksum).inserted {
                throw ProjectError.database(path: url.path, message: "the file of source `\(source.id)` comes twice in this import")
            }
            // Participants a source brings are those its case has not yet, nor an earlier
            // source of this import.
            var newParticipants = try SourceSnapshot.newParticipants(of: source, caseRowID: caseRowID, in: db)
            newParticipants.removeAll { broughtByEarlier[caseRowID, default: []].contains($0) }
            broughtByEarlier[caseRowID, default: []].formUnion(newParticipants)
            rows.append((prepared, caseRowID,
                         SourceSnapshot(id: source.id, checksum: checksum, newParticipants: newParticipants, content: nil)))
        }
        let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM source") ?? 0
        let writer = SourceWriter(db: db)
        let prepared = rows.map(\.prepared)
        let rowIDs = try writer.insertRows(prepared, caseRowIDs: rows.map(\.caseRowID), firstPosition: position, buffer: buffer)
        try writer.insertPassages(prepared, sourceRowIDs: rowIDs, buffer: buffer)
        for (row, rowID) in zip(rows, rowIDs) {
            try db.execute(sql: "INSERT INTO sourceChecksum (sourceID, checksum) VALUES (?, ?)", arguments: [rowID, row.snapshot.checksum])
        }
        return rows.map(\.snapshot)
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
        // Through the bytes: `Data`'s own iterator cost 4 % of an import.
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

}

/// A source ready to be added by ``Project/addSources(from:)``: see ``Project/prepareImport(_:checksum:)``.
public struct PreparedImport: Sendable {
    let prepared: PreparedSource
    /// The checksum of the file it came from.
    public let checksum: String
    /// The source.
    public var source: Source { prepared.source }
}
