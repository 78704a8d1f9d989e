import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Codes a stretch of a source. Committed before it returns; undoable.
    @discardableResult
    public func addCoding(source: String, range: ScalarRange, code: String, coder: String, memo: String? = nil) throws(ProjectError) -> Coding {
        let now = Date()
        let coding = Coding(sourceID: source, range: range, code: code, coder: coder, memo: memo, created: now, modified: now)
        // The coding is read back inside its own transaction: read after it, it could already
        // have been undone by another process.
        return try write { db in
            try Self.checkWholeCharacters(range, of: source, in: db)
            try CodingWriter(db: db).insert(coding)
            try Journal(db: db, coder: actingCoder).record("code \(code)", entity: .coding, before: nil as CodingSnapshot?, after: CodingSnapshot(coding))
            return try CodingReader(db: db).coding(coding.id)
        }
    }

    /// Removes a coding. Undoable.
    public func removeCoding(_ id: UUID) throws(ProjectError) {
        try write { db in
            let before = try CodingReader(db: db).coding(id)
            try CodingWriter(db: db).delete(id)
            try Journal(db: db, coder: actingCoder).record("uncode \(before.code)", entity: .coding, before: CodingSnapshot(before), after: nil as CodingSnapshot?)
        }
    }

    /// Changes a coding's range, code or memo (`.some(nil)` clears the memo). Undoable.
    @discardableResult
    public func updateCoding(_ id: UUID, range: ScalarRange? = nil, code: String? = nil, memo: String?? = nil) throws(ProjectError) -> Coding {
        try write { db in
            let before = try CodingReader(db: db).coding(id)
            var after = before
            if let range {
                try Self.checkWholeCharacters(range, of: before.sourceID, in: db)
                after.range = range
            }
            if let code { after.code = code }
            if let memo { after.memo = memo.flatMap { $0.isEmpty ? nil : $0 } }
            after.modified = Date()
            let writer = CodingWriter(db: db)
            try writer.restore(guid: id, to: CodingSnapshot(after))
            let label = code != nil ? "recode \(before.code) → \(after.code)" : range != nil ? "change range" : "memo"
            try Journal(db: db, coder: actingCoder).record(label, entity: .coding, before: CodingSnapshot(before), after: CodingSnapshot(after))
            return try CodingReader(db: db).coding(id)
        }
    }

    /// Refuses a range that starts or ends inside a character (a grapheme cluster such as 👍🏽):
    /// a coding would quote half of it. Refused rather than widened, so that a script learns
    /// that its offsets are not the ones it meant (the error names the whole range).
    private static func checkWholeCharacters(_ range: ScalarRange, of source: String, in db: Database) throws {
        // A source that is not there, or a range past its end, is the writer's to report.
        guard let length = try Int.fetchOne(db, sql: "SELECT length FROM source WHERE slug = ?", arguments: [source]),
              range.start >= 0, range.start <= range.end, range.end <= length else { return }
        // Only the text around each end is read (SQLite's substr counts code points, our unit):
        // a whole long source per coding would cost milliseconds.
        func around(_ offset: Int) throws -> (start: Int, end: Int) {
            guard offset > 0, offset < length else { return (offset, offset) }
            let from = max(0, offset - windowRadius)
            let text = try String.fetchOne(db, sql: "SELECT substr(text, ?, ?) FROM source WHERE slug = ?",
                                           arguments: [from + 1, 2 * windowRadius, source]) ?? ""
            let local = ClusterBoundaries(text: text)
            return (from + local.start(atOrBefore: offset - from), from + local.end(atOrAfter: offset - from))
        }
        let (start, end) = (try around(range.start), try around(range.end))
        guard start.start == range.start, end.end == range.end else {
            throw ProjectError.splitsCharacter(source: source, start: range.start, end: range.end,
                                               whole: ScalarRange(start: start.start, end: max(start.start, end.end)))
        }
    }

    /// Scalars read on each side of a coding's end to find the character around it; longer
    /// than any cluster a transcript has (a family emoji is 7).
    private static let windowRadius = 32

    /// Sets (or with `nil` or an empty text, clears) the memo on a code, case or source. Undoable.
    public func setMemo(on target: MemoTarget, text: String?) throws(ProjectError) {
        try write { db in
            let memos = MemoStore(db: db)
            try memos.checkTarget(target)
            let before = try memos.memo(on: target)
            let after = MemoSnapshot(kind: target.kind, key: target.key, text: text.flatMap { $0.isEmpty ? nil : $0 })
            try memos.apply(after)
            try Journal(db: db, coder: actingCoder).record("memo on \(target.kind) \(target.key)", entity: .memo, before: before, after: after)
        }
    }

    /// The memo on a code, case or source, if any.
    public func memo(on target: MemoTarget) throws(ProjectError) -> String? {
        try read { db in try MemoStore(db: db).memo(on: target).text }
    }

    /// Undoes the acting coder's last edit that is not undone yet, also one made before a
    /// restart (see ``actingCoder``). An edit someone else has changed since is refused with
    /// ``ProjectError/undoBlocked(_:)`` unless `choice` says to undo it anyway or skip it.
    /// Returns what was undone (or skipped).
    @discardableResult
    public func undo(_ choice: UndoChoice = .refuse) throws(ProjectError) -> String {
        let coder = actingCoder
        return try write { db in try Journal(db: db, coder: coder, ownOnly: try Self.isPractising(coder, db)).undo(choice) }
    }

    /// Redoes the acting coder's edit undone last, with the same check as ``undo(_:)``.
    /// Returns what was redone (or skipped).
    @discardableResult
    public func redo(_ choice: UndoChoice = .refuse) throws(ProjectError) -> String {
        let coder = actingCoder
        return try write { db in try Journal(db: db, coder: coder, ownOnly: try Self.isPractising(coder, db)).redo(choice) }
    }

    /// Whether `coder` is a student practising, whose undo reaches only their own entries.
    private static func isPractising(_ coder: String?, _ db: Database) throws -> Bool {
        guard let coder else { return false }
        return try Bool.fetchOne(db, sql: "SELECT practice FROM coder WHERE name = ?", arguments: [coder]) ?? false
    }
}

