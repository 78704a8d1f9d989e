import Foundation
import GRDB
import WerkbankCore

/// Writing findings, judgements and conclusions. Each call is one transaction and one undo
/// step, journaled like codings (undo and redo survive a restart), and refused in a project
/// opened for reading.
extension Project {
    /// Writes a finding in a case × element cell. `element` must be a top-level code;
    /// `evidence` are GUIDs of codings in the same case.
    ///
    /// - Throws: ``ProjectError/unknownCase(_:)``, ``ProjectError/unknownCode(_:)``,
    ///   ``ProjectError/unknownCoding(_:)``, ``ProjectError/invalidSynthesis(_:)`` (a sub-code,
    ///   an unknown role, empty text, evidence from another case).
    @discardableResult
    public func addFinding(caseID: String, element: String, text: String, author: String, role: String? = nil,
                           evidence: [UUID] = []) throws(ProjectError) -> Finding {
        let now = Date()
        let text = try Self.checkedText(text, of: "finding")
        return try write { db in
            let store = SynthesisStore(db: db)
            _ = try store.caseRowID(caseID)
            _ = try store.elementRowID(element)
            try store.checkRole(role)
            let cell = CellKey(caseID: caseID, element: element)
            var finding = Finding(cell: cell, text: text, author: author, role: role, created: now, modified: now)
            finding.evidence = try Self.links(evidence, inCase: caseID, store: store)
            let snapshot = FindingSnapshot(finding, position: try store.nextPosition("finding"))
            try store.insert(snapshot)
            try Journal(db: db, coder: actingCoder).record("finding \(caseID) × \(element)", entity: .finding, before: nil as FindingSnapshot?, after: snapshot)
            return try Self.finding(snapshot.guid, store: store)
        }
    }

    /// Changes a finding's text or role (`.some(nil)` clears the role). Undoable.
    @discardableResult
    public func updateFinding(_ id: UUID, text: String? = nil, role: String?? = nil) throws(ProjectError) -> Finding {
        let text = try text.map { text throws(ProjectError) in try Self.checkedText(text, of: "finding") }
        return try changeFinding(id, label: "edit finding") { after, store in
            if let text { after.text = text }
            if let role {
                try store.checkRole(role)
                after.role = role
            }
        }
    }

    /// Removes a finding with its evidence links. Undoable.
    public func removeFinding(_ id: UUID) throws(ProjectError) {
        try write { db in
            let store = SynthesisStore(db: db)
            let before = try store.findingSnapshot(id)
            try store.restoreFinding(guid: id, to: nil)
            try Journal(db: db, coder: actingCoder).record("remove finding \(before.caseID) × \(before.element)", entity: .finding,
                                       before: before, after: nil as FindingSnapshot?)
        }
    }

    /// Links fragments (codings of the finding's case, by GUID) as evidence of a finding;
    /// those already linked stay where they are. Undoable.
    @discardableResult
    public func linkEvidence(_ codings: [UUID], to id: UUID) throws(ProjectError) -> Finding {
        try changeFinding(id, label: "link evidence") { after, store in
            let known = Set(after.evidence.map(\.coding))
            let new = codings.filter { !known.contains($0) }
            after.evidence += try Self.links(new, inCase: after.caseID, store: store).map(EvidenceSnapshot.init)
        }
    }

    /// Unlinks evidence from a finding, also evidence whose fragment was removed. Undoable.
    /// - Throws: ``ProjectError/invalidSynthesis(_:)`` when a GUID is not linked to it.
    @discardableResult
    public func unlinkEvidence(_ codings: [UUID], from id: UUID) throws(ProjectError) -> Finding {
        try changeFinding(id, label: "unlink evidence") { after, _ in
            for coding in codings where !after.evidence.contains(where: { $0.coding == coding }) {
                throw ProjectError.invalidSynthesis("fragment \(coding.uuidString.lowercased()) is not evidence of finding \(id.uuidString.lowercased())")
            }
            after.evidence.removeAll { codings.contains($0.coding) }
        }
    }

    private func changeFinding(_ id: UUID, label: String,
                               _ change: (inout FindingSnapshot, SynthesisStore) throws -> Void) throws(ProjectError) -> Finding {
        try write { db in
            let store = SynthesisStore(db: db)
            let before = try store.findingSnapshot(id)
            var after = before
            try change(&after, store)
            guard after != before else { return try Self.finding(id, store: store) }
            after.modified = Date()
            try store.restoreFinding(guid: id, to: after)
            try Journal(db: db, coder: actingCoder).record("\(label) \(before.caseID) × \(before.element)", entity: .finding, before: before, after: after)
            return try Self.finding(id, store: store)
        }
    }

    /// Sets a cell's recognition judgement (one line of justification), replacing any before.
    /// Undoable.
    @discardableResult
    public func setJudgement(_ cell: CellKey, status: RecognitionStatus, why: String, author: String) throws(ProjectError) -> RecognitionJudgement {
        let why = why.trimmingCharacters(in: .whitespaces)
        guard !why.contains(where: \.isNewline) else { throw .invalidSynthesis("a judgement's justification is one line (--why)") }
        return try write { db in
            let store = SynthesisStore(db: db)
            let before = try store.judgement(of: cell)
            let after = JudgementSnapshot(RecognitionJudgement(cell: cell, status: status, why: why, author: author, modified: Date()))
            try store.apply(after, cell: cell)
            try Journal(db: db, coder: actingCoder).record("judge \(cell.caseID) × \(cell.element): \(status.rawValue)", entity: .judgement,
                                       before: before, after: after)
            // Read back, so that the time is as stored.
            return try store.judgement(of: cell)?.judgement ?? after.judgement
        }
    }

