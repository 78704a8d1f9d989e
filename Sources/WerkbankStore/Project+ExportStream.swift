import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// What an export needs before its sources: the study without sources and codings (with
    /// findings and free memos), the memos, and each source's id and case in the order
    /// ``forEachSource(_:)`` gives them (by case and position, as ``snapshot()``).
    public func exportOutline() throws(ProjectError) -> (snapshot: ProjectSnapshot, sources: [(id: String, caseID: String)]) {
        var study = try study()
        study.synthesis = try synthesis()
        study.memos = try freeMemos()
        let sources = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.slug, sc.slug FROM source s JOIN studyCase sc ON sc.id = s.caseID ORDER BY sc.number, s.position
                """).map { (id: $0[0] as String, caseID: $0[1] as String) }
        }
        return (ProjectSnapshot(study: study, memos: try memos()), sources)
    }

    /// Every source with its text, participants and turns, and its codings, one source at a
    /// time in one read transaction (decision 57): an export holds one source, not the project.
    /// Sources come as in ``allSources()``; a source's codings in ``allCodings()``'s order.
    /// An error thrown by `body` ends the walk and is rethrown as it is.
    /// Students' practice codings are left out (decision 61).
    public func forEachSource(_ body: (Source, [Coding]) throws -> Void) throws {
        try forEachSource(includePractice: false, body)
    }

    /// ``forEachSource(_:)``, with students' practice codings when `includePractice`.
    public func forEachSource(includePractice: Bool, _ body: (Source, [Coding]) throws -> Void) throws {
        var failure: Error?
        try read { db in
            let slugs = try String.fetchAll(db, sql: """
                SELECT s.slug FROM source s JOIN studyCase sc ON sc.id = s.caseID ORDER BY sc.number, s.position
                """)
            let practice = includePractice ? "" : try " AND " + PracticeLayer.excluded(db: db)
            let codings = try db.cachedStatement(sql: """
                SELECT \(CodingReader.columns) \(CodingReader.joins) WHERE s.slug = ?\(practice)
                ORDER BY s.position, c.start, c."end", k.position
                """)
            for slug in slugs {
                guard let source = try Self.wholeSources(db, slug: slug).first else { continue }
                let rows = try Row.fetchAll(codings, arguments: [slug]).map(CodingReader.coding)
                do {
                    try body(source, rows)
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
    }
}
