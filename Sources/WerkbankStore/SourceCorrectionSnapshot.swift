import Foundation
import GRDB
import WerkbankCore

/// A source's text with everything anchored in it, as the journal keeps a correction: the
/// state before and after, so that undo puts text, turns and every anchor back exactly.
struct SourceCorrectionSnapshot: Codable, Equatable {
    var source: String
    var text: String
    var turns: [SourceSnapshot.TurnRecord]
    var codings: [CodingAnchor]
    /// In the same order before and after: a decision is found by its range before.
    var decisions: [DecisionAnchor]
    var evidence: [EvidenceAnchor]
    var reviews: [ReviewAnchor]

    struct CodingAnchor: Codable, Equatable {
        var guid: UUID
        var start: Int
        var end: Int
    }

    struct DecisionAnchor: Codable, Equatable {
        var code: String
        var consensus: String
        var start: Int
        var end: Int
    }

    /// A finding's or conclusion's link to a fragment of this source.
    struct EvidenceAnchor: Codable, Equatable {
        /// `finding` or `conclusion`.
        var kind: String
        var owner: UUID
        var coding: UUID
        var start: Int
        var end: Int
        var quote: String
    }

    struct ReviewAnchor: Codable, Equatable {
        var coding: UUID
        var start: Int
        var end: Int
        var quote: String
    }

