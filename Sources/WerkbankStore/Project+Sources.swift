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
    /// The number of sources of each case that has any, by case id: what `cases` shows,
    /// without the per-source coding counts and speakers of ``sources(ofCase:)``.
    public func sourceCounts() throws(ProjectError) -> [String: Int] {
        try read { db in try Self.pairs(db, "SELECT sc.slug, COUNT(*) FROM source s JOIN studyCase sc ON sc.id = s.caseID GROUP BY sc.id") }
    }

    /// The sources of a case (all sources when `caseID` is `nil`), in import order.
    public func sources(ofCase caseID: String? = nil) throws(ProjectError) -> [SourceSummary] {
        try read { db in
            var sql = """
                SELECT s.slug, sc.slug AS caseSlug, s.title, s.kind, s.date, s.length, s.words,
                       (SELECT COUNT(*) FROM coding c WHERE c.sourceID = s.id AND \(try PracticeLayer.excluded(db: db))) AS codingCount,
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
            guard let source = try Self.wholeSources(db, slug: id).first else { throw ProjectError.unknownSource(id) }
            return source
        }
    }

    /// Whole sources (the one with `slug`, or all, by case and position), in three queries
    /// whatever their number.
    static func wholeSources(_ db: Database, slug: String? = nil) throws -> [Source] {
        let theSource = "(SELECT id FROM source WHERE slug = ?)"
        let arguments: StatementArguments = slug.map { [$0] } ?? []
        var participants: [Int64: [Participant]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT sp.sourceID, p.speaker, p.role, p.description FROM sourceParticipant sp
            JOIN participant p ON p.id = sp.participantID\(slug == nil ? "" : " WHERE sp.sourceID = \(theSource)")
            ORDER BY sp.sourceID, p.id
            """, arguments: arguments) {
            participants[row[0], default: []].append(Participant(id: row[1], role: row[2], description: row[3]))
        }
        var turns: [Int64: [Turn]] = [:]
        let turnRows = try Row.fetchCursor(db, sql: "SELECT sourceID, speaker, start, \"end\" FROM turn\(slug == nil ? "" : " WHERE sourceID = \(theSource)") ORDER BY sourceID, start",
                                           arguments: arguments)
        while let row = try turnRows.next() {
            turns[row[0], default: []].append(Turn(speaker: row[1], range: ScalarRange(start: row[2], end: row[3])))
        }
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: """
            SELECT s.id, s.slug, sc.slug AS caseSlug, s.title, s.kind, s.date, s.interviewers, s.text
            FROM source s JOIN studyCase sc ON sc.id = s.caseID\(slug == nil ? "" : " WHERE s.slug = ?") ORDER BY sc.number, s.position
            """, arguments: arguments).map { row in
            let rowID: Int64 = row["id"]
            return Source(id: row["slug"], caseID: row["caseSlug"], title: row["title"], kind: SourceKind(rawValue: row["kind"]) ?? .document,
                          date: row["date"], interviewers: try decoder.decode([String].self, from: Data((row["interviewers"] as String).utf8)),
                          participants: participants[rowID] ?? [], text: row["text"], turns: turns[rowID] ?? [])
        }
    }

    /// The turns of a source, by start.
    public func turns(ofSource id: String) throws(ProjectError) -> [Turn] {
        try source(id).turns
    }
}
