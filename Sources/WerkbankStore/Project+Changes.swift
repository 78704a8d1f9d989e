import Foundation
import GRDB

/// One row of the journal as others see it: what was done, by whom and where, as far as the
/// row tells.
public struct JournalChange: Sendable, Equatable {
    /// What a change did to a coding; other edits are ``other``.
    public enum Kind: Sendable, Equatable {
        case coded, uncoded, recoded, other
    }

    public var seq: Int64
    public var label: String
    public var kind: Kind
    /// The coder who made it: the journal's `coder` column where the project has one, else
    /// the coder of the coding it changed; `nil` when neither tells.
    public var coder: String?
    /// The source of the coding it changed.
    public var sourceID: String?
    public var at: Date?

    public init(seq: Int64, label: String, kind: Kind, coder: String?, sourceID: String?, at: Date?) {
        self.seq = seq
        self.label = label
        self.kind = kind
        self.coder = coder
        self.sourceID = sourceID
        self.at = at
    }
}

/// See ``Project/changeCounters()``.
public struct ChangeCounters: Sendable, Equatable {
    /// Changes when another connection commits.
    public var dataVersion: Int
    /// Rows changed through this project's own connection.
    public var ownChanges: Int
}

extension Project {
    /// Two counters of the read-write connection, read together without a query plan:
    /// SQLite's `data_version`, which changes when another connection (another process, or
    /// another ``Project`` on the same file) commits and not for this project's own commits
    /// (they all go through that connection), and the rows this connection has changed so far
    /// (`sqlite3_total_changes`), which tells whether an own edit was made. Cheap enough to
    /// read several times a second and around every key. `nil` on a project opened from a
    /// file that cannot be written (there is no such connection, and nobody can change the
    /// file through it).
    public func changeCounters() throws(ProjectError) -> ChangeCounters? {
        guard let writer else { return nil }
        return try Self.wrap(url.path) {
            try writer.inDatabase { db in
                ChangeCounters(dataVersion: try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0, ownChanges: db.totalChangesCount)
            }
        }
    }

    /// The sequence number of the latest journal row (0 with none): the mark from which
    /// ``journalChanges(after:)`` reads.
    public func journalMark() throws(ProjectError) -> Int64 {
        try read { try Int64.fetchOne($0, sql: "SELECT max(seq) FROM journal") ?? 0 }
    }

    /// The journal rows after `mark`, oldest first, at most `limit` of them.
    public func journalChanges(after mark: Int64, limit: Int = 500) throws(ProjectError) -> [JournalChange] {
        try read { db in
            let hasCoder = try db.columns(in: "journal").contains { $0.name == "coder" }
            let sql = "SELECT seq, label, entity, before, after, at\(hasCoder ? ", coder" : "") FROM journal WHERE seq > ? ORDER BY seq LIMIT ?"
            return try Row.fetchAll(db, sql: sql, arguments: [mark, limit]).map { row in
                Self.change(from: row, hasCoder: hasCoder)
            }
        }
    }

    private static func change(from row: Row, hasCoder: Bool) -> JournalChange {
        var change = JournalChange(seq: row["seq"], label: row["label"], kind: .other, coder: hasCoder ? row["coder"] : nil,
                                   sourceID: nil, at: row["at"])
        guard row["entity"] as String == "coding" else { return change }
        let decoder = JSONDecoder()
        let before = (row["before"] as String?).flatMap { try? decoder.decode(CodingSnapshot.self, from: Data($0.utf8)) }
        let after = (row["after"] as String?).flatMap { try? decoder.decode(CodingSnapshot.self, from: Data($0.utf8)) }
        switch (before, after) {
        case (nil, .some): change.kind = .coded
        case (.some, nil): change.kind = .uncoded
        case (.some, .some): change.kind = .recoded
        case (nil, nil): return change
        }
        let snapshot = after ?? before
        if change.coder == nil { change.coder = snapshot?.coder }
        change.sourceID = snapshot?.source
        return change
    }
}
