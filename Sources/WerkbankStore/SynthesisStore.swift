import Foundation
import GRDB
import WerkbankCore

/// Reads and writes findings, judgements and conclusions inside the caller's transaction,
/// checking cases, elements, roles and evidence.
struct SynthesisStore {
    let db: Database

    // MARK: Names

    func caseRowID(_ slug: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM studyCase WHERE slug = ?"), arguments: [slug]) else {
            throw ProjectError.unknownCase(slug)
        }
        return id
    }

    /// The row of a top-level code: cells are per element, sub-codes roll up (decision 43).
    func elementRowID(_ short: String) throws -> Int64 {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT k.id, p.short AS parent FROM code k LEFT JOIN code p ON p.id = k.parentID WHERE k.short = ?
            """), arguments: [short]) else {
            throw ProjectError.unknownCode(short)
        }
        if let parent = row["parent"] as String? {
            var top = parent
            while let up = try String.fetchOne(db, sql: "SELECT p.short FROM code k JOIN code p ON p.id = k.parentID WHERE k.short = ?", arguments: [top]) {
                top = up
            }
            throw ProjectError.invalidSynthesis("`\(short)` is a sub-code of `\(parent)`; findings, judgements and conclusions belong to elements (top-level codes), and a sub-code's fragments roll up to theirs: use `\(top)`")
        }
        return row["id"]
    }

    func checkRole(_ role: String?) throws {
        guard let role else { return }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM role WHERE name = ?", arguments: [role]) != nil else {
            let roles = try String.fetchAll(db, sql: "SELECT name FROM role ORDER BY position")
            throw ProjectError.invalidSynthesis("no role `\(role)` in this study (roles: \(roles.joined(separator: ", ")))")
        }
    }

    /// A link to a coding as it stands now, with the case its source belongs to.
    func evidence(coding guid: UUID) throws -> (EvidenceSnapshot, caseID: String) {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.slug, sc.slug AS caseSlug, c.start, c."end", substr(s.text, c.start + 1, c."end" - c.start) AS quote
            FROM coding c JOIN source s ON s.id = c.sourceID JOIN studyCase sc ON sc.id = s.caseID WHERE c.guid = ?
            """), arguments: [guid.uuidString]) else {
            throw ProjectError.unknownCoding(guid)
        }
        return (EvidenceSnapshot(coding: guid, source: row["slug"], start: row["start"], end: row["end"], quote: row["quote"]),
                row["caseSlug"])
    }

    // MARK: Findings

    func nextPosition(_ table: String) throws -> Int {
        (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM \(table)") ?? -1) + 1
    }

    func insert(_ finding: FindingSnapshot) throws {
        try db.execute(sql: """
            INSERT INTO finding (guid, caseID, codeID, text, author, role, created, modified, position)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [finding.guid.uuidString, try caseRowID(finding.caseID), try elementRowID(finding.element), finding.text,
                             finding.author, finding.role, finding.created.timeIntervalSince1970,
                             finding.modified.timeIntervalSince1970, finding.position])
        try insertEvidence(finding.evidence, table: "findingEvidence", owner: "findingID", ownerID: db.lastInsertedRowID)
    }

    private func insertEvidence(_ evidence: [EvidenceSnapshot], table: String, owner: String, ownerID: Int64) throws {
        for (position, link) in evidence.enumerated() {
            try db.execute(sql: """
                INSERT INTO \(table) (\(owner), codingGUID, source, start, "end", quote, position) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ownerID, link.coding.uuidString, link.source, link.start, link.end, link.quote, position])
        }
    }

    func restoreFinding(guid: UUID, to snapshot: FindingSnapshot?) throws {
        try db.execute(sql: "DELETE FROM finding WHERE guid = ?", arguments: [guid.uuidString])
        if let snapshot { try insert(snapshot) }
    }

    func findingSnapshot(_ guid: UUID) throws -> FindingSnapshot {
        guard let finding = try findings(where: "f.guid = ?", arguments: [guid.uuidString]).first,
              let position = try Int.fetchOne(db, sql: "SELECT position FROM finding WHERE guid = ?", arguments: [guid.uuidString]) else {
            throw ProjectError.unknownFinding(guid)
        }
        return FindingSnapshot(finding, position: position)
    }

    /// Findings with their evidence, in case, element and finding order: one query for the
    /// findings, one for their evidence.
    func findings(where condition: String = "1", arguments: StatementArguments = []) throws -> [Finding] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT f.id, f.guid, sc.slug, k.short, f.text, f.author, f.role, f.created, f.modified
            FROM finding f JOIN studyCase sc ON sc.id = f.caseID JOIN code k ON k.id = f.codeID
            WHERE \(condition) ORDER BY sc.number, k.position, f.position
            """, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let ids = rows.map { $0[0] as Int64 }
        let evidence = try evidenceRows(table: "findingEvidence", owner: "findingID", ids: ids)
        return rows.map { row in
            Finding(id: UUID(uuidString: row[1]) ?? UUID(), cell: CellKey(caseID: row[2], element: row[3]), text: row[4],
                    author: row[5], role: row[6], created: Date(timeIntervalSince1970: row[7]),
                    modified: Date(timeIntervalSince1970: row[8]), evidence: evidence[row[0]] ?? [])
        }
    }

    /// The evidence of owners (all of them when there are many), each link marked removed
    /// when its coding is gone.
    private func evidenceRows(table: String, owner: String, ids: [Int64]) throws -> [Int64: [Evidence]] {
        let filter = ids.count <= 500 ? "WHERE e.\(owner) IN (\(ids.map(String.init).joined(separator: ", ")))" : ""
        var evidence: [Int64: [Evidence]] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT e.\(owner), e.codingGUID, e.source, e.start, e."end", e.quote, c.id IS NULL AS removed
            FROM \(table) e LEFT JOIN coding c ON c.guid = e.codingGUID \(filter) ORDER BY e.\(owner), e.position
            """)
        while let row = try cursor.next() {
            let link = Evidence(codingID: UUID(uuidString: row[1]) ?? UUID(), sourceID: row[2],
                                range: ScalarRange(start: row[3], end: row[4]), quote: row[5], isRemoved: row[6])
            evidence[row[0], default: []].append(link)
        }
        return evidence
    }

    // MARK: Judgements

    func judgement(of cell: CellKey) throws -> JudgementSnapshot? {
        try judgements(where: "j.caseID = ? AND j.codeID = ?", arguments: [caseRowID(cell.caseID), elementRowID(cell.element)])
            .first.map(JudgementSnapshot.init)
    }

    func judgements(where condition: String = "1", arguments: StatementArguments = []) throws -> [RecognitionJudgement] {
        try Row.fetchAll(db, sql: """
            SELECT sc.slug, k.short, j.status, j.why, j.author, j.modified
            FROM judgement j JOIN studyCase sc ON sc.id = j.caseID JOIN code k ON k.id = j.codeID
            WHERE \(condition) ORDER BY sc.number, k.position
            """, arguments: arguments).map { row in
            RecognitionJudgement(cell: CellKey(caseID: row[0], element: row[1]),
                                 status: RecognitionStatus(rawValue: row[2]) ?? .nietBesproken, why: row[3], author: row[4],
                                 modified: Date(timeIntervalSince1970: row[5]))
        }
    }

    /// Sets a cell's judgement to `snapshot`, or clears the cell's judgement when it is `nil`.
    func apply(_ snapshot: JudgementSnapshot?, cell: CellKey) throws {
        let (caseRow, codeRow) = (try caseRowID(cell.caseID), try elementRowID(cell.element))
        try db.execute(sql: "DELETE FROM judgement WHERE caseID = ? AND codeID = ?", arguments: [caseRow, codeRow])
        guard let snapshot else { return }
        guard !snapshot.why.contains(where: \.isNewline) else {
            throw ProjectError.invalidSynthesis("a judgement's justification is one line")
        }
        try db.execute(sql: "INSERT INTO judgement (caseID, codeID, status, why, author, modified) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [caseRow, codeRow, snapshot.status, snapshot.why, snapshot.author,
                                   snapshot.modified.timeIntervalSince1970])
    }

    // MARK: Conclusions

    func insert(_ conclusion: ConclusionSnapshot) throws {
        try db.execute(sql: "INSERT INTO conclusion (guid, text, author, created, modified, position) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [conclusion.guid.uuidString, conclusion.text, conclusion.author,
                                   conclusion.created.timeIntervalSince1970, conclusion.modified.timeIntervalSince1970,
                                   conclusion.position])
        let rowID = db.lastInsertedRowID
        for (position, cell) in conclusion.cells.enumerated() {
            try db.execute(sql: "INSERT OR IGNORE INTO conclusionCell (conclusionID, caseID, codeID, position) VALUES (?, ?, ?, ?)",
                           arguments: [rowID, try caseRowID(cell.caseID), try elementRowID(cell.element), position])
        }
        try insertEvidence(conclusion.evidence, table: "conclusionEvidence", owner: "conclusionID", ownerID: rowID)
    }

    func restoreConclusion(guid: UUID, to snapshot: ConclusionSnapshot?) throws {
        try db.execute(sql: "DELETE FROM conclusion WHERE guid = ?", arguments: [guid.uuidString])
        if let snapshot { try insert(snapshot) }
    }

    func conclusionSnapshot(_ guid: UUID) throws -> ConclusionSnapshot {
        guard let conclusion = try conclusions(where: "c.guid = ?", arguments: [guid.uuidString]).first,
              let position = try Int.fetchOne(db, sql: "SELECT position FROM conclusion WHERE guid = ?", arguments: [guid.uuidString]) else {
            throw ProjectError.unknownConclusion(guid)
        }
        return ConclusionSnapshot(conclusion, position: position)
    }

    func conclusions(where condition: String = "1", arguments: StatementArguments = []) throws -> [Conclusion] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.id, c.guid, c.text, c.author, c.created, c.modified FROM conclusion c WHERE \(condition) ORDER BY c.position
            """, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let ids = rows.map { $0[0] as Int64 }
        let evidence = try evidenceRows(table: "conclusionEvidence", owner: "conclusionID", ids: ids)
        var cells: [Int64: [CellKey]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT cc.conclusionID, sc.slug, k.short FROM conclusionCell cc JOIN studyCase sc ON sc.id = cc.caseID
            JOIN code k ON k.id = cc.codeID ORDER BY cc.conclusionID, cc.position
            """) {
            cells[row[0], default: []].append(CellKey(caseID: row[1], element: row[2]))
        }
        return rows.map { row in
            Conclusion(id: UUID(uuidString: row[1]) ?? UUID(), text: row[2], author: row[3],
                       created: Date(timeIntervalSince1970: row[4]), modified: Date(timeIntervalSince1970: row[5]),
                       cells: cells[row[0]] ?? [], evidence: evidence[row[0]] ?? [])
        }
    }
}
