import Foundation
import GRDB
import WerkbankCore

/// The fragments matching a filter in the order of ``Project/fragmentQuery(_:limit:sources:db:)``
/// (by case number, source position, start, end and code position), read a batch of sources
/// at a time (decision 63).
///
/// The one query of all fragments looked up the source, case, code and coder of every coding
/// in SQLite, twice, and sorted whole rows: most of `fragments --code LOS` (13,500 of 100,000
/// codings). Here only the codings' own columns are read, joined to other tables only where
/// the filter's conditions need them; the few cases, codes, coders and participants are read
/// once, and each batch is sorted in Swift. A batch's codings are read by row id, in the order
/// they lie in the file: by source they lie anywhere, and reading them so read every page of
/// the table six times over (SQLite's cache holds a quarter of it).
struct FragmentStream {
    let db: Database
    let filter: FragmentFilter
    /// Whether fragments carry their quotes (and pages); reading them reads the texts.
    let quotes: Bool
    /// About how many codings one batch reads (and holds) at most; `nil`: all at once.
    var codingsPerBatch: Int?

    /// The batch of ``Project/forEachFragment(_:inOnePass:_:)``.
    static let defaultCodingsPerBatch = 8_192

    private struct CaseRow { var slug: String, name: String, number: Int }
    private struct SourceRow { var id: Int64, caseID: Int64, position: Int }
    private struct Speaker: Hashable { var caseID: Int64, name: String }

    /// One coding read, waiting for its turn in the batch's order.
    private struct Entry {
        var rank: Int
        var start: Int
        var end: Int
        var codePosition: Int
        var rowID: Int64
        var coderID: Int64
        var sourceID: Int64
        var caseID: Int64
        var guid: UUID
        var codeID: Int64
        var memo: String?
        var created: Double
        var modified: Double
        var speaker: String?
    }

    /// Hands every fragment to `body` in order.
    func forEach(_ body: (Fragment) throws -> Void) throws {
        guard let (conditions, arguments, tables) = try Project.fragmentConditions(filter, roleAlias: "f", db: db) else { return }
        var joins = ""
        if !tables.isEmpty { joins += " JOIN source s ON s.id = c.sourceID JOIN studyCase sc ON sc.id = s.caseID" }
        if tables.contains(.coder) { joins += " JOIN coder d ON d.id = c.coderID" }
        if tables.contains(.role) { joins += " JOIN participant f ON f.caseID = s.caseID AND f.speaker = c.speaker" }
        // Codings that tie on every key came in the order SQLite read them, which its plan chose
        // (decision 63): through the (source, code, coder, speaker) index, so by coder and
        // speaker, unless codes were asked for in any source or code combinations at all,
        // then through the code index or the table, by row id. Kept, so that every output
        // stays byte for byte the same.
        let byCoder = filter.combinations.isEmpty && (filter.codes.isEmpty || !filter.sourceIDs.isEmpty)

        var codes: [Int64: (short: String, position: Int)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, short, position FROM code") { codes[row[0]] = (row[1], row[2]) }
        var coders: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM coder") { coders[row[0]] = row[1] }
        var cases: [Int64: CaseRow] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, slug, name, number FROM studyCase") {
            cases[row[0]] = CaseRow(slug: row[1], name: row[2], number: row[3])
        }
        var roles: [Speaker: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT caseID, speaker, role FROM participant") {
            roles[Speaker(caseID: row[0], name: row[1])] = row[2]
        }
        // From the index on (caseID, position): the sources' rows, which hold their texts, are not read.
        var order: [SourceRow] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, caseID, position FROM source") {
            let source = SourceRow(id: row[0], caseID: row[1], position: row[2])
            if cases[source.caseID] != nil { order.append(source) }
        }
        func key(_ source: SourceRow) -> (Int, Int) { (cases[source.caseID]!.number, source.position) }
        order.sort { key($0) < key($1) }
        var codingCounts: [Int64: Int] = [:]
        if codingsPerBatch != nil {
            for row in try Row.fetchAll(db, sql: "SELECT sourceID, COUNT(*) FROM coding GROUP BY sourceID") { codingCounts[row[0]] = row[1] }
        }

