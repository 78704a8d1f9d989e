import Foundation
import GRDB
import WerkbankCore

/// A decision on a disagreement between two coders, as the consensus coder took it.
public struct Decision: Hashable, Sendable {
    public var sourceID: String
    public var code: String
    public var range: ScalarRange
    public var consensus: String
    /// What was kept: `A`, `B`, `both` or `neither`.
    public var choice: String
}

/// A decision as the journal keeps it: the decision and the consensus codings it made.
struct DecisionSnapshot: Codable, Equatable {
    var source: String
    var code: String
    var start: Int
    var end: Int
    var consensus: String
    var choice: String
    var codings: [CodingSnapshot]

    /// Writes the decision and its codings (`after`), or removes both (`before` is nil).
    static func restore(_ snapshot: DecisionSnapshot?, other: DecisionSnapshot?, in db: Database) throws {
        if let snapshot {
            try insertRow(snapshot, in: db)
            let writer = CodingWriter(db: db)
            for coding in snapshot.codings { try writer.insert(coding.coding) }
        } else if let other {
            try db.execute(sql: """
                DELETE FROM decision WHERE sourceID = (SELECT id FROM source WHERE slug = ?) AND code = ? AND start = ? AND "end" = ? AND consensus = ?
                """, arguments: [other.source, other.code, other.start, other.end, other.consensus])
            for coding in other.codings {
                try db.execute(sql: "DELETE FROM coding WHERE guid = ?", arguments: [coding.guid.uuidString])
            }
        }
    }

    static func insertRow(_ snapshot: DecisionSnapshot, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO decision (sourceID, code, start, "end", consensus, choice, at)
            VALUES ((SELECT id FROM source WHERE slug = ?), ?, ?, ?, ?, ?, ?)
            ON CONFLICT (sourceID, code, start, "end", consensus) DO UPDATE SET choice = excluded.choice, at = excluded.at
            """, arguments: [snapshot.source, snapshot.code, snapshot.start, snapshot.end, snapshot.consensus, snapshot.choice, Date()])
    }
}

extension Project {
    /// Decides a disagreement for the consensus coder: the kept codings are copied to the
    /// consensus coder and the decision is recorded, in one transaction and one undo step.
    public func decide(_ disagreement: Disagreement, consensus: String, choice: String, keep: [Coding]) throws(ProjectError) {
        let now = Date()
        let copies = keep.map {
            Coding(sourceID: $0.sourceID, range: $0.range, code: $0.code, coder: consensus, memo: $0.memo, created: now, modified: now)
        }
        let snapshot = DecisionSnapshot(source: disagreement.sourceID, code: disagreement.code, start: disagreement.range.start,
                                        end: disagreement.range.end, consensus: consensus, choice: choice, codings: copies.map(CodingSnapshot.init))
        try write { db in
            try DecisionSnapshot.insertRow(snapshot, in: db)
            let writer = CodingWriter(db: db)
            for coding in copies { try writer.insert(coding) }
            try Journal(db: db, coder: actingCoder).record("decide \(disagreement.code): \(choice)", entity: .decision, before: nil as DecisionSnapshot?, after: snapshot)
        }
    }

    /// The decisions the consensus coder has taken.
    public func decisions(consensus: String) throws(ProjectError) -> [Decision] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.slug, d.code, d.start, d."end", d.consensus, d.choice FROM decision d JOIN source s ON s.id = d.sourceID
                WHERE d.consensus = ?
                """, arguments: [consensus]).map {
                Decision(sourceID: $0[0], code: $0[1], range: ScalarRange(start: $0[2], end: $0[3]), consensus: $0[4], choice: $0[5])
            }
        }
    }
}
