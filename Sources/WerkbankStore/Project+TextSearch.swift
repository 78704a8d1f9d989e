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
        let expression = try search.ftsExpression()
        guard !expression.isEmpty else { return [] }
        if let counts = try termCounts(search, expression: expression) { return counts }
        // Otherwise the marks of every matching passage are counted (from the index's
        // positions, as `highlight()` would place them, without reading any text).
        if search.roles.isEmpty { return try markCounts(search, expression: expression) }
        try read { db in
            let marked = try Self.markCounts(expression, db: db)
            let (matches, resolve) = try Self.matches(search, expression: expression, db: db)
            for match in matches {
                guard let marks = marked[match.id], marks > 0, let passage = try resolve(match) else { continue }
                if counts.last?.caseID == passage.caseID {
                    counts[counts.count - 1].hits += marks
                } else {
                    counts.append(SearchCaseCount(caseID: passage.caseID, caseName: passage.caseName, hits: marks))
                }
            }
        }
        return counts
    }

    /// The marks per case of an expression without a role filter: summed per source in SQL,
    /// no speaker looked up and nothing sorted but the cases.
    func markCounts(_ search: TextSearch, expression: String) throws -> [SearchCaseCount] {
        try read { db in
            let (filters, arguments) = Self.sourceFilters(search)
            var cases: [Int64: (number: Int64, slug: String, name: String)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.id, sc.number, sc.slug AS caseSlug, sc.name AS caseName FROM source s JOIN studyCase sc ON sc.id = s.caseID
                \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
                """, arguments: arguments) {
                cases[row["id"]] = (row["number"], row["caseSlug"], row["caseName"])
            }
            var marksBySource: [Int64: Int] = [:]
            let statement = try db.makeStatement(sql: """
                SELECT p.sourceID, \(FTSMarkCount.name)(passageIndex) FROM passageIndex JOIN passage p ON p.id = passageIndex.rowid
                WHERE passageIndex MATCH ?
                """)
            statement.arguments = [expression]
            try RawRows(statement, db: db).forEach { columns in marksBySource[columns.int64(0), default: 0] += Int(columns.int64(1)) }
            var counts: [Int64: (slug: String, name: String, hits: Int)] = [:]
            for (source, marks) in marksBySource where marks > 0 {
                guard let found = cases[source] else { continue }
                counts[found.number, default: (found.slug, found.name, 0)].hits += marks
            }
            return counts.sorted { $0.key < $1.key }.map { SearchCaseCount(caseID: $0.value.slug, caseName: $0.value.name, hits: $0.value.hits) }
        }
    }

    /// The number of marks in every matching passage, by row id.
    private static func markCounts(_ expression: String, db: Database) throws -> [Int64: Int] {
        var marks: [Int64: Int] = [:]
        let statement = try db.makeStatement(sql: """
            SELECT rowid, \(FTSMarkCount.name)(passageIndex) FROM passageIndex WHERE passageIndex MATCH ?
            """)
        statement.arguments = [expression]
        try RawRows(statement, db: db).forEach { columns in marks[columns.int64(0)] = Int(columns.int64(1)) }
        return marks
    }

    private static func count(_ passage: SearchPassage, in counts: inout [SearchCaseCount]) {
        if counts.last?.caseID == passage.caseID {
            counts[counts.count - 1].hits += 1
        } else {
            counts.append(SearchCaseCount(caseID: passage.caseID, caseName: passage.caseName, hits: 1))
        }
    }

    /// The passages matching, filtered and in order of case, source and start, as matches to
    /// resolve into passages with `resolve` (which answers nil for a passage of another role).
    /// The sources are read once and the matches sorted here: sorting them in SQL joined every
    /// match to its source and case first, which cost five times as much for a word in 20,000 turns.
    static func matches(_ search: TextSearch, expression: String, db: Database) throws
        -> (matches: [SearchMatch], resolve: (SearchMatch) throws -> SearchPassage?) {
        let (filters, arguments) = sourceFilters(search)
        var sources: [Int64: SearchSource] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT s.id, s.slug, s.title, s.caseID, s.position, sc.slug AS caseSlug, sc.name AS caseName, sc.number
            FROM source s JOIN studyCase sc ON sc.id = s.caseID
            \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
            """, arguments: arguments) {
            sources[row["id"]] = SearchSource(slug: row["slug"], title: row["title"], caseRowID: row["caseID"], caseID: row["caseSlug"],
                                              caseName: row["caseName"], order: SIMD2(row["number"], row["position"]))
        }
        var matches: [SearchMatch] = []
        let statement = try db.makeStatement(sql: """
            SELECT p.id, p.sourceID, p.start, p."end" FROM passageIndex JOIN passage p ON p.id = passageIndex.rowid
            WHERE passageIndex MATCH ?
            """)
        statement.arguments = [expression]
        // Tens of thousands of rows of four integers: read from SQLite's columns directly
        // (a GRDB row per match cost more than the query).
        var packable = true
        try RawRows(statement, db: db).forEach { columns in
            let sourceRowID = columns.int64(1)
            guard let source = sources[sourceRowID] else { return }
            let match = SearchMatch(order: SIMD3(source.order.x, source.order.y, columns.int64(2)), id: columns.int64(0),
                                    end: Int(columns.int64(3)), source: sourceRowID)
            packable = packable && match.packable
            matches.append(match)
        }
        // Case numbers, positions and offsets of any real study fit in one 64-bit key, which
        // sorts tens of thousands of matches faster than comparing three fields.
        if packable {
            matches.sort { $0.packed < $1.packed }
        } else {
            matches.sort { a, b in
                a.order.x != b.order.x ? a.order.x < b.order.x : a.order.y != b.order.y ? a.order.y < b.order.y : a.order.z < b.order.z
            }
        }
        let roles = try participantRoles(db)
        let speakers = try db.cachedStatement(sql: "SELECT speaker FROM turn WHERE sourceID = ? AND start <= ? ORDER BY start DESC LIMIT 1")
        let wanted = Set(search.roles)
        let where_ = try AttributeStore(db: db).matcher(search.attributes)
        // Speakers are looked up only for the passages a caller reaches.
        return (matches, { match in
            let source = sources[match.source]!
            let start = Int(match.order.z)
            let speaker = try String.fetchOne(speakers, arguments: [match.source, start])
            let role = speaker.flatMap { roles["\(source.caseRowID)\u{1F}\($0)"] }
            guard wanted.isEmpty || role.map(wanted.contains) == true,
                  where_.isEmpty || where_.matches(caseID: source.caseID, sourceID: source.slug, speaker: speaker) else { return nil }
            return SearchPassage(id: match.id, range: ScalarRange(start: start, end: match.end), sourceRowID: match.source,
                                 sourceID: source.slug, sourceTitle: source.title, caseID: source.caseID, caseName: source.caseName,
                                 speaker: speaker, role: role)
        })
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

/// A source as search needs it, with its place in the order of hits (case number, position).
struct SearchSource {
    var slug: String
    var title: String
    var caseRowID: Int64
    var caseID: String
    var caseName: String
    var order: SIMD2<Int64>
}

/// A matching passage before it is resolved: its place in the order of hits (case number,
/// source position, start), row id, end and source row id.
struct SearchMatch {
    var order: SIMD3<Int64>
    var id: Int64
    var end: Int
    var source: Int64

    /// Whether ``packed`` keeps the order: case number below 2¹², position below 2¹⁶, start
    /// below 2³⁶.
    var packable: Bool {
        order.x >= 0 && order.x < 1 << 12 && order.y >= 0 && order.y < 1 << 16 && order.z >= 0 && order.z < 1 << 36
    }

    /// The order as one key (when ``packable``).
    var packed: UInt64 { UInt64(order.x) << 52 | UInt64(order.y) << 36 | UInt64(order.z) }
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

    init(id: Int64, range: ScalarRange, sourceRowID: Int64, sourceID: String, sourceTitle: String, caseID: String,
         caseName: String, speaker: String?, role: String?) {
        (self.id, self.range, self.sourceRowID, self.sourceID, self.sourceTitle) = (id, range, sourceRowID, sourceID, sourceTitle)
        (self.caseID, self.caseName, self.speaker, self.role) = (caseID, caseName, speaker, role)
    }
}