    /// The source as it is now.
    static func capture(_ slug: String, in db: Database) throws -> SourceCorrectionSnapshot {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, text FROM source WHERE slug = ?", arguments: [slug]) else {
            throw ProjectError.unknownSource(slug)
        }
        let id: Int64 = row["id"]
        let turns = try Row.fetchAll(db, sql: "SELECT speaker, start, \"end\" FROM turn WHERE sourceID = ? ORDER BY start, id", arguments: [id])
            .map { SourceSnapshot.TurnRecord(speaker: $0[0], start: $0[1], end: $0[2]) }
        let codings = try Row.fetchAll(db, sql: "SELECT guid, start, \"end\" FROM coding WHERE sourceID = ? ORDER BY start, \"end\", guid", arguments: [id])
            .map { CodingAnchor(guid: CodingReader.uuid($0[0]) ?? UUID(), start: $0[1], end: $0[2]) }
        let decisions = try Row.fetchAll(db, sql: "SELECT code, consensus, start, \"end\" FROM decision WHERE sourceID = ? ORDER BY id", arguments: [id])
            .map { DecisionAnchor(code: $0[0], consensus: $0[1], start: $0[2], end: $0[3]) }
        var evidence: [EvidenceAnchor] = []
        for kind in ["finding", "conclusion"] {
            evidence += try Row.fetchAll(db, sql: """
                SELECT o.guid, e.codingGUID, e.start, e."end", e.quote FROM \(kind)Evidence e JOIN \(kind) o ON o.id = e.\(kind)ID
                WHERE e.source = ? ORDER BY o.guid, e.codingGUID
                """, arguments: [slug]).map {
                EvidenceAnchor(kind: kind, owner: CodingReader.uuid($0[0]) ?? UUID(), coding: CodingReader.uuid($0[1]) ?? UUID(),
                               start: $0[2], end: $0[3], quote: $0[4])
            }
        }
        let reviews = try Row.fetchAll(db, sql: """
            SELECT r.codingGUID, r.start, r."end", r.quote FROM codingReview r JOIN coding c ON c.guid = r.codingGUID
            WHERE c.sourceID = ? AND c.start = r.start AND c."end" = r."end" ORDER BY r.codingGUID
            """, arguments: [id]).map { ReviewAnchor(coding: CodingReader.uuid($0[0]) ?? UUID(), start: $0[1], end: $0[2], quote: $0[3]) }
        return SourceCorrectionSnapshot(source: slug, text: row["text"], turns: turns, codings: codings, decisions: decisions,
                                        evidence: evidence, reviews: reviews)
    }

    /// Writes this state over `current` (the state the project is in): text, length and
    /// words, turns, passages and their search index, then every anchor. Codings of the
    /// source that `current` does not list (made since, by someone else) are moved with the text.
    func apply(over current: SourceCorrectionSnapshot, in db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, caseID, text FROM source WHERE slug = ?", arguments: [source]) else {
            throw ProjectError.unknownSource(source)
        }
        let id: Int64 = row["id"]
        let textNow: String = row["text"]
        let turns = self.turns.map { Turn(speaker: $0.speaker, range: ScalarRange(start: $0.start, end: $0.end)) }
        let prepared = try PreparedSource(Source(id: source, caseID: "", title: source, kind: .interview, text: text, turns: turns))
        // Passages first, while the text they index is still there (the trigger reads it).
        try db.execute(sql: "DELETE FROM passage WHERE sourceID = ?", arguments: [id])
        try db.execute(sql: "UPDATE source SET text = ?, length = ?, words = ? WHERE id = ?",
                       arguments: [text, prepared.length, prepared.words, id])
        try db.execute(sql: "DELETE FROM turn WHERE sourceID = ?", arguments: [id])
        let insertTurn = try db.cachedStatement(sql: "INSERT INTO turn (sourceID, speaker, start, \"end\") VALUES (?, ?, ?, ?)")
        for turn in self.turns { try insertTurn.execute(arguments: [id, turn.speaker, turn.start, turn.end]) }
        try SourceWriter(db: db).insertPassages([prepared], sourceRowIDs: [id])

        let speakers = Self.speakerLookup(turns)
        let update = try db.cachedStatement(sql: "UPDATE coding SET start = ?, \"end\" = ?, speaker = ? WHERE guid = ?")
        for coding in codings {
            try update.execute(arguments: [coding.start, coding.end, speakers(coding.start), coding.guid.uuidString])
        }
        let listed = Set(current.codings.map(\.guid)).union(codings.map(\.guid))
        let others = try Row.fetchAll(db, sql: "SELECT guid, start, \"end\" FROM coding WHERE sourceID = ?", arguments: [id])
            .filter { !listed.contains(CodingReader.uuid($0[0]) ?? UUID()) }
        if !others.isEmpty {
            let anchors = Reanchoring(old: textNow, new: text)
            for other in others {
                let moved = anchors.map(ScalarRange(start: other[1], end: other[2])).range
                try update.execute(arguments: [moved.start, moved.end, speakers(moved.start), other[0] as String])
            }
        }
        for (now, then) in zip(current.decisions, decisions) where now != then {
            try db.execute(sql: """
                UPDATE OR REPLACE decision SET start = ?, "end" = ? WHERE sourceID = ? AND code = ? AND consensus = ? AND start = ? AND "end" = ?
                """, arguments: [then.start, then.end, id, now.code, now.consensus, now.start, now.end])
        }
        for link in evidence {
            try db.execute(sql: """
                UPDATE \(link.kind)Evidence SET start = ?, "end" = ?, quote = ?
                WHERE \(link.kind)ID = (SELECT id FROM \(link.kind) WHERE guid = ?) AND codingGUID = ?
                """, arguments: [link.start, link.end, link.quote, link.owner.uuidString, link.coding.uuidString])
        }
        let forget = try db.cachedStatement(sql: "DELETE FROM codingReview WHERE codingGUID = ?")
        for coding in listed { try forget.execute(arguments: [coding.uuidString]) }
        let mark = try db.cachedStatement(sql: "INSERT OR REPLACE INTO codingReview (codingGUID, start, \"end\", quote) VALUES (?, ?, ?, ?)")
        for review in reviews { try mark.execute(arguments: [review.coding.uuidString, review.start, review.end, review.quote]) }
    }

    /// The speaker of the last turn starting at or before an offset.
    static func speakerLookup(_ turns: [Turn]) -> (Int) -> String? {
        let ordered = turns.sorted { $0.range.start < $1.range.start }
        let starts = ordered.map(\.range.start)
        return { offset in
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] <= offset { low = middle + 1 } else { high = middle }
            }
            return low > 0 ? ordered[low - 1].speaker : nil
        }
    }
}

extension SourceCorrectionSnapshot: JournalKeyed {
    var journalKeys: JournalKeys {
        JournalKeys(writes: Set(["source:\(source)"] + codings.map { "coding:\($0.guid)" }))
    }
}
