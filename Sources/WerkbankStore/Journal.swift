import Foundation
import GRDB

/// The persistent undo/redo journal. Each user action is a row with the state before and
/// after; undo writes `before` back, redo writes `after`. A new action drops what was undone.
struct Journal {
    enum Entity: String {
        case coding
        /// Many codings made as one step (``CodingSnapshot`` arrays), such as autocoding's.
        case codings
        case memo
        case code
        case decision
        /// An imported source (``SourceSnapshot``): undo takes it out again, redo puts it back.
        case source
        /// A finding with its evidence (``FindingSnapshot``).
        case finding
        /// A cell's recognition judgement (``JudgementSnapshot``).
        case judgement
        /// A conclusion with its citations (``ConclusionSnapshot``).
        case conclusion
        /// One attribute value on one target (``AttributeValueSnapshot``).
        case attributeValue
        /// An attribute's declaration with all its values (``AttributeSnapshot``).
        case attribute
        /// A free memo (``FreeMemoSnapshot``).
        case freeMemo
    }

    let db: Database

    func record<T: Encodable>(_ label: String, entity: Entity, before: T?, after: T?) throws {
        try db.execute(sql: "DELETE FROM journal WHERE undone = 1")
        let beforeJSON = try before.map { try StudyImporter.json($0) }
        let afterJSON = try after.map { try StudyImporter.json($0) }
        try db.execute(sql: "INSERT INTO journal (label, entity, before, after, at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [label, entity.rawValue, beforeJSON, afterJSON, Date()])
    }

    /// Undoes the latest edit that is not undone.
    func undo() throws -> String {
        try step(sql: "SELECT * FROM journal WHERE undone = 0 ORDER BY seq DESC LIMIT 1", state: "before", undone: true,
                 otherwise: .nothingToUndo)
    }

    /// Redoes the earliest edit that is undone.
    func redo() throws -> String {
        try step(sql: "SELECT * FROM journal WHERE undone = 1 ORDER BY seq ASC LIMIT 1", state: "after", undone: false,
                 otherwise: .nothingToRedo)
    }

    private func step(sql: String, state: String, undone: Bool, otherwise: ProjectError) throws -> String {
        guard let row = try Row.fetchOne(db, sql: sql) else { throw otherwise }
        try apply(row, state: state)
        try db.execute(sql: "UPDATE journal SET undone = ? WHERE seq = ?", arguments: [undone, row["seq"] as Int64])
        return row["label"]
    }

    /// Writes the `before` or `after` state of a journal row back into the project.
    private func apply(_ row: Row, state: String) throws {
        let decoder = JSONDecoder()
        let json: String? = row[state]
        let otherJSON: String? = row[state == "before" ? "after" : "before"]
        switch Entity(rawValue: row["entity"]) {
        case .coding:
            let target = try json.map { try decoder.decode(CodingSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(CodingSnapshot.self, from: Data($0.utf8)) }
            guard let guid = target?.guid ?? other?.guid else { return }
            try CodingWriter(db: db).restore(guid: guid, to: target)
        case .codings:
            let target = try json.map { try decoder.decode([CodingSnapshot].self, from: Data($0.utf8)) } ?? []
            let other = try otherJSON.map { try decoder.decode([CodingSnapshot].self, from: Data($0.utf8)) } ?? []
            let delete = try db.cachedStatement(sql: "DELETE FROM coding WHERE guid = ?")
            for snapshot in other + target { try delete.execute(arguments: [snapshot.guid.uuidString]) }
            try CodingWriter(db: db).insert(target.map(\.coding))
        case .code:
            let target = try json.map { try decoder.decode(CodeSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(CodeSnapshot.self, from: Data($0.utf8)) }
            guard let short = target?.short ?? other?.short else { return }
            try CodeSnapshot.restore(short: short, to: target, in: db)
        case .decision:
            let target = try json.map { try decoder.decode(DecisionSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(DecisionSnapshot.self, from: Data($0.utf8)) }
            try DecisionSnapshot.restore(target, other: other, in: db)
        case .source:
            let target = try json.map { try decoder.decode(SourceSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(SourceSnapshot.self, from: Data($0.utf8)) }
            // The row keeps the whole source only while it is out of the project.
            if let kept = try SourceSnapshot.restore(target, other: other, in: db) {
                try db.execute(sql: "UPDATE journal SET after = ? WHERE seq = ?", arguments: [try StudyImporter.json(kept), row["seq"] as Int64])
            }
        case .finding:
            let target = try json.map { try decoder.decode(FindingSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(FindingSnapshot.self, from: Data($0.utf8)) }
            guard let guid = target?.guid ?? other?.guid else { return }
            try SynthesisStore(db: db).restoreFinding(guid: guid, to: target)
        case .judgement:
            let target = try json.map { try decoder.decode(JudgementSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(JudgementSnapshot.self, from: Data($0.utf8)) }
            guard let cell = target?.cell ?? other?.cell else { return }
            try SynthesisStore(db: db).apply(target, cell: cell)
        case .conclusion:
            let target = try json.map { try decoder.decode(ConclusionSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(ConclusionSnapshot.self, from: Data($0.utf8)) }
            guard let guid = target?.guid ?? other?.guid else { return }
            try SynthesisStore(db: db).restoreConclusion(guid: guid, to: target)
        case .attributeValue:
            let target = try json.map { try decoder.decode(AttributeValueSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(AttributeValueSnapshot.self, from: Data($0.utf8)) }
            guard let snapshot = target ?? other else { return }
            try AttributeStore(db: db).apply(snapshot, value: target?.value)
        case .attribute:
            let target = try json.map { try decoder.decode(AttributeSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(AttributeSnapshot.self, from: Data($0.utf8)) }
            guard let name = target?.name ?? other?.name else { return }
            try AttributeStore(db: db).restore(name: name, to: target)
        case .freeMemo:
            let target = try json.map { try decoder.decode(FreeMemoSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(FreeMemoSnapshot.self, from: Data($0.utf8)) }
            guard let guid = target?.guid ?? other?.guid else { return }
            try FreeMemoStore(db: db).restore(guid: guid, to: target)
        case .memo:
            guard let json else { return }
            try MemoStore(db: db).apply(try decoder.decode(MemoSnapshot.self, from: Data(json.utf8)))
        case nil:
            throw ProjectError.database(path: "", message: "unknown journal entry kind \(row["entity"] as String)")
        }
    }
}
