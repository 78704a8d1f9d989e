import Foundation
import GRDB
import WerkbankCore

/// What merging another project brought in, and what it left alone.
public struct MergeReport: Hashable, Sendable {
    public var addedCoders: [String] = []
    public var addedCodes: [String] = []
    public var addedCodings = 0
    /// Codings already here with the same content.
    public var unchangedCodings = 0
    public var addedMemos = 0
    /// Free memos brought in by GUID (decision 50).
    public var addedFreeMemos = 0
    public var addedFindings = 0
    public var addedJudgements = 0
    public var addedConclusions = 0
    /// Attribute declarations new here, and values set where this project had none.
    public var addedAttributes: [String] = []
    public var addedAttributeValues = 0
    /// Findings, judgements and conclusions already here with the same content.
    public var unchangedSynthesis = 0
    /// Same GUID (or memo target), different content: this project's version is kept.
    public var conflicts: [String] = []
    /// Codings on sources this project does not have.
    public var skipped: [String] = []
}

extension Project {
    /// Brings in another project's coders, sub-codes, codings, memos, findings and attributes
    /// (codings, memos and findings matched by GUID, attributes by name and target), for
    /// teams that code blind in separate copies. Nothing is duplicated: merging twice adds
    /// nothing the second time. Where both have the same GUID with different content, this
    /// project's version stays and the conflict is reported. A student practising there is one
    /// here, so that their codings stay out of the normal views; the codings of a coder who
    /// practises in one project and not in the other are left out, and that is reported. A
    /// source whose text differs between the two refuses the whole merge, and nothing is
    /// written.
    public func merge(from other: Project) throws(ProjectError) -> MergeReport {
        let theirs = try other.mergeSnapshot()
        return try write { db in
            var report = MergeReport()
            let ourSources = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT slug, text FROM source").map {
                ($0["slug"] as String, $0["text"] as String)
            })
            for (slug, text) in theirs.sourceTexts.sorted(by: { $0.key < $1.key }) {
                if let ours = ourSources[slug], ours != text {
                    throw ProjectError.database(path: other.url.path, message:
                        "source `\(slug)` has a different text in the two projects; merge refused, nothing changed")
                }
            }
            try mergeContent(theirs, ourSources: ourSources, db: db, report: &report)
            return report
        }
    }

    /// Adds their coders, codes, codings and memos that are not here yet; codings of sources
    /// not in `ourSources` are skipped.
    func mergeContent(_ theirs: MergeSnapshot, ourSources: [String: String], db: Database, report: inout MergeReport) throws {
        // A student's codings are a practice layer, out of the normal views: they stay one.
        var leftOut: Set<String> = []
        for coder in theirs.coders {
            let student = theirs.students.contains(coder)
            guard let ours = try Bool.fetchOne(db, sql: "SELECT practice FROM coder WHERE name = ?", arguments: [coder]) else {
                try db.execute(sql: "INSERT INTO coder (name, practice) VALUES (?, ?)", arguments: [coder, student])
                report.addedCoders.append(coder)
                continue
            }
            if ours != student {
                leftOut.insert(coder)
                report.conflicts.append(student
                    ? "coder \(coder): a student practising in the other project, not in this one; their codings left out"
                    : "coder \(coder): a student practising in this project, not in the other; their codings left out")
            }
        }
        let ourCodes = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT k.short, p.short AS parent FROM code k LEFT JOIN code p ON p.id = k.parentID
            """).map { ($0["short"] as String, $0["parent"] as String?) })
        for code in theirs.codebook.codes {
            if let parent = ourCodes[code.short] {
                if parent != code.parent { report.conflicts.append("code \(code.short): different parent; kept this project's") }
                continue
            }
            let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM code") ?? 0) + 1
            try CodeWriter(db: db).insert(code, position: position)
            report.addedCodes.append(code.short)
        }
        let writer = CodingWriter(db: db)
        let reader = CodingReader(db: db)
        for coding in theirs.codings where !leftOut.contains(coding.coder) {
            guard ourSources[coding.sourceID] != nil else {
                report.skipped.append("coding \(coding.id.uuidString.lowercased()) on source `\(coding.sourceID)`, which this project does not have")
                continue
            }
            if let ours = try? reader.coding(coding.id) {
                if (ours.sourceID, ours.range, ours.code, ours.coder, ours.memo) == (coding.sourceID, coding.range, coding.code, coding.coder, coding.memo) {
                    report.unchangedCodings += 1
                } else {
                    report.conflicts.append("coding \(coding.id.uuidString.lowercased()) (\(coding.code), \(coding.coder)): different content; kept this project's")
                }
                continue
            }
            try writer.insert(coding)
            report.addedCodings += 1
        }
        let memos = MemoStore(db: db)
        for memo in theirs.memos {
            let ours = try memos.memo(on: memo.target)
            if ours.text == nil {
                try memos.apply(MemoSnapshot(kind: memo.target.kind, key: memo.target.key, text: memo.text))
                report.addedMemos += 1
            } else if ours.text != memo.text {
                report.conflicts.append("memo on \(memo.target.kind) \(memo.target.key): different text; kept this project's")
            }
        }
        try mergeSynthesis(theirs.synthesis, db: db, report: &report)
        try mergeFreeMemos(theirs.freeMemos, db: db, report: &report)
        try mergeAttributes(theirs.attributes, db: db, report: &report)
    }

    /// What a merge takes from a project.
    struct MergeSnapshot {
        var sourceTexts: [String: String]
        var coders: [String]
        /// The coders among ``coders`` who are students practising.
        var students: Set<String> = []
        var codebook: Codebook
        var codings: [Coding]
        var memos: [(target: MemoTarget, text: String)]
        var synthesis = Synthesis()
        var freeMemos: [FreeMemo] = []
        var attributes: [AttributeSnapshot] = []
    }

    func mergeSnapshot() throws(ProjectError) -> MergeSnapshot {
        let study = try study()
        let codings = try allCodings()
        let synthesis = try synthesis()
        let freeMemos = try freeMemos()
        let students = Set(try practiceCoders())
        return try read { db in
            let texts = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT slug, text FROM source").map {
                ($0["slug"] as String, $0["text"] as String)
            })
            let memos: [(target: MemoTarget, text: String)] = try Row.fetchAll(db, sql: "SELECT * FROM memo").compactMap { row in
                let key: String = row["targetKey"]
                let target: MemoTarget? = switch row["targetKind"] as String {
                case "code": .code(key)
                case "case": .case(key)
                case "source": .source(key)
                default: nil
                }
                return target.map { ($0, row["text"] as String) }
            }
            // Sub-codes come after their parents, so parents exist when children are added.
            let codes = study.codebook.codes.sorted { ($0.parent == nil ? 0 : 1) < ($1.parent == nil ? 0 : 1) }
            return MergeSnapshot(sourceTexts: texts, coders: study.coders.map(\.name), students: students,
                                 codebook: Codebook(groups: [CodeGroup(id: "", name: "", gloss: "", codes: codes)]),
                                 codings: codings, memos: memos, synthesis: synthesis, freeMemos: freeMemos,
                                 attributes: try Self.attributeSnapshots(db))
        }
    }
}
