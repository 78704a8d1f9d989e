import Foundation
import GRDB
import WerkbankCore

/// Writing free memos. Each call is one transaction and one undo step, journaled like
/// findings (undo and redo survive a restart).
extension Project {
    /// Writes a new free memo; its times are set here.
    ///
    /// - Throws: ``ProjectError/invalidMemo(_:)`` (no title, no author, an empty reference),
    ///   ``ProjectError/unknownCase(_:)``, ``ProjectError/unknownCode(_:)``.
    @discardableResult
    public func addFreeMemo(_ memo: FreeMemo) throws(ProjectError) -> FreeMemo {
        let now = Date()
        return try write { db in
            let store = FreeMemoStore(db: db)
            var memo = try store.checked(memo)
            (memo.created, memo.modified) = (now, now)
            let snapshot = FreeMemoSnapshot(memo)
            try store.insert(snapshot)
            try Journal(db: db, coder: actingCoder).record("memo \(memo.title)", entity: .freeMemo, before: nil as FreeMemoSnapshot?, after: snapshot)
            return try store.snapshot(memo.id).memo
        }
    }

    /// Changes a free memo's title, text or subject (the author and creation time stay).
    /// Undoable; a change that changes nothing is not journaled.
    @discardableResult
    public func updateFreeMemo(_ id: UUID, title: String? = nil, text: String? = nil,
                               subject: FreeMemoSubject? = nil) throws(ProjectError) -> FreeMemo {
        try write { db in
            let store = FreeMemoStore(db: db)
            let before = try store.snapshot(id)
            var memo = before.memo
            if let title { memo.title = title }
            if let text { memo.text = text }
            if let subject { memo.subject = subject }
            memo = try store.checked(memo)
            var after = FreeMemoSnapshot(memo)
            guard after.content != before.content else { return before.memo }
            after.modified = Date().timeIntervalSince1970
            try store.restore(guid: id, to: after)
            try Journal(db: db, coder: actingCoder).record("edit memo \(memo.title)", entity: .freeMemo, before: before, after: after)
            return try store.snapshot(id).memo
        }
    }

    /// Removes a free memo. Undoable.
    public func removeFreeMemo(_ id: UUID) throws(ProjectError) {
        try write { db in
            let store = FreeMemoStore(db: db)
            let before = try store.snapshot(id)
            try store.restore(guid: id, to: nil)
            try Journal(db: db, coder: actingCoder).record("remove memo \(before.title)", entity: .freeMemo, before: before, after: nil as FreeMemoSnapshot?)
        }
    }

    /// Every free memo, oldest first.
    public func freeMemos() throws(ProjectError) -> [FreeMemo] {
        try read { db in try FreeMemoStore(db: db).all().map(\.memo) }
    }

    /// One free memo.
    public func freeMemo(_ id: UUID) throws(ProjectError) -> FreeMemo {
        try read { db in try FreeMemoStore(db: db).snapshot(id).memo }
    }

    /// The free memo whose GUID starts with `prefix` (at least 4 hex digits, dashes aside),
    /// so that a command line need not spell all 32.
    public func freeMemo(prefix: String) throws(ProjectError) -> FreeMemo {
        let wanted = prefix.lowercased().filter { $0 != "-" }
        let all = try freeMemos()
        let matches = wanted.count >= 4 ? all.filter { $0.id.uuidString.lowercased().filter { $0 != "-" }.hasPrefix(wanted) } : []
        guard matches.count == 1 else {
            throw matches.isEmpty ? ProjectError.invalidMemo("no memo with the id `\(prefix)` in this project")
                : ProjectError.invalidMemo("`\(prefix)` names \(matches.count) memos; give more of the id")
        }
        return matches[0]
    }
}
