import Foundation
import GRDB
import WerkbankCore

/// What including a study (an import from another tool) brought into a project.
public struct IncludeReport: Hashable, Sendable {
    public var addedRoles: [String] = []
    public var addedGroups: [String] = []
    public var addedCases: [String] = []
    public var addedSources: [String] = []
    /// Sources already here with the same text (matched by id).
    public var unchangedSources: [String] = []
    /// Sources whose id was taken by a different text here: brought in under a new id.
    public var renamedSources: [RenamedSource] = []
    /// Coders, codes, codings and memos, as a merge reports them.
    public var content = MergeReport()

    public struct RenamedSource: Hashable, Sendable {
        public var from: String
        public var to: String
    }
}

extension Project {
    /// Brings a study (read from another tool's export) into this project, in one transaction:
    /// roles, code groups, cases (matched by id or name), sources (matched by id; the same
    /// text is not added twice, a different text under a taken id comes in under a new id),
    /// then coders, codes, codings and memos as ``merge(from:)`` does. Including the same
    /// study twice adds nothing the second time. Not journaled: it cannot be undone, but it
    /// is all or nothing.
    public func include(_ study: Study, memos: [MemoTarget: String] = [:]) throws(ProjectError) -> IncludeReport {
        try write { db in
            var report = IncludeReport()
            for role in study.roles where try Bool.fetchOne(db, sql: "SELECT 1 FROM role WHERE name = ?", arguments: [role.name]) == nil {
                let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM role") ?? 0
                try db.execute(sql: "INSERT INTO role (name, gloss, speakerPrefix, position) VALUES (?, ?, ?, ?)",
                               arguments: [role.name, role.gloss, role.speakerPrefix, position])
                report.addedRoles.append(role.name)
            }
            let groupIDs = try includeGroups(study.codebook, db: db, report: &report)
            let caseIDs = try includeCases(study.cases, db: db, report: &report)
            let sourceIDs = try includeSources(study.sources, caseIDs: caseIDs, db: db, report: &report)

            // The rest is a merge, with their ids turned into ours.
            let codes = study.codebook.codes.map { code in
                var code = code
                code.groupID = groupIDs[code.groupID] ?? code.groupID
                return code
            }.sorted { ($0.parent == nil ? 0 : 1) < ($1.parent == nil ? 0 : 1) }
            let codings = study.codings.map { coding in
                var coding = coding
                coding.sourceID = sourceIDs[coding.sourceID] ?? coding.sourceID
                return coding
            }
            let mappedMemos: [(target: MemoTarget, text: String)] = memos.map { target, text in
                switch target {
                case .code: (target, text)
                case .case(let id): (.case(caseIDs[id] ?? id), text)
                case .source(let id): (.source(sourceIDs[id] ?? id), text)
                }
            }.sorted { "\($0.target)" < "\($1.target)" }
            let ourSources = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT slug, text FROM source").map {
                ($0["slug"] as String, $0["text"] as String)
            })
            var synthesis = study.synthesis
            func mapped(_ cell: CellKey) -> CellKey { CellKey(caseID: caseIDs[cell.caseID] ?? cell.caseID, element: cell.element) }
            for index in synthesis.findings.indices {
                synthesis.findings[index].cell = mapped(synthesis.findings[index].cell)
                for link in synthesis.findings[index].evidence.indices {
                    let source = synthesis.findings[index].evidence[link].sourceID
                    synthesis.findings[index].evidence[link].sourceID = sourceIDs[source] ?? source
                }
            }
            for index in synthesis.judgements.indices { synthesis.judgements[index].cell = mapped(synthesis.judgements[index].cell) }
            for index in synthesis.conclusions.indices {
                synthesis.conclusions[index].cells = synthesis.conclusions[index].cells.map(mapped)
                for link in synthesis.conclusions[index].evidence.indices {
                    let source = synthesis.conclusions[index].evidence[link].sourceID
                    synthesis.conclusions[index].evidence[link].sourceID = sourceIDs[source] ?? source
                }
            }
            let freeMemos = study.memos.map { memo in
                var memo = memo
                if case .case(let id) = memo.subject { memo.subject = .case(caseIDs[id] ?? id) }
                return memo
            }
            try mergeContent(MergeSnapshot(sourceTexts: [:], coders: study.coders.map(\.name),
                                           codebook: Codebook(groups: [CodeGroup(id: "", name: "", gloss: "", codes: codes)]),
                                           codings: codings, memos: mappedMemos, synthesis: synthesis, freeMemos: freeMemos),
                             ourSources: ourSources, db: db, report: &report.content)
            return report
        }
    }

    /// Their group ids → ours: the same id, else the same name, else a new group.
    private func includeGroups(_ codebook: Codebook, db: Database, report: inout IncludeReport) throws -> [String: String] {
        var ids: [String: String] = [:]
        for group in codebook.groups {
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM codeGroup WHERE id = ?", arguments: [group.id]) != nil {
                ids[group.id] = group.id
            } else if let id = try String.fetchOne(db, sql: "SELECT id FROM codeGroup WHERE name = ?", arguments: [group.name]) {
                ids[group.id] = id
            } else {
                let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM codeGroup") ?? 0
                try db.execute(sql: "INSERT INTO codeGroup (id, name, gloss, description, position) VALUES (?, ?, ?, ?, ?)",
                               arguments: [group.id, group.name, group.gloss, group.description, position])
                ids[group.id] = group.id
                report.addedGroups.append(group.name)
            }
        }
        return ids
    }

    /// Their case ids → ours: the same id, else the same name, else a new case numbered last.
    private func includeCases(_ cases: [Case], db: Database, report: inout IncludeReport) throws -> [String: String] {
        var ids: [String: String] = [:]
        for studyCase in cases {
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM studyCase WHERE slug = ?", arguments: [studyCase.id]) != nil {
                ids[studyCase.id] = studyCase.id
            } else if let id = try String.fetchOne(db, sql: "SELECT slug FROM studyCase WHERE name = ? OR tableLabel = ?",
                                                   arguments: [studyCase.name, studyCase.name]) {
                ids[studyCase.id] = id
            } else {
                let number = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(number) + 1, 1) FROM studyCase") ?? 1
                try db.execute(sql: """
                    INSERT INTO studyCase (guid, slug, number, name, tableLabel, sector, institutions, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [UUID.stable(from: "case|\(studyCase.id)").uuidString, studyCase.id, number, studyCase.name,
                                     studyCase.tableLabel, studyCase.sector, try StudyImporter.json(studyCase.institutions),
                                     studyCase.description])
                ids[studyCase.id] = studyCase.id
                report.addedCases.append(studyCase.name)
            }
        }
        return ids
    }

    /// Their source ids → ours.
    private func includeSources(_ sources: [Source], caseIDs: [String: String], db: Database,
                                report: inout IncludeReport) throws -> [String: String] {
        var ids: [String: String] = [:]
        for var source in sources {
            let theirID = source.id
            if let text = try String.fetchOne(db, sql: "SELECT text FROM source WHERE slug = ?", arguments: [source.id]) {
                if text == source.text {
                    ids[theirID] = theirID
                    report.unchangedSources.append(theirID)
                    continue
                }
                var number = 2
                while try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE slug = ?", arguments: ["\(theirID)-\(number)"]) != nil {
                    number += 1
                }
                source.id = "\(theirID)-\(number)"
                report.renamedSources.append(.init(from: theirID, to: source.id))
            }
            let caseID = caseIDs[source.caseID] ?? source.caseID
            guard let caseRowID = try Int64.fetchOne(db, sql: "SELECT id FROM studyCase WHERE slug = ?", arguments: [caseID]) else {
                throw ProjectError.unknownCase(caseID)
            }
            let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM source") ?? 0
            _ = try SourceWriter(db: db).insert(source, caseRowID: caseRowID, position: position)
            ids[theirID] = source.id
            report.addedSources.append(source.id)
        }
        return ids
    }
}
