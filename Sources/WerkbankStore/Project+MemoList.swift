import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Every memo of every kind, with what it belongs to: free memos (oldest first), then
    /// memos on cases (in case order), codes (codebook order), sources and codings (by source
    /// and place). One read.
    public func allMemos() throws(ProjectError) -> [MemoEntry] {
        try read { db in
            var entries: [MemoEntry] = []
            let caseNames = try Dictionary(Row.fetchAll(db, sql: "SELECT slug, name FROM studyCase").map {
                ($0["slug"] as String, $0["name"] as String)
            }, uniquingKeysWith: { first, _ in first })
            let parents = try Dictionary(Row.fetchAll(db, sql: """
                SELECT k.short, p.short AS parent FROM code k LEFT JOIN code p ON p.id = k.parentID
                """).map { ($0["short"] as String, ($0["parent"] as String?) ?? ($0["short"] as String)) },
                uniquingKeysWith: { first, _ in first })
            for memo in try FreeMemoStore(db: db).all().map(\.memo) {
                entries.append(Self.entry(memo, caseNames: caseNames, parents: parents))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT m.text, m.modified, m.targetKey, sc.name FROM memo m JOIN studyCase sc ON sc.slug = m.targetKey
                WHERE m.targetKind = 'case' ORDER BY sc.number
                """) {
                entries.append(MemoEntry(kind: .case, title: "", text: row[0], belongsTo: row[3], caseID: row[2], modified: row[1]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT m.text, m.modified, k.short, k.name FROM memo m JOIN code k ON k.short = m.targetKey
                WHERE m.targetKind = 'code' ORDER BY k.position
                """) {
                let short: String = row[2]
                entries.append(MemoEntry(kind: .code, title: "", text: row[0], belongsTo: "\(short) \(row[3] as String)",
                                         code: short, element: parents[short], modified: row[1]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT m.text, m.modified, s.slug, s.title, sc.slug FROM memo m JOIN source s ON s.slug = m.targetKey
                JOIN studyCase sc ON sc.id = s.caseID WHERE m.targetKind = 'source' ORDER BY sc.number, s.position
                """) {
                entries.append(MemoEntry(kind: .source, title: "", text: row[0], belongsTo: row[3], caseID: row[4], sourceID: row[2],
                                         modified: row[1]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT c.memo, c.modified, c.guid, c.start, c."end", k.short, d.name, s.slug, s.title, sc.slug
                FROM coding c JOIN source s ON s.id = c.sourceID JOIN studyCase sc ON sc.id = s.caseID
                JOIN code k ON k.id = c.codeID JOIN coder d ON d.id = c.coderID
                WHERE c.memo IS NOT NULL AND c.memo <> '' AND \(try PracticeLayer.excluded(db: db)) ORDER BY sc.number, s.position, c.start, c."end"
                """) {
                let short: String = row[5]
                entries.append(MemoEntry(kind: .coding, title: "", text: row[0], author: row[6],
                                         belongsTo: "\(short) in \(row[8] as String)", code: short, element: parents[short],
                                         caseID: row[9], sourceID: row[7], codingID: UUID(uuidString: row[2]),
                                         range: ScalarRange(start: row[3], end: row[4]),
                                         modified: Date(timeIntervalSince1970: row[1])))
            }
            return entries
        }
    }

    static func entry(_ memo: FreeMemo, caseNames: [String: String], parents: [String: String]) -> MemoEntry {
        var entry = MemoEntry(kind: .free, title: memo.title, text: memo.text, author: memo.author, belongsTo: "project",
                              memoID: memo.id, modified: memo.modified)
        switch memo.subject {
        case .project: break
        case .case(let slug):
            entry.caseID = slug
            entry.belongsTo = caseNames[slug] ?? slug
        case .element(let short):
            (entry.code, entry.element) = (short, parents[short] ?? short)
            entry.belongsTo = short
        case .literature(let reference):
            entry.belongsTo = reference.citation
        }
        return entry
    }
}
