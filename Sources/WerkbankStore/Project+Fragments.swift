import Foundation
import GRDB
import WerkbankCore

/// The number of fragments of one code in one case.
public struct CodeCaseCount: Hashable, Sendable {
    public var code: String
    public var caseID: String
    public var fragments: Int
}

/// A search hit: the passage (turn or paragraph) that matches, with the matches marked.
public struct SearchHit: Hashable, Sendable {
    public var sourceID: String
    public var range: ScalarRange
    /// An excerpt around the matches, each match between `[` and `]`.
    public var snippet: String
}

extension Project {
    /// Fragments matching the filter, by case, source and start, each with its speaker, role
    /// and quoted text; with empty quotes when not `quotes` (reading them walks each source's
    /// text, which a caller that quotes a few of many fragments can leave out).
    public func fragments(_ filter: FragmentFilter = FragmentFilter(), limit: Int? = nil,
                          quotes withQuotes: Bool = true) throws(ProjectError) -> [Fragment] {
        try read { db in
            guard let limit else {
                var fragments: [Fragment] = []
                try FragmentStream(db: db, filter: filter, quotes: withQuotes).forEach { fragments.append($0) }
                return fragments
            }
            let rows: [Row]
            // Roles and combinations join what the walk would run again for every batch.
            if limit >= 0, filter.roles.isEmpty, filter.combinations.isEmpty {
                rows = try Self.firstFragmentRows(filter, limit: limit, db: db)
            } else {
                guard let (sql, arguments) = try Self.fragmentQuery(filter, limit: limit, db: db) else { return [] }
                rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            }
            // By position, after CodingReader's columns (see CodingReader.coding(from:)).
            let at = CodingReader.columnCount
            let quotes = withQuotes
                ? try Self.quotesAndPages(of: rows.map { ($0[at + 6], ScalarRange(start: $0[2], end: $0[3])) }, db: db)
                : Array(repeating: (quote: "", page: nil), count: rows.count)
            return zip(rows, quotes).map { row, quote in Self.fragment(row, quote: quote.quote, page: quote.page) }
        }
    }

    /// `fragments` with their quotes and pages, as ``fragments(_:limit:quotes:)`` gives them:
    /// for fragments read without, a few at a time (those on screen of a long list).
    public func quoted(_ fragments: [Fragment]) throws(ProjectError) -> [Fragment] {
        try read { db in
            var sourceRowIDs: [String: Int64] = [:]
            let statement = try db.cachedStatement(sql: "SELECT id FROM source WHERE slug = ?")
            var ranges: [(source: Int64, range: ScalarRange)] = []
            ranges.reserveCapacity(fragments.count)
            for fragment in fragments {
                let slug = fragment.coding.sourceID
                if sourceRowIDs[slug] == nil {
                    guard let rowID = try Int64.fetchOne(statement, arguments: [slug]) else { throw ProjectError.unknownSource(slug) }
                    sourceRowIDs[slug] = rowID
                }
                ranges.append((sourceRowIDs[slug]!, fragment.coding.range))
            }
            return zip(fragments, try Self.quotesAndPages(of: ranges, db: db)).map { fragment, quote in
                var quoted = fragment
                (quoted.quote, quoted.page) = quote
                return quoted
            }
        }
    }

    /// The fragment of a row of ``fragmentQuery(_:limit:sources:db:)``, with the page it starts
    /// on where its source has pages.
    static func fragment(_ row: Row, quote: String, page: Int? = nil) -> Fragment {
        // By position, after CodingReader's columns (see CodingReader.coding(from:)).
        let at = CodingReader.columnCount
        return Fragment(coding: CodingReader.coding(from: row), caseID: row[at], caseName: row[at + 1],
                        sourceTitle: row[at + 2], sourceKind: SourceKind(rawValue: row[at + 3]) ?? .document,
                        speaker: row[at + 4], role: row[at + 5], quote: quote, page: page)
    }

    /// The rows of the first `limit` fragments: sources are taken in study order, a few and then
    /// more at a time, until there are enough (decision 60). Sorting every matching coding
    /// for the first page grew with the corpus (13.7× at 10×); this reads as many sources as
    /// the page needs. Sources that tie on case and position stay in one batch, so the order
    /// is ``fragmentQuery(_:limit:sources:db:)``'s.
    static func firstFragmentRows(_ filter: FragmentFilter, limit: Int, db: Database) throws -> [Row] {
        // From the index on (caseID, position): the sources' rows, which hold their texts, are not read.
        let order = try Row.fetchAll(db, sql: """
            SELECT s.id, sc.number, s.position FROM source s JOIN studyCase sc ON sc.id = s.caseID ORDER BY sc.number, s.position
            """)
        var rows: [Row] = []
        var next = 0
        var batch = 16
        while rows.count < limit, next < order.count {
            var end = min(order.count, next + batch)
            while end < order.count, order[end][1] as Int == order[end - 1][1] as Int, order[end][2] as Int == order[end - 1][2] as Int {
                end += 1
            }
            let ids: [Int64] = order[next..<end].map { $0[0] }
            guard let (sql, arguments) = try fragmentQuery(filter, limit: limit - rows.count, sources: ids, db: db) else { return [] }
            rows += try Row.fetchAll(db, sql: sql, arguments: arguments)
            next = end
            batch *= 4
        }
        return rows
    }

