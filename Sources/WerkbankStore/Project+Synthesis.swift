import Foundation
import GRDB
import WerkbankCore

/// Reading findings, judgements and conclusions, and the synthesis grid.
extension Project {
    /// Findings with their evidence (removed links marked), in case, element and finding
    /// order; of one case and/or element when given.
    public func findings(caseID: String? = nil, element: String? = nil) throws(ProjectError) -> [Finding] {
        try read { db in
            var conditions = ["1"]
            var arguments: StatementArguments = []
            if let caseID {
                conditions.append("sc.slug = ?")
                arguments += [caseID]
            }
            if let element {
                conditions.append("k.short = ?")
                arguments += [element]
            }
            return try SynthesisStore(db: db).findings(where: conditions.joined(separator: " AND "), arguments: arguments)
        }
    }

    /// One finding by its GUID.
    public func finding(_ id: UUID) throws(ProjectError) -> Finding {
        try read { db in try Self.finding(id, store: SynthesisStore(db: db)) }
    }

    /// The findings that cite a fragment (a coding's GUID) as evidence.
    public func findings(citing coding: UUID) throws(ProjectError) -> [Finding] {
        try read { db in
            try SynthesisStore(db: db).findings(where: "f.id IN (SELECT findingID FROM findingEvidence WHERE codingGUID = ?)",
                                                arguments: [coding.uuidString])
        }
    }

    /// Every cell's judgement, in case and element order.
    public func judgements() throws(ProjectError) -> [RecognitionJudgement] {
        try read { db in try SynthesisStore(db: db).judgements() }
    }

    /// The conclusions in order, with their citations.
    public func conclusions() throws(ProjectError) -> [Conclusion] {
        try read { db in try SynthesisStore(db: db).conclusions() }
    }

    /// All findings, judgements and conclusions, in one read.
    public func synthesis() throws(ProjectError) -> Synthesis {
        try read { db in
            let store = SynthesisStore(db: db)
            return Synthesis(findings: try store.findings(), judgements: try store.judgements(), conclusions: try store.conclusions())
        }
    }

    /// The synthesis grid: per case × element, its judgement, number of findings and of
    /// fragments (sub-codes rolled up, any coder), first finding and removed evidence.
    ///
    /// Four queries whatever the number of cells: fragments tallied per source and code on
    /// the covering index, findings without their evidence, removed links per cell, and the
    /// judgements.
    ///
    /// - Parameter elements: short names of top-level codes, in row order; by default the
    ///   model's six elements.
    public func synthesisGrid(elements: [String]? = nil) throws(ProjectError) -> SynthesisGrid {
        let study = try study()
        let codebook = study.codebook
        let rows = elements ?? codebook.elements.map(\.short)
        for short in rows where codebook.codes.first(where: { $0.short == short }) == nil { throw .unknownCode(short) }
        // Each code counts for its top-level ancestor.
        var top: [String: String] = [:]
        for short in rows { for code in codebook.subtree(of: short) { top[code] = short } }
        return try read { db in
            var cells: [CellKey: SynthesisCell] = [:]
            func update(_ key: CellKey, _ change: (inout SynthesisCell) -> Void) {
                change(&cells[key, default: SynthesisCell(key: key)])
            }
            let sourceCases: [Int64: String] = try Self.pairs(db, "SELECT s.id, sc.slug FROM source s JOIN studyCase sc ON sc.id = s.caseID")
            let codeShorts: [Int64: String] = try Self.pairs(db, "SELECT id, short FROM code")
            let tallies = try Row.fetchCursor(db, sql: "SELECT sourceID, codeID, COUNT(*) FROM coding WHERE \(try PracticeLayer.excluded("coding", db: db)) GROUP BY sourceID, codeID")
            while let row = try tallies.next() {
                guard let caseID = sourceCases[row[0]], let code = codeShorts[row[1]], let element = top[code] else { continue }
                let count: Int = row[2]
                update(CellKey(caseID: caseID, element: element)) { $0.fragmentCount += count }
            }
            let wanted = Set(rows)
            let findings = try Row.fetchCursor(db, sql: """
                SELECT f.guid, sc.slug, k.short, f.text, f.author, f.role, f.created, f.modified, f.id
                FROM finding f JOIN studyCase sc ON sc.id = f.caseID JOIN code k ON k.id = f.codeID ORDER BY f.position
                """)
            var cellOfFinding: [Int64: CellKey] = [:]
            while let row = try findings.next() {
                let key = CellKey(caseID: row[1], element: row[2])
                guard wanted.contains(key.element) else { continue }
                cellOfFinding[row[8]] = key
                update(key) { cell in
                    cell.findingCount += 1
                    if cell.firstFinding == nil {
                        cell.firstFinding = Finding(id: UUID(uuidString: row[0]) ?? UUID(), cell: key, text: row[3], author: row[4],
                                                    role: row[5], created: Date(timeIntervalSince1970: row[6]),
                                                    modified: Date(timeIntervalSince1970: row[7]))
                    }
                }
            }
            // Per finding, without joins: looking up 20,000 links' codings is the grid's dearest part.
            for row in try Row.fetchAll(db, sql: """
                SELECT e.findingID, COUNT(*) FROM findingEvidence e
                WHERE NOT EXISTS (SELECT 1 FROM coding c WHERE c.guid = e.codingGUID) GROUP BY e.findingID
                """) {
                guard let key = cellOfFinding[row[0]] else { continue }
                let count: Int = row[1]
                update(key) { $0.removedEvidenceCount += count }
            }
            for judgement in try SynthesisStore(db: db).judgements() where wanted.contains(judgement.cell.element) {
                update(judgement.cell) { $0.judgement = judgement }
            }
            return SynthesisGrid(cases: study.cases.map(\.id), elements: rows, cells: cells)
        }
    }

