import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// The hits of a search as keyword in context, by case, source and position; at most
    /// `limit` of them. `context`: words shown on each side of a hit, within its passage.
    public func searchHits(_ search: TextSearch, context: Int = 5, limit: Int? = nil) throws -> [TextHit] {
        var hits: [TextHit] = []
        try eachHit(search, limit: limit) { passage, scalars, local in
            hits.append(Self.hit(passage, scalars: scalars, local: local, context: context))
            return limit.map { hits.count < $0 } ?? true
        }
        return hits
    }

    /// The number of hits of a search per case, in case order; cases without hits left out.
    public func searchCounts(_ search: TextSearch) throws -> [SearchCaseCount] {
        var counts: [SearchCaseCount] = []
        if search.regex {
            try eachHit(search, limit: nil) { passage, _, _ in
                Self.count(passage, in: &counts)
                return true
            }
            return counts
        }
        // Only the marks are counted: no passage text is decoded.
        let expression = try search.ftsExpression()
        guard !expression.isEmpty else { return [] }
        try read { db in
            let marked = try Self.highlights(expression, db: db)
            for passage in try Self.matchingPassages(search, expression: expression, db: db) {
                let marks = marked[passage.id]?.unicodeScalars.lazy.filter { $0.value == 0xE000 }.count ?? 0
                for _ in 0..<marks { Self.count(passage, in: &counts) }
            }
        }
        return counts
    }

    private static func count(_ passage: SearchPassage, in counts: inout [SearchCaseCount]) {
        if counts.last?.caseID == passage.caseID {
            counts[counts.count - 1].hits += 1
        } else {
            counts.append(SearchCaseCount(caseID: passage.caseID, caseName: passage.caseName, hits: 1))
        }
    }

    /// Calls `body` with each hit in order (its passage, the passage's scalars, the hit within
    /// them) until it returns false.
    func eachHit(_ search: TextSearch, limit: Int?,
                 _ body: (SearchPassage, [Unicode.Scalar], ScalarRange) throws -> Bool) throws {
        if search.regex { return try eachRegexHit(search, body) }
        let expression = try search.ftsExpression()
        guard !expression.isEmpty else { return }
        try read { db in
            let passages = try Self.matchingPassages(search, expression: expression, db: db)
            // A few hits read their passages one by one; all hits read them in one pass.
            let all = limit == nil ? try Self.highlights(expression, db: db) : nil
            let one = try db.cachedStatement(sql: """
                SELECT highlight(passageIndex, 0, char(57344), char(57345)) FROM passageIndex
                WHERE passageIndex MATCH ? AND rowid = ?
                """)
            for passage in passages {
                guard let marked = try all.map({ $0[passage.id] }) ?? String.fetchOne(one, arguments: [expression, passage.id]) else { continue }
                var scalars: [Unicode.Scalar] = []
                var ranges: [ScalarRange] = []
                var open: Int?
                for scalar in marked.unicodeScalars {
                    switch scalar.value {
                    case 0xE000: open = scalars.count
                    case 0xE001: if let start = open { ranges.append(ScalarRange(start: start, end: scalars.count)) }
                    default: scalars.append(scalar)
                    }
                }
                let boundaries = ClusterBoundaries(scalars: scalars)
                for range in ranges {
                    if try !body(passage, scalars, boundaries.widened(range)) { return }
                }
            }
        }
    }

    /// Every matching passage's text with the matches between U+E000 and U+E001, by row id.
    private static func highlights(_ expression: String, db: Database) throws -> [Int64: String] {
        var marked: [Int64: String] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT rowid, highlight(passageIndex, 0, char(57344), char(57345)) FROM passageIndex WHERE passageIndex MATCH ?
            """, arguments: [expression])
        while let row = try cursor.next() { marked[row[0]] = row[1] }
        return marked
    }

    /// The passages matching, filtered and in order of case, source and start.
    private static func matchingPassages(_ search: TextSearch, expression: String, db: Database) throws -> [SearchPassage] {
        let (filters, arguments) = sourceFilters(search)
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.start, p."end", s.id AS sourceRowID, s.slug, s.title, s.caseID, sc.slug AS caseSlug, sc.name AS caseName,
                   (SELECT t.speaker FROM turn t WHERE t.sourceID = p.sourceID AND t.start <= p.start ORDER BY t.start DESC LIMIT 1) AS speaker
            FROM passageIndex JOIN passage p ON p.id = passageIndex.rowid JOIN source s ON s.id = p.sourceID
            JOIN studyCase sc ON sc.id = s.caseID
            WHERE passageIndex MATCH ?\(filters.map { " AND " + $0 }.joined())
            ORDER BY sc.number, s.position, p.start
            """, arguments: [expression] + arguments)
        let roles = try participantRoles(db)
        return rows.compactMap { row in
            let passage = SearchPassage(row, roles: roles)
            return search.roles.isEmpty || passage.role.map(search.roles.contains) == true ? passage : nil
        }
    }

    static func sourceFilters(_ search: TextSearch) -> ([String], StatementArguments) {
        var filters: [String] = []
        var arguments: StatementArguments = []
        func add(_ column: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            filters.append("\(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
            arguments += StatementArguments(values)
        }
        add("sc.slug", search.caseIDs)
        add("s.kind", search.kinds.map(\.rawValue))
        return (filters, arguments)
    }

    /// Roles by case row id and speaker.
    static func participantRoles(_ db: Database) throws -> [String: String] {
        var roles: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT caseID, speaker, role FROM participant") {
            roles["\(row[0] as Int64)\u{1F}\(row[1] as String)"] = row[2]
        }
        return roles
    }

    private static func hit(_ passage: SearchPassage, scalars: [Unicode.Scalar], local: ScalarRange, context: Int) -> TextHit {
        func text(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(slice)) }
        let before = text(scalars[..<local.start]).split(whereSeparator: \.isWhitespace).suffix(context).joined(separator: " ")
        let after = text(scalars[local.end...]).split(whereSeparator: \.isWhitespace).prefix(context).joined(separator: " ")
        return TextHit(caseID: passage.caseID, caseName: passage.caseName, sourceID: passage.sourceID, sourceTitle: passage.sourceTitle,
                       speaker: passage.speaker, role: passage.role,
                       range: ScalarRange(start: passage.range.start + local.start, end: passage.range.start + local.end),
                       passage: passage.range, before: before, match: text(scalars[local.start..<local.end]), after: after)
    }
}

/// A passage (turn or paragraph) with a hit, and where it belongs.
struct SearchPassage {
    var id: Int64
    var range: ScalarRange
    var sourceRowID: Int64
    var sourceID: String
    var sourceTitle: String
    var caseID: String
    var caseName: String
    var speaker: String?
    var role: String?

    init(_ row: Row, roles: [String: String]) {
        id = row["id"]
        range = ScalarRange(start: row["start"], end: row["end"])
        sourceRowID = row["sourceRowID"]
        sourceID = row["slug"]
        sourceTitle = row["title"]
        caseID = row["caseSlug"]
        caseName = row["caseName"]
        speaker = row["speaker"]
        role = speaker.flatMap { roles["\(row["caseID"] as Int64)\u{1F}\($0)"] }
    }

    init(id: Int64, range: ScalarRange, sourceRowID: Int64, sourceID: String, sourceTitle: String, caseID: String,
         caseName: String, speaker: String?, role: String?) {
        (self.id, self.range, self.sourceRowID, self.sourceID, self.sourceTitle) = (id, range, sourceRowID, sourceID, sourceTitle)
        (self.caseID, self.caseName, self.speaker, self.role) = (caseID, caseName, speaker, role)
    }
}