    /// The query of the fragments matching `filter`, in order (by case, source and start; so a
    /// source's fragments come together, by start), of the sources with row ids `sources`
    /// when given; `nil` when none can match.
    static func fragmentQuery(_ filter: FragmentFilter, limit: Int?, sources: [Int64]? = nil,
                              db: Database) throws -> (String, StatementArguments)? {
        guard case (var conditions, let arguments, _)? = try fragmentConditions(filter, roleAlias: "f", db: db) else { return nil }
        if let sources { conditions.insert("c.sourceID IN (\(sources.map(String.init).joined(separator: ", ")))", at: 0) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let order = "ORDER BY sc.number, s.position, c.start, c.\"end\", k.position"
        // A coding's speaker (the speaker of the last turn starting at or before it) is kept
        // with the coding.
        let speakers = """
            SELECT c.id AS codingID, c.speaker, p.role
            FROM coding c JOIN source s ON s.id = c.sourceID
            LEFT JOIN participant p ON p.caseID = s.caseID AND p.speaker = c.speaker
            """
        // Choose (and limit) the codings first; speakers and quotes are then worked out for
        // the chosen ones only, unless a role filter needs the speakers to choose.
        let needsSpeakers = !filter.roles.isEmpty
        let chosen = """
            SELECT c.id FROM coding c JOIN source s ON s.id = c.sourceID JOIN studyCase sc ON sc.id = s.caseID
            JOIN code k ON k.id = c.codeID JOIN coder d ON d.id = c.coderID
            \(needsSpeakers ? "JOIN (\(speakers)) f ON f.codingID = c.id" : "")
            \(whereClause) \(order) \(limit.map { "LIMIT \($0)" } ?? "")
            """
        let sql = """
            WITH chosen AS (\(chosen))
            SELECT \(CodingReader.columns), sc.slug AS caseSlug, sc.name AS caseName, s.title, s.kind, c.speaker, p.role,
                   c.sourceID AS sourceRowID
            FROM chosen ch CROSS JOIN coding c ON c.id = ch.id
            JOIN source s ON s.id = c.sourceID JOIN code k ON k.id = c.codeID JOIN coder d ON d.id = c.coderID
            JOIN studyCase sc ON sc.id = s.caseID
            LEFT JOIN participant p ON p.caseID = s.caseID AND p.speaker = c.speaker
            \(order)
            """
        return (sql, arguments)
    }

    /// The text of each range of a source (by row id), in the order given.
    static func quotes(of ranges: [(source: Int64, range: ScalarRange)], db: Database) throws -> [String] {
        try quotesAndPages(of: ranges, db: db).map(\.quote)
    }

    /// The text of each range of a source (by row id), in the order given, with the page it
    /// starts on when its source has pages (``Source/pageBreak``). Each source's text is read
    /// once and walked once from one start to the next: `substr` in SQL walked from the
    /// beginning of the text for every coding, which took seconds for all 100,000. The walk
    /// counts scalars over the text's UTF-8 (a scalar starts at every byte that is not
    /// `10xxxxxx`), several times faster than stepping through `unicodeScalars`; page breaks
    /// are counted on the way.
    static func quotesAndPages(of ranges: [(source: Int64, range: ScalarRange)], db: Database) throws -> [(quote: String, page: Int?)] {
        var quotes: [(quote: String, page: Int?)] = Array(repeating: ("", nil), count: ranges.count)
        let bySource = Dictionary(grouping: ranges.indices, by: { ranges[$0].source })
        let statement = try db.cachedStatement(sql: "SELECT text FROM source WHERE id = ?")
        for (source, indices) in bySource {
            guard var text = try String.fetchOne(statement, arguments: [source]) else { continue }
            let sorted = indices.sorted(by: { ranges[$0].range.start < ranges[$1].range.start })
            text.withUTF8 { bytes in
                let hasPages = bytes.contains(0x0C)
                var breaks = 0
                // Page breaks before a start, counted on the way to it (see UTF8Walk).
                func advance(_ from: Int, by n: Int, countingBreaks: Bool = false) -> Int? {
                    guard let index = UTF8Walk.advance(bytes, from: from, by: n) else { return nil }
                    if countingBreaks { for at in from..<index where bytes[at] == 0x0C { breaks += 1 } }
                    return index
                }
                var position = (offset: 0, index: 0)
                for at in sorted {
                    let range = ranges[at].range
                    guard let start = advance(position.index, by: range.start - position.offset, countingBreaks: hasPages),
                          let end = advance(start, by: range.end - range.start) else { continue }
                    position = (range.start, start)
                    quotes[at] = (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                                  hasPages ? breaks + 1 : nil)
                }
            }
        }
        return quotes
    }

    /// Fragments per code and case, optionally for some coders only; codes and cases without
    /// fragments are left out.
    /// Students' practice codings count only for a coder named in `coders`.
    public func codeCaseCounts(coders: [String] = []) throws(ProjectError) -> [CodeCaseCount] {
        try read { db in
            // Counted per source and code on the covering index alone, then summed per case
            // here: joining each source and code row to its case made SQLite read every
            // source's row (10,000 pages at 10×), and sort the sums.
            let sql = "SELECT sourceID, codeID, COUNT(*) FROM coding\(try Self.coderFilter(coders, db: db)) GROUP BY sourceID, codeID"
            let caseOfSource: [Int64: Int64] = try Self.pairs(db, "SELECT id, caseID FROM source")
            var counts: [SIMD2<Int64>: Int] = [:]
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(coders))
            while let row = try cursor.next() {
                guard let caseID = caseOfSource[row[0]] else { continue }
                counts[SIMD2(row[1], caseID), default: 0] += row[2] as Int
            }
            var codes: [Int64: (short: String, position: Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, short, position FROM code") { codes[row[0]] = (row[1], row[2]) }
            var cases: [Int64: (slug: String, number: Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, slug, number FROM studyCase") { cases[row[0]] = (row[1], row[2]) }
            return counts.compactMap { key, count -> (order: (Int, Int, Int64, Int64), count: CodeCaseCount)? in
                guard let code = codes[key.x], let studyCase = cases[key.y] else { return nil }
                return ((code.position, studyCase.number, key.x, key.y), CodeCaseCount(code: code.short, caseID: studyCase.slug, fragments: count))
            }
            .sorted { $0.order < $1.order }
            .map(\.count)
        }
    }

    /// The `WHERE` clause (with its leading space) that keeps the codings of `coders`, bound as
    /// arguments in that order, or without coders every coding but students' practice.
    static func coderFilter(_ coders: [String], db: Database) throws -> String {
        guard coders.isEmpty else {
            return " WHERE coderID IN (SELECT id FROM coder WHERE name IN (\(Array(repeating: "?", count: coders.count).joined(separator: ", "))))"
        }
        return try " WHERE " + PracticeLayer.excluded("coding", db: db)
    }

    /// Full-text search over turns and paragraphs, best matches first. Diacritics and case
    /// do not matter (`clienten` finds `Cliënten`); each word must occur; a word ending in `*`
    /// matches as a prefix.
    public func search(_ text: String, limit: Int = 50) throws(ProjectError) -> [SearchHit] {
        let query = Self.ftsQuery(text)
        guard !query.isEmpty else { return [] }
        return try read { db in
            // Ranking scores every match; for a word found in thousands of turns that costs more
            // than the answer is worth, so such hits come in text order instead.
            // Counted no further than the limit: counting every match grew with the corpus.
            let matches = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM passageIndex WHERE passageIndex MATCH ? LIMIT ?)",
                                           arguments: [query, Self.rankedSearchLimit + 1]) ?? 0
            let order = matches <= Self.rankedSearchLimit ? "ORDER BY rank" : ""
            return try Row.fetchAll(db, sql: """
                SELECT s.slug, p.start, p."end", snippet(passageIndex, 0, '[', ']', '…', 16) AS snippet
                FROM passageIndex JOIN passage p ON p.id = passageIndex.rowid JOIN source s ON s.id = p.sourceID
                WHERE passageIndex MATCH ? \(order) LIMIT ?
                """, arguments: [query, limit]).map {
                SearchHit(sourceID: $0["slug"], range: ScalarRange(start: $0["start"], end: $0["end"]), snippet: $0["snippet"])
            }
        }
    }

    /// Up to this many matches, search hits are ordered by relevance (bm25).
    static let rankedSearchLimit = 5_000

    /// The words of a user's search as an FTS5 query: each word quoted (so that FTS5 syntax
    /// in the words is taken literally), a trailing `*` kept as a prefix search.
    static func ftsQuery(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).compactMap { word -> String? in
            let prefix = word.hasSuffix("*")
            let bare = word.filter { $0 != "\"" && $0 != "*" }
            guard !bare.isEmpty else { return nil }
            return "\"\(bare)\"" + (prefix ? "*" : "")
        }.joined(separator: " ")
    }
}