    /// Clears a cell's judgement. Undoable; a cell without one is left as it is.
    public func clearJudgement(_ cell: CellKey) throws(ProjectError) {
        try write { db in
            let store = SynthesisStore(db: db)
            guard let before = try store.judgement(of: cell) else { return }
            try store.apply(nil, cell: cell)
            try Journal(db: db, coder: actingCoder).record("clear judgement \(cell.caseID) × \(cell.element)", entity: .judgement,
                                       before: before, after: nil as JudgementSnapshot?)
        }
    }

    /// Writes a conclusion citing cells and fragments (codings of any case). Undoable.
    @discardableResult
    public func addConclusion(text: String, author: String, cells: [CellKey] = [], evidence: [UUID] = []) throws(ProjectError) -> Conclusion {
        let now = Date()
        let text = try Self.checkedText(text, of: "conclusion")
        return try write { db in
            let store = SynthesisStore(db: db)
            let links = try Self.links(evidence, inCase: nil, store: store)
            let conclusion = Conclusion(text: text, author: author, created: now, modified: now, cells: Self.unique(cells), evidence: links)
            let snapshot = ConclusionSnapshot(conclusion, position: try store.nextPosition("conclusion"))
            try store.insert(snapshot)
            try Journal(db: db, coder: actingCoder).record("conclusion", entity: .conclusion, before: nil as ConclusionSnapshot?, after: snapshot)
            return try Self.conclusion(snapshot.guid, store: store)
        }
    }

    /// Changes a conclusion's text, cited cells or cited fragments (each replaced when given).
    /// Undoable.
    @discardableResult
    public func updateConclusion(_ id: UUID, text: String? = nil, cells: [CellKey]? = nil, evidence: [UUID]? = nil) throws(ProjectError) -> Conclusion {
        let text = try text.map { text throws(ProjectError) in try Self.checkedText(text, of: "conclusion") }
        return try write { db in
            let store = SynthesisStore(db: db)
            let before = try store.conclusionSnapshot(id)
            var after = before
            if let text { after.text = text }
            if let cells { after.cells = Self.unique(cells) }
            if let evidence {
                let kept = Dictionary(before.evidence.map { ($0.coding, $0) }, uniquingKeysWith: { first, _ in first })
                let new = try Self.links(evidence.filter { kept[$0] == nil }, inCase: nil, store: store)
                var fresh = new.makeIterator()
                after.evidence = evidence.compactMap { kept[$0] ?? fresh.next().map(EvidenceSnapshot.init) }
            }
            after.modified = Date()
            try store.restoreConclusion(guid: id, to: after)
            try Journal(db: db, coder: actingCoder).record("edit conclusion", entity: .conclusion, before: before, after: after)
            return try Self.conclusion(id, store: store)
        }
    }

    /// Removes a conclusion. Undoable.
    public func removeConclusion(_ id: UUID) throws(ProjectError) {
        try write { db in
            let store = SynthesisStore(db: db)
            let before = try store.conclusionSnapshot(id)
            try store.restoreConclusion(guid: id, to: nil)
            try Journal(db: db, coder: actingCoder).record("remove conclusion", entity: .conclusion, before: before, after: nil as ConclusionSnapshot?)
        }
    }

    // MARK: Helpers

    static func checkedText(_ text: String, of what: String) throws(ProjectError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalidSynthesis("a \(what) needs a text") }
        return trimmed
    }

    /// Links to codings as they stand now, each once; with `inCase`, only codings of that case.
    static func links(_ codings: [UUID], inCase caseID: String?, store: SynthesisStore) throws -> [Evidence] {
        var seen: Set<UUID> = []
        return try codings.filter { seen.insert($0).inserted }.map { guid in
            let (link, linkCase) = try store.evidence(coding: guid)
            if let caseID, linkCase != caseID {
                throw ProjectError.invalidSynthesis("fragment \(guid.uuidString.lowercased()) is in case `\(linkCase)`, not `\(caseID)`: a finding's evidence comes from its own case")
            }
            return link.evidence(removed: false)
        }
    }

    static func unique(_ cells: [CellKey]) -> [CellKey] {
        var seen: Set<CellKey> = []
        return cells.filter { seen.insert($0).inserted }
    }

    static func finding(_ id: UUID, store: SynthesisStore) throws -> Finding {
        guard let finding = try store.findings(where: "f.guid = ?", arguments: [id.uuidString]).first else { throw ProjectError.unknownFinding(id) }
        return finding
    }

    static func conclusion(_ id: UUID, store: SynthesisStore) throws -> Conclusion {
        guard let conclusion = try store.conclusions(where: "c.guid = ?", arguments: [id.uuidString]).first else {
            throw ProjectError.unknownConclusion(id)
        }
        return conclusion
    }
}