        var texts = SourceTexts(db: db, quotes: quotes)
        var next = 0
        var rank = 0
        while next < order.count {
            // Sources that tie on case and position stay in one batch: their codings mix.
            var end = next + 1
            var batchCodings = codingCounts[order[next].id] ?? 0
            while end < order.count {
                let tied = key(order[end]) == key(order[end - 1])
                if !tied, let limit = codingsPerBatch, batchCodings + (codingCounts[order[end].id] ?? 0) > limit { break }
                batchCodings += codingCounts[order[end].id] ?? 0
                end += 1
            }
            var ranks: [Int64: (rank: Int, caseID: Int64)] = [:]
            for index in next..<end {
                if index > next, key(order[index]) != key(order[index - 1]) { rank += 1 }
                ranks[order[index].id] = (rank, order[index].caseID)
            }
            rank += 1
            let inBatch = next == 0 && end == order.count
                ? "" : "c.sourceID IN (\(order[next..<end].map { String($0.id) }.joined(separator: ", ")))"
            next = end

            // The chosen row ids are looked up in ascending order (SQLite walks an IN list sorted).
            let chosen = ([inBatch].filter { !$0.isEmpty } + conditions).joined(separator: " AND ")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.id, c.sourceID, c.start, c."end", c.codeID, c.coderID, c.guid, c.memo, c.created, c.modified, c.speaker
                FROM coding c WHERE c.id IN (SELECT c.id FROM coding c\(joins)\(chosen.isEmpty ? "" : " WHERE " + chosen))
                """, arguments: arguments)
            var entries: [Entry] = []
            // Room for the batch at once: growing by doubling held both buffers at the peak.
            entries.reserveCapacity(codingsPerBatch == nil ? 0 : batchCodings)
            while let row = try rows.next() {
                // Inner joins in the query of all fragments: a coding without its code, coder or
                // source in a case is left out.
                guard let code = codes[row[4]], coders[row[5]] != nil, let source = ranks[row[1]] else { continue }
                entries.append(Entry(rank: source.rank, start: row[2], end: row[3], codePosition: code.position, rowID: row[0],
                                     coderID: row[5], sourceID: row[1], caseID: source.caseID,
                                     guid: try row.withUnsafeData(atIndex: 6) { CodingReader.uuid(bytes: $0) } ?? CodingReader.uuid(row[6]) ?? UUID(), codeID: row[4], memo: row[7],
                                     created: row[8], modified: row[9], speaker: row[10]))
            }
            // Indices are sorted rather than the entries, which are large to move.
            let sorted = entries.indices.sorted { i, j in
                let (a, b) = (entries[i], entries[j])
                if (a.rank, a.start, a.end, a.codePosition) != (b.rank, b.start, b.end, b.codePosition) {
                    return (a.rank, a.start, a.end, a.codePosition) < (b.rank, b.start, b.end, b.codePosition)
                }
                guard byCoder, a.coderID != b.coderID || a.speaker != b.speaker else { return a.rowID < b.rowID }
                if a.coderID != b.coderID { return a.coderID < b.coderID }
                // NULL first, then by bytes, as in the index.
                guard let first = a.speaker else { return true }
                guard let second = b.speaker else { return false }
                return first.utf8.lexicographicallyPrecedes(second.utf8)
            }

            for index in sorted {
                let entry = entries[index]
                guard let studyCase = cases[entry.caseID], let code = codes[entry.codeID], let coder = coders[entry.coderID],
                      let source = try texts.select(entry.sourceID) else { continue }
                let range = ScalarRange(start: entry.start, end: entry.end)
                let quoted = quotes ? texts.quoteAndPage(range) : (quote: "", page: nil)
                let coding = Coding(id: entry.guid, sourceID: source.slug, range: range, code: code.short, coder: coder,
                                    memo: entry.memo, created: Date(timeIntervalSince1970: entry.created),
                                    modified: Date(timeIntervalSince1970: entry.modified))
                try body(Fragment(coding: coding, caseID: studyCase.slug, caseName: studyCase.name, sourceTitle: source.title,
                                  sourceKind: source.kind, speaker: entry.speaker,
                                  role: entry.speaker.flatMap { roles[Speaker(caseID: entry.caseID, name: $0)] },
                                  quote: quoted.quote, page: quoted.page))
            }
        }
    }
}

/// The source whose fragments are being written: its slug, title and kind, and its text to
/// quote from. One text is held at a time; fragments come by source (sources tying on case
/// and position mix theirs, and their texts are read again).
private struct SourceTexts {
    let db: Database
    let quotes: Bool
    private(set) var current: (id: Int64, slug: String, title: String, kind: SourceKind)?
    private var walker = QuoteWalker(data: nil)

    init(db: Database, quotes: Bool) {
        self.db = db
        self.quotes = quotes
    }

    /// Makes `id` the current source; `nil` when there is none.
    mutating func select(_ id: Int64) throws -> (id: Int64, slug: String, title: String, kind: SourceKind)? {
        if let current, current.id == id { return current }
        let statement = try db.cachedStatement(sql: "SELECT slug, title, kind\(quotes ? ", text" : "") FROM source WHERE id = ?")
        // The text's bytes as SQLite holds them, without a row copied or a String made of it.
        let cursor = try Row.fetchCursor(statement, arguments: [id])
        guard let row = try cursor.next() else { current = nil; return nil }
        if quotes { walker = try row.withUnsafeData(atIndex: 3) { QuoteWalker(data: $0) } }
        current = (id, row[0], row[1], SourceKind(rawValue: row[2]) ?? .document)
        return current
    }

    /// The current source's text of `range`, and its page (see ``QuoteWalker``).
    mutating func quoteAndPage(_ range: ScalarRange) -> (quote: String, page: Int?) {
        walker.quoteAndPage(range)
    }
}
