import Foundation
import GRDB
import WerkbankCore

/// A source without its text: what lists of sources show.
public struct SourceSummary: Hashable, Sendable, Identifiable {
    public var id: String
    public var caseID: String
    public var title: String
    public var kind: SourceKind
    public var date: String?
    /// Participants' speaker ids.
    public var participants: [String]
    /// Length of the text in Unicode scalars.
    public var length: Int
    /// Number of words of the text.
    public var words: Int
    public var codingCount: Int
}

extension Project {
    /// The sources of a case (all sources when `caseID` is `nil`), in import order.
    public func sources(ofCase caseID: String? = nil) throws(ProjectError) -> [SourceSummary] {
        try read { db in
            var sql = """
                SELECT s.slug, sc.slug AS caseSlug, s.title, s.kind, s.date, s.length, s.words,
                       (SELECT COUNT(*) FROM coding c WHERE c.sourceID = s.id) AS codingCount,
                       (SELECT group_concat(p.speaker, ' ') FROM sourceParticipant sp JOIN participant p ON p.id = sp.participantID
                        WHERE sp.sourceID = s.id) AS speakers
                FROM source s JOIN studyCase sc ON sc.id = s.caseID
                """
            var arguments: StatementArguments = []
            if let caseID {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM studyCase WHERE slug = ?", arguments: [caseID]) != nil else {
                    throw ProjectError.unknownCase(caseID)
                }
                sql += " WHERE sc.slug = ?"
                arguments += [caseID]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY sc.number, s.position", arguments: arguments).map { row in
                SourceSummary(id: row["slug"], caseID: row["caseSlug"], title: row["title"],
                              kind: SourceKind(rawValue: row["kind"]) ?? .document, date: row["date"],
                              participants: (row["speakers"] as String?)?.split(separator: " ").map(String.init) ?? [],
                              length: row["length"], words: row["words"], codingCount: row["codingCount"])
            }
        }
    }

    /// A whole source: text, participants and turns.
    public func source(_ id: String) throws(ProjectError) -> Source {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.*, sc.slug AS caseSlug FROM source s JOIN studyCase sc ON sc.id = s.caseID WHERE s.slug = ?
                """, arguments: [id]) else { throw ProjectError.unknownSource(id) }
            let sourceRowID: Int64 = row["id"]
            let participants = try Row.fetchAll(db, sql: """
                SELECT p.* FROM sourceParticipant sp JOIN participant p ON p.id = sp.participantID
                WHERE sp.sourceID = ? ORDER BY p.id
                """, arguments: [sourceRowID]).map { Participant(id: $0["speaker"], role: $0["role"], description: $0["description"]) }
            let turns = try Row.fetchAll(db, sql: "SELECT speaker, start, \"end\" FROM turn WHERE sourceID = ? ORDER BY start",
                                         arguments: [sourceRowID]).map {
                Turn(speaker: $0["speaker"], range: ScalarRange(start: $0["start"], end: $0["end"]))
            }
            let interviewers = try JSONDecoder().decode([String].self, from: Data((row["interviewers"] as String).utf8))
            return Source(id: id, caseID: row["caseSlug"], title: row["title"], kind: SourceKind(rawValue: row["kind"]) ?? .document,
                          date: row["date"], interviewers: interviewers, participants: participants, text: row["text"], turns: turns)
        }
    }

    /// The turns of a source, by start.
    public func turns(ofSource id: String) throws(ProjectError) -> [Turn] {
        try source(id).turns
    }
}