    /// Gaps in the chain from fragments to findings over the model's elements (or those
    /// given): findings without live evidence, cells with fragments but no finding.
    public func synthesisProblems(elements: [String]? = nil) throws(ProjectError) -> [SynthesisProblem] {
        let grid = try synthesisGrid(elements: elements)
        let wanted = Set(grid.elements)
        return grid.problems(findings: try findings().filter { wanted.contains($0.cell.element) })
    }

    /// The fragments of codings still in the project, by GUID, each with its case, source,
    /// speaker, role and quote: what evidence is shown with. Removed codings are left out.
    public func evidenceFragments(_ ids: [UUID]) throws(ProjectError) -> [UUID: Fragment] {
        try evidenceFragments(ids, known: [:])
    }

    /// The fragments of the codings evidence links to, as ``evidenceFragments(_:)``; a link's
    /// quote is used where its coding still has the range it had when linked (a source's text
    /// never changes), so that only moved codings' quotes are read from their sources.
    public func evidenceFragments(for links: [Evidence]) throws(ProjectError) -> [UUID: Fragment] {
        let known = Dictionary(links.map { ($0.codingID, $0) }, uniquingKeysWith: { first, _ in first })
        return try evidenceFragments(Array(known.keys), known: known)
    }

    private func evidenceFragments(_ ids: [UUID], known: [UUID: Evidence]) throws(ProjectError) -> [UUID: Fragment] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var fragments: [UUID: Fragment] = [:]
            var unquoted: [(id: UUID, source: Int64, range: ScalarRange)] = []
            let unique = Array(Set(ids))
            for start in stride(from: 0, to: unique.count, by: 500) {
                let chunk = unique[start..<min(start + 500, unique.count)]
                let rows = try Row.fetchAll(db, sql: """
                    SELECT \(CodingReader.columns), sc.slug AS caseSlug, sc.name AS caseName, s.title, s.kind, c.speaker, p.role,
                           c.sourceID AS sourceRowID
                    \(CodingReader.joins) JOIN studyCase sc ON sc.id = s.caseID
                    LEFT JOIN participant p ON p.caseID = s.caseID AND p.speaker = c.speaker
                    WHERE c.guid IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ", ")))
                    """, arguments: StatementArguments(chunk.map(\.uuidString)))
                for row in rows {
                    let coding = CodingReader.coding(from: row)
                    let link = known[coding.id]
                    let quote = link.flatMap { $0.sourceID == coding.sourceID && $0.range == coding.range ? $0.quote : nil }
                    if quote == nil { unquoted.append((coding.id, row["sourceRowID"], coding.range)) }
                    fragments[coding.id] = Fragment(coding: coding, caseID: row["caseSlug"], caseName: row["caseName"],
                                                    sourceTitle: row["title"], sourceKind: SourceKind(rawValue: row["kind"]) ?? .document,
                                                    speaker: row["speaker"], role: row["role"], quote: quote ?? "")
                }
            }
            // The other quotes in one pass: each source's text is read once.
            let quotes = try Self.quotes(of: unquoted.map { ($0.source, $0.range) }, db: db)
            for (item, quote) in zip(unquoted, quotes) { fragments[item.id]?.quote = quote }
            return fragments
        }
    }
}

extension Project {
    /// GUIDs of findings starting with `prefix` (hex digits, dashes ignored), at most ten.
    public func findingIDs(matching prefix: String) throws(ProjectError) -> [UUID] {
        try guids(in: "finding", matching: prefix)
    }

    /// GUIDs of conclusions starting with `prefix` (hex digits, dashes ignored), at most ten.
    public func conclusionIDs(matching prefix: String) throws(ProjectError) -> [UUID] {
        try guids(in: "conclusion", matching: prefix)
    }

    private func guids(in table: String, matching prefix: String) throws(ProjectError) -> [UUID] {
        let cleaned = prefix.uppercased().filter { $0.isHexDigit }
        guard !cleaned.isEmpty else { return [] }
        return try read { db in
            try String.fetchAll(db, sql: "SELECT guid FROM \(table) WHERE replace(guid, '-', '') LIKE ? || '%' LIMIT 10",
                                arguments: [cleaned]).compactMap(UUID.init(uuidString:))
        }
    }
}
