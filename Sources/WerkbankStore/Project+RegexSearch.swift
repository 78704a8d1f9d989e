import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// The hits of a regular expression, source by source: case-insensitive, on whole
    /// characters (Swift's `Regex` over `String`), so that no hit splits a character.
    func eachRegexHit(_ search: TextSearch, _ body: (SearchPassage, [Unicode.Scalar], ScalarRange) throws -> Bool) throws {
        let regex: Regex<AnyRegexOutput>
        do {
            regex = try Regex(search.query).ignoresCase()
        } catch {
            throw SearchQueryError(query: search.query, position: 0, problem: "not a regular expression (\(error))")
        }
        let (filters, arguments) = Self.sourceFilters(search)
        try read { db in
            let roles = try Self.participantRoles(db)
            let where_ = try AttributeStore(db: db).matcher(search.attributes)
            let sources = try Row.fetchCursor(db, sql: """
                SELECT s.id, s.slug, s.title, s.caseID, sc.slug AS caseSlug, sc.name AS caseName, s.text
                FROM source s JOIN studyCase sc ON sc.id = s.caseID
                \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
                ORDER BY sc.number, s.position
                """, arguments: arguments)
            let passageStatement = try db.cachedStatement(sql: "SELECT start, \"end\" FROM passage WHERE sourceID = ? ORDER BY start")
            let turnStatement = try db.cachedStatement(sql: "SELECT start, speaker FROM turn WHERE sourceID = ? ORDER BY start")
            while let source = try sources.next() {
                let text: String = source["text"]
                let sourceRowID: Int64 = source["id"]
                let caseRowID: Int64 = source["caseID"]
                let passages = try Row.fetchAll(passageStatement, arguments: [sourceRowID]).map { ScalarRange(start: $0[0], end: $0[1]) }
                let turns = try Row.fetchAll(turnStatement, arguments: [sourceRowID]).map { (start: $0[0] as Int, speaker: $0[1] as String) }
                let scalars = Array(text.unicodeScalars)
                var position = (offset: 0, index: text.startIndex)
                for match in text.matches(of: regex) where !match.range.isEmpty {
                    let start = position.offset + text.unicodeScalars.distance(from: position.index, to: match.range.lowerBound)
                    let end = start + text.unicodeScalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
                    position = (start, match.range.lowerBound)
                    let passage = passages.last { $0.start <= start && start < $0.end } ?? ScalarRange(start: start, end: end)
                    let speaker = turns.last { $0.start <= passage.start }?.speaker
                    let role = speaker.flatMap { roles["\(caseRowID)\u{1F}\($0)"] }
                    guard search.roles.isEmpty || role.map(search.roles.contains) == true,
                          where_.isEmpty || where_.matches(caseID: source["caseSlug"], sourceID: source["slug"], speaker: speaker) else { continue }
                    let found = SearchPassage(id: 0, range: passage, sourceRowID: sourceRowID, sourceID: source["slug"],
                                              sourceTitle: source["title"], caseID: source["caseSlug"], caseName: source["caseName"],
                                              speaker: speaker, role: role)
                    // A hit reaching past its passage is cut at the passage's end.
                    let local = ScalarRange(start: start - passage.start, end: min(end, passage.end) - passage.start)
                    if try !body(found, Array(scalars[passage.start..<passage.end]), local) { return }
                }
            }
        }
    }
}
