import Foundation
import GRDB
import WerkbankCore

/// Writes a loaded ``Study`` into an empty project, inside the caller's transaction.
struct StudyImporter {
    let db: Database

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    func importStudy(_ study: Study) throws {
        let caseRowIDs = try importHead(study)
        let prepared = try PreparedSource.prepare(study.sources)
        let caseIDs = try prepared.map { source in
            guard let caseRowID = caseRowIDs[source.source.caseID] else { throw ProjectError.unknownCase(source.source.caseID) }
            return caseRowID
        }
        let sourceWriter = SourceWriter(db: db)
        let firstPassageID = try sourceWriter.nextPassageID()
        // The search index takes as long as everything else together: into an empty index it is
        // built on another core meanwhile (PassageIndexBuild), otherwise in place.
        let aside = firstPassageID == 1 ? try PassageIndexBuild(like: db, sources: prepared) : nil
        defer { aside?.cancel() }
        let sourceRowIDs = try sourceWriter.insertRows(prepared, caseRowIDs: caseIDs, firstPosition: 0)
        try sourceWriter.insertSpans(prepared, sourceRowIDs: sourceRowIDs, firstID: firstPassageID)
        // The turn index is down during an import: the writer gets the turns it needs for the
        // codings' speakers from the study.
        let turns = Dictionary(study.sources.map { ($0.id, $0.turns) }, uniquingKeysWith: { first, _ in first })
        try CodingWriter(db: db, turns: turns).insert(study.codings)
        try ProjectSchema.createCodingGUIDIndex(db)
        try importTail(study)
        if let aside {
            // Built while the search index is still being built on the other core.
            try ProjectSchema.createSecondaryIndexes(db)
            try aside.copy(into: db)
        } else {
            try PassageIndexBulk.during(db) { try SourceWriter.insertIndexed(prepared, firstID: firstPassageID, into: db) }
        }
    }

    /// Everything that comes after the sources and codings: findings, attributes, free memos.
    func importTail(_ study: Study) throws {
        try importSynthesis(study.synthesis)
        try importAttributes(study)
        for memo in study.memos { try FreeMemoStore(db: db).insert(FreeMemoSnapshot(memo)) }
    }

    /// The study's row, roles, coders, codebook and cases; returns the cases' row ids by id.
    func importHead(_ study: Study) throws -> [String: Int64] {
        let labels = study.tableLabels
        try db.execute(sql: """
            INSERT INTO study (id, title, citation, researchQuestions, characteristics, tableTitle, tableCorner, totalColumn, totalRow)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [study.title, study.citation, try Self.json(study.researchQuestions), try Self.json(study.characteristics),
                             labels.title, labels.corner, labels.totalColumn, labels.totalRow])
        for (position, role) in study.roles.enumerated() {
            try db.execute(sql: "INSERT INTO role (name, gloss, speakerPrefix, position) VALUES (?, ?, ?, ?)",
                           arguments: [role.name, role.gloss, role.speakerPrefix, position])
        }
        for coder in study.coders {
            try db.execute(sql: "INSERT INTO coder (name, description) VALUES (?, ?)", arguments: [coder.name, coder.description])
        }
        try importCodebook(study.codebook)
        var caseRowIDs: [String: Int64] = [:]
        for studyCase in study.cases {
            caseRowIDs[studyCase.id] = try importCase(studyCase)
        }
        return caseRowIDs
    }

    /// Declarations and values that come with the study (not journaled, like its codings).
    func importAttributes(_ study: Study) throws {
        let store = AttributeStore(db: db)
        for (position, definition) in study.attributes.enumerated() {
            let values = study.attributeValues.filter { $0.attribute.lowercased() == definition.id && $0.target.kind == definition.target }
            try store.restore(name: definition.name, to: AttributeSnapshot(
                name: definition.name, target: definition.target.rawValue, kind: definition.kind.rawValue, values: definition.values,
                description: definition.description, position: position,
                assignments: Dictionary(values.map { ($0.target.key, $0.value.text) }, uniquingKeysWith: { _, last in last })))
        }
    }

    /// Findings, judgements and conclusions that come with the study (not journaled: they are
    /// part of the project as made, like its codings).
    func importSynthesis(_ synthesis: Synthesis) throws {
        let store = SynthesisStore(db: db)
        for (position, finding) in synthesis.findings.enumerated() {
            try store.insert(FindingSnapshot(finding, position: position))
        }
        for judgement in synthesis.judgements {
            try store.apply(JudgementSnapshot(judgement), cell: judgement.cell)
        }
        for (position, conclusion) in synthesis.conclusions.enumerated() {
            try store.insert(ConclusionSnapshot(conclusion, position: position))
        }
    }

    private func importCodebook(_ codebook: Codebook) throws {
        var position = 0
        for (groupPosition, group) in codebook.groups.enumerated() {
            try db.execute(sql: "INSERT INTO codeGroup (id, name, gloss, description, position) VALUES (?, ?, ?, ?, ?)",
                           arguments: [group.id, group.name, group.gloss, group.description, groupPosition])
            for code in group.codes {
                try CodeWriter(db: db).insert(code, position: position)
                position += 1
            }
        }
    }

    func importCase(_ studyCase: Case) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO studyCase (guid, slug, number, name, tableLabel, sector, institutions, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [UUID.stable(from: "case|\(studyCase.id)").uuidString, studyCase.id, studyCase.number,
                             studyCase.name, studyCase.tableLabel, studyCase.sector, try Self.json(studyCase.institutions),
                             studyCase.description])
        let rowID = db.lastInsertedRowID
        for (role, count) in studyCase.respondents {
            try db.execute(sql: "INSERT INTO respondentCount (caseID, role, count, footnoteMark) VALUES (?, ?, ?, ?)",
                           arguments: [rowID, role, count.value, count.footnoteMark])
        }
        for footnote in studyCase.footnotes {
            try db.execute(sql: "INSERT INTO footnote (caseID, mark, text) VALUES (?, ?, ?)",
                           arguments: [rowID, footnote.mark, footnote.text])
        }
        return rowID
    }
}

/// The LOS-style detail of a code as stored (JSON).
struct CodeDetailRecord: Codable {
    var what: [String]
    var goal: [String]
    var requirements: [String]

    init(_ detail: CodeDetail) {
        what = detail.what
        goal = detail.goal
        requirements = detail.requirements
    }

    var detail: CodeDetail { CodeDetail(what: what, goal: goal, requirements: requirements) }
}
