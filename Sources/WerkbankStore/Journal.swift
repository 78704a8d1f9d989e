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
        /// The practice setting (``PracticeSnapshot``; `nil`: not a practice project).
        case practice
        /// Entries made as one step (``JournalGroupEntry`` array, the same in `before` and
        /// `after`), such as a survey's sources and attributes: undo takes them back last first.
        case group
        /// Corrected texts of sources with every anchor in them (``SourceCorrectionSnapshot``
        /// arrays, in the same order before and after).
        case correction
        /// An entry of the pseudonym list (``PseudonymSnapshot``).
        case pseudonym
    }

    let db: Database
    /// Who makes the entries and whose entries undo and redo take; `nil` for a caller that
    /// names no coder, who undoes and redoes the whole project's history as before decision 55.
    let coder: String?
    /// Whether only the coder's own entries count, not the entries of no one (a student
    /// practising undoes nothing but their own layer, decision 61).
    var ownOnly = false

    func record<T: Encodable>(_ label: String, entity: Entity, before: T?, after: T?) throws {
        // A new edit drops what its own coder undid: the redo list is the coder's own.
        if let coder {
            try db.execute(sql: "DELETE FROM journal WHERE undone = 1 AND coder = ?", arguments: [coder])
        } else {
            try db.execute(sql: "DELETE FROM journal WHERE undone = 1")
        }
        let beforeJSON = try before.map { try StudyImporter.json($0) }
        let afterJSON = try after.map { try StudyImporter.json($0) }
        try db.execute(sql: "INSERT INTO journal (label, entity, before, after, at, coder) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [label, entity.rawValue, beforeJSON, afterJSON, Date(), coder])
        var keys = JournalKeys()
        for value in [before as Any?, after as Any?] {
            if let keyed = value.flatMap({ $0 as? any JournalKeyed }) { keys.formUnion(keyed.journalKeys) }
        }
        let seq = db.lastInsertedRowID
        let insert = try db.cachedStatement(sql: "INSERT INTO journalTarget (seq, key, writes) VALUES (?, ?, ?)")
        for key in keys.writes { try insert.execute(arguments: [seq, key, true]) }
        for key in keys.uses.subtracting(keys.writes) { try insert.execute(arguments: [seq, key, false]) }
    }

    /// Undoes the coder's latest edit that is not undone (entries from before decision 55
    /// belong to no one and come after the coder's own).
    func undo(_ choice: UndoChoice = .refuse) throws -> String {
        try step(sql: "SELECT * FROM journal WHERE undone = 0\(mine) ORDER BY seq DESC LIMIT 1", state: "before", undone: true,
                 choice: choice, otherwise: .nothingToUndo)
    }

    /// Redoes the coder's earliest edit that is undone.
    func redo(_ choice: UndoChoice = .refuse) throws -> String {
        try step(sql: "SELECT * FROM journal WHERE undone = 1\(mine) ORDER BY seq ASC LIMIT 1", state: "after", undone: false,
                 choice: choice, otherwise: .nothingToRedo)
    }

    private var mine: String { coder == nil ? "" : ownOnly ? " AND coder = ?" : " AND (coder = ? OR coder IS NULL)" }

    private func step(sql: String, state: String, undone: Bool, choice: UndoChoice, otherwise: ProjectError) throws -> String {
        let arguments: StatementArguments = coder.map { [$0] } ?? []
        guard let row = try Row.fetchOne(db, sql: sql, arguments: arguments) else { throw otherwise }
        let seq: Int64 = row["seq"]
        let label: String = row["label"]
        if choice != .anyway, let blocker = try blocker(of: row) {
            guard choice == .skip else {
                throw ProjectError.undoBlocked(UndoConflict(label: label, redo: !undone, coder: blocker.coder, theirLabel: blocker.label))
            }
            // Skipped: the edit stays as it is and leaves the coder's history.
            try db.execute(sql: "DELETE FROM journal WHERE seq = ?", arguments: [seq])
            return label
        }
        try apply(row, state: state)
        try db.execute(sql: "UPDATE journal SET undone = ? WHERE seq = ?", arguments: [undone, seq])
        return label
    }

    /// The latest later entry by someone else that changed what `row` changed or relied on,
    /// or relied on what it changed, and is not undone.
    private func blocker(of row: Row) throws -> (coder: String?, label: String)? {
        let keys = try JournalKeys.of(entity: Entity(rawValue: row["entity"]), before: row["before"], after: row["after"])
        let all = Array(keys.writes.union(keys.uses))
        var found: (seq: Int64, coder: String?, label: String)?
        // In chunks: SQLite limits the number of arguments of one statement.
        for start in stride(from: 0, to: all.count, by: 500) {
            let chunk = Array(all[start..<min(start + 500, all.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            var arguments = StatementArguments(chunk)
            arguments += [row["seq"] as Int64, coder]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT j.seq, j.coder, j.label, t.key, t.writes FROM journalTarget t JOIN journal j ON j.seq = t.seq
                WHERE t.key IN (\(marks)) AND j.seq > ? AND j.undone = 0 AND j.coder IS NOT ?
                """, arguments: arguments)
            while let later = try rows.next() {
                let key: String = later["key"]
                let inTheWay = (later["writes"] as Bool) ? keys.isBlocked(byWrite: key) : keys.isBlocked(byUse: key)
                let seq: Int64 = later["seq"]
                if inTheWay, seq > found?.seq ?? 0 { found = (seq, later["coder"], later["label"]) }
            }
        }
        return found.map { ($0.coder, $0.label) }
    }

    /// Writes the `before` or `after` state of a journal row back into the project.
    private func apply(_ row: Row, state: String) throws {
        let json: String? = row[state]
        let otherJSON: String? = row[state == "before" ? "after" : "before"]
        let entity: String = row["entity"]
        let seq: Int64 = row["seq"]
        if Entity(rawValue: entity) == .group {
            try applyGroup(json, undo: state == "before", seq: seq)
        } else if let kept = try apply(entity: entity, json: json, otherJSON: otherJSON) {
            // The row keeps the whole source only while it is out of the project.
            try db.execute(sql: "UPDATE journal SET after = ? WHERE seq = ?", arguments: [kept, seq])
        }
    }

    /// Applies a group's entries, the last first for undo; the entries' states that changed on
    /// the way (a source's kept copy) are written back to the row.
    private func applyGroup(_ json: String?, undo: Bool, seq: Int64) throws {
        guard let json else { return }
        var entries = try JSONDecoder().decode([JournalGroupEntry].self, from: Data(json.utf8))
        for index in undo ? Array(entries.indices.reversed()) : Array(entries.indices) {
            let entry = entries[index]
            if let kept = try apply(entity: entry.entity, json: undo ? entry.before : entry.after, otherJSON: undo ? entry.after : entry.before) {
                entries[index].after = kept
            }
        }
        let updated = try StudyImporter.json(entries)
        try db.execute(sql: "UPDATE journal SET before = ?, after = ? WHERE seq = ?", arguments: [updated, updated, seq])
    }

    /// Writes one entry's state (`json`; `otherJSON` is the opposite state) back into the
    /// project. Returns the new `after` state when applying changed it (a source taken out
    /// keeps its content there, for redo).
    private func apply(entity: String, json: String?, otherJSON: String?) throws -> String? {
        let decoder = JSONDecoder()
        switch Entity(rawValue: entity) {
        case .coding:
            let target = try json.map { try decoder.decode(CodingSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(CodingSnapshot.self, from: Data($0.utf8)) }
            guard let guid = target?.guid ?? other?.guid else { return nil }
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
            guard let short = target?.short ?? other?.short else { return nil }
            try CodeSnapshot.restore(short: short, to: target, in: db)
        case .decision:
            let target = try json.map { try decoder.decode(DecisionSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(DecisionSnapshot.self, from: Data($0.utf8)) }
            try DecisionSnapshot.restore(target, other: other, in: db)
        case .source:
            let target = try json.map { try decoder.decode(SourceSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(SourceSnapshot.self, from: Data($0.utf8)) }
            if let kept = try SourceSnapshot.restore(target, other: other, in: db) { return try StudyImporter.json(kept) }
        case .finding:
            let target = try json.map { try decoder.decode(FindingSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(FindingSnapshot.self, from: Data($0.utf8)) }
            guard let guid = target?.guid ?? other?.guid else { return nil }
            try SynthesisStore(db: db).restoreFinding(guid: guid, to: target)
        case .judgement:
            let target = try json.map { try decoder.decode(JudgementSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(JudgementSnapshot.self, from: Data($0.utf8)) }
            guard let cell = target?.cell ?? other?.cell else { return nil }
            try SynthesisStore(db: db).apply(target, cell: cell)
        case .conclusion:
            let target = try json.map { try decoder.decode(ConclusionSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(ConclusionSnapshot.self, from: Data($0.utf8)) }
            guard let guid = target?.guid ?? other?.guid else { return nil }
            try SynthesisStore(db: db).restoreConclusion(guid: guid, to: target)
        case .attributeValue:
            let target = try json.map { try decoder.decode(AttributeValueSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(AttributeValueSnapshot.self, from: Data($0.utf8)) }
            guard let snapshot = target ?? other else { return nil }
            try AttributeStore(db: db).apply(snapshot, value: target?.value)
        case .attribute:
            let target = try json.map { try decoder.decode(AttributeSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(AttributeSnapshot.self, from: Data($0.utf8)) }
            guard let name = target?.name ?? other?.name else { return nil }
            try AttributeStore(db: db).restore(name: name, to: target)
        case .freeMemo:
            let target = try json.map { try decoder.decode(FreeMemoSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(FreeMemoSnapshot.self, from: Data($0.utf8)) }
            guard let guid = target?.guid ?? other?.guid else { return nil }
            try FreeMemoStore(db: db).restore(guid: guid, to: target)
        case .practice:
            try PracticeSnapshot.restore(try json.map { try decoder.decode(PracticeSnapshot.self, from: Data($0.utf8)) }, in: db)
        case .correction:
            let target = try json.map { try decoder.decode([SourceCorrectionSnapshot].self, from: Data($0.utf8)) } ?? []
            let other = try otherJSON.map { try decoder.decode([SourceCorrectionSnapshot].self, from: Data($0.utf8)) } ?? []
            for (state, current) in zip(target, other) { try state.apply(over: current, in: db) }
        case .pseudonym:
            let target = try json.map { try decoder.decode(PseudonymSnapshot.self, from: Data($0.utf8)) }
            let other = try otherJSON.map { try decoder.decode(PseudonymSnapshot.self, from: Data($0.utf8)) }
            guard let name = target?.name ?? other?.name else { return nil }
            try PseudonymSnapshot.restore(name: name, to: target, in: db)
        case .memo:
            guard let json else { return nil }
            try MemoStore(db: db).apply(try decoder.decode(MemoSnapshot.self, from: Data(json.utf8)))
        case .group:
            throw ProjectError.database(path: "", message: "a journal group inside a group")
        case nil:
            throw ProjectError.database(path: "", message: "unknown journal entry kind \(entity)")
        }
        return nil
    }
}
