import Foundation
import GRDB
import WerkbankCore

/// An imported source as the journal keeps it.
///
/// While the source is in the project, the journal holds only its id, its file's checksum and
/// the participants the import made (`content` is nil), so that a long transcript is not
/// stored twice. Undo takes the whole source (text, turns, participants, position, memo) into
/// `content` before removing it, and redo puts it back from there.
struct SourceSnapshot: Codable, Equatable {
    var id: String
    var checksum: String
    /// Participants (speaker ids of the case) that did not exist before the import.
    var newParticipants: [String]
    var content: Content?

    struct Content: Codable, Equatable {
        var caseID: String
        var title: String
        var kind: String
        var date: String?
        var interviewers: [String]
        var participants: [ParticipantRecord]
        var text: String
        var turns: [TurnRecord]
        var position: Int
        var memo: String?
    }

    struct ParticipantRecord: Codable, Equatable {
        var id: String
        var role: String
        var description: String
    }

    struct TurnRecord: Codable, Equatable {
        var speaker: String
        var start: Int
        var end: Int
    }

    /// The participants of `source` that its case does not have yet.
    static func newParticipants(of source: Source, caseRowID: Int64, in db: Database) throws -> [String] {
        var new: [String] = []
        for participant in source.participants where !new.contains(participant.id) {
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM participant WHERE caseID = ? AND speaker = ?",
                                 arguments: [caseRowID, participant.id]) == nil {
                new.append(participant.id)
            }
        }
        return new
    }

    /// Undo (`target` nil): takes the source described by `other` out, with its turns,
    /// passages, checksum, memo and the participants it brought; refused while it has codings
    /// or decisions. Returns the snapshot with its content, for redo.
    /// Redo (`target` with content): puts the source back as it was.
    static func restore(_ target: SourceSnapshot?, other: SourceSnapshot?, in db: Database) throws -> SourceSnapshot? {
        if let target {
            guard let content = target.content else {
                throw ProjectError.database(path: try path(of: db), message: "the journal has no copy of source `\(target.id)` to put back")
            }
            try insert(target, content: content, in: db)
            return SourceSnapshot(id: target.id, checksum: target.checksum, newParticipants: target.newParticipants, content: nil)
        }
        guard let other else { return nil }
        return try remove(other, in: db)
    }

    private static func remove(_ snapshot: SourceSnapshot, in db: Database) throws -> SourceSnapshot {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT s.*, sc.slug AS caseSlug FROM source s JOIN studyCase sc ON sc.id = s.caseID WHERE s.slug = ?
            """, arguments: [snapshot.id]) else { throw ProjectError.unknownSource(snapshot.id) }
        let sourceRowID: Int64 = row["id"]
        let caseRowID: Int64 = row["caseID"]
        let codings = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding WHERE sourceID = ?", arguments: [sourceRowID]) ?? 0
        let decisions = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM decision WHERE sourceID = ?", arguments: [sourceRowID]) ?? 0
        guard codings == 0, decisions == 0 else {
            let what = [codings > 0 ? "\(codings) coding\(codings == 1 ? "" : "s")" : nil,
                        decisions > 0 ? "\(decisions) decision\(decisions == 1 ? "" : "s")" : nil].compactMap { $0 }
            throw ProjectError.database(path: try path(of: db), message: """
                source `\(snapshot.id)` has \(what.joined(separator: " and ")); remove them before undoing its import
                """)
        }
        let participants = try Row.fetchAll(db, sql: """
            SELECT p.speaker, p.role, p.description FROM sourceParticipant sp JOIN participant p ON p.id = sp.participantID
            WHERE sp.sourceID = ? ORDER BY p.id
            """, arguments: [sourceRowID]).map { ParticipantRecord(id: $0[0], role: $0[1], description: $0[2]) }
        let turns = try Row.fetchAll(db, sql: "SELECT speaker, start, \"end\" FROM turn WHERE sourceID = ? ORDER BY start, id",
                                     arguments: [sourceRowID]).map { TurnRecord(speaker: $0[0], start: $0[1], end: $0[2]) }
        let memo = try String.fetchOne(db, sql: "SELECT text FROM memo WHERE targetKind = 'source' AND targetKey = ?",
                                       arguments: [snapshot.id])
        let content = Content(caseID: row["caseSlug"], title: row["title"], kind: row["kind"], date: row["date"],
                              interviewers: try JSONDecoder().decode([String].self, from: Data((row["interviewers"] as String).utf8)),
                              participants: participants, text: row["text"], turns: turns, position: row["position"], memo: memo)
        try db.execute(sql: "DELETE FROM passage WHERE sourceID = ?", arguments: [sourceRowID])
        try db.execute(sql: "DELETE FROM memo WHERE targetKind = 'source' AND targetKey = ?", arguments: [snapshot.id])
        // Turns, the checksum and the links to participants go with the source (ON DELETE CASCADE).
        try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [sourceRowID])
        for speaker in snapshot.newParticipants {
            try db.execute(sql: """
                DELETE FROM participant WHERE caseID = ? AND speaker = ?
                AND NOT EXISTS (SELECT 1 FROM sourceParticipant sp WHERE sp.participantID = participant.id)
                """, arguments: [caseRowID, speaker])
        }
        var taken = snapshot
        taken.content = content
        return taken
    }

    private static func insert(_ snapshot: SourceSnapshot, content: Content, in db: Database) throws {
        guard let caseRowID = try Int64.fetchOne(db, sql: "SELECT id FROM studyCase WHERE slug = ?", arguments: [content.caseID]) else {
            throw ProjectError.unknownCase(content.caseID)
        }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE slug = ?", arguments: [snapshot.id]) != nil {
            throw ProjectError.database(path: try path(of: db), message: "a source `\(snapshot.id)` is already in this project")
        }
        let source = Source(id: snapshot.id, caseID: content.caseID, title: content.title, kind: SourceKind(rawValue: content.kind) ?? .document,
                            date: content.date, interviewers: content.interviewers,
                            participants: content.participants.map { Participant(id: $0.id, role: $0.role, description: $0.description) },
                            text: content.text, turns: content.turns.map { Turn(speaker: $0.speaker, range: ScalarRange(start: $0.start, end: $0.end)) })
        let sourceRowID = try SourceWriter(db: db).insert(source, caseRowID: caseRowID, position: content.position)
        try db.execute(sql: "INSERT INTO sourceChecksum (sourceID, checksum) VALUES (?, ?)", arguments: [sourceRowID, snapshot.checksum])
        if let memo = content.memo {
            try MemoStore(db: db).apply(MemoSnapshot(kind: "source", key: snapshot.id, text: memo))
        }
    }

    /// The project file's path, for messages.
    private static func path(of db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT file FROM pragma_database_list WHERE name = 'main'") ?? ""
    }
}