/// A memo as the journal keeps it.
struct MemoSnapshot: Codable, Equatable {
    var kind: String
    var key: String
    var text: String?
}

/// Memos on codes, cases and sources.
struct MemoStore {
    let db: Database

    func memo(on target: MemoTarget) throws -> MemoSnapshot {
        let text = try String.fetchOne(db, sql: "SELECT text FROM memo WHERE targetKind = ? AND targetKey = ?",
                                       arguments: [target.kind, target.key])
        return MemoSnapshot(kind: target.kind, key: target.key, text: text)
    }

    func apply(_ memo: MemoSnapshot) throws {
        if let text = memo.text {
            try db.execute(sql: """
                INSERT INTO memo (targetKind, targetKey, text, modified) VALUES (?, ?, ?, ?)
                ON CONFLICT (targetKind, targetKey) DO UPDATE SET text = excluded.text, modified = excluded.modified
                """, arguments: [memo.kind, memo.key, text, Date()])
        } else {
            try db.execute(sql: "DELETE FROM memo WHERE targetKind = ? AND targetKey = ?", arguments: [memo.kind, memo.key])
        }
    }

    /// The memos of a new project, each checked for its target, in order of kind and key (so
    /// that the same memos make the same rows).
    func insertAll(_ memos: [MemoTarget: String]) throws {
        for (target, text) in memos.sorted(by: { ($0.key.kind, $0.key.key) < ($1.key.kind, $1.key.key) }) {
            try checkTarget(target)
            try apply(MemoSnapshot(kind: target.kind, key: target.key, text: text))
        }
    }

    func checkTarget(_ target: MemoTarget) throws {
        switch target {
        case .code(let short):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM code WHERE short = ?", arguments: [short]) != nil else { throw ProjectError.unknownCode(short) }
        case .case(let slug):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM studyCase WHERE slug = ?", arguments: [slug]) != nil else { throw ProjectError.unknownCase(slug) }
        case .source(let slug):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE slug = ?", arguments: [slug]) != nil else { throw ProjectError.unknownSource(slug) }
        }
    }
}

extension Project {
    /// Every memo on a code, case or source, in one read.
    public func memos() throws(ProjectError) -> [MemoTarget: String] {
        try read { db in
            var memos: [MemoTarget: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT targetKind, targetKey, text FROM memo") {
                let key: String = row[1]
                let target: MemoTarget? = switch row[0] as String {
                case "code": .code(key)
                case "case": .case(key)
                case "source": .source(key)
                default: nil
                }
                if let target { memos[target] = row[2] }
            }
            return memos
        }
    }
}
