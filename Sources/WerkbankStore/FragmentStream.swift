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
/// once, and each batch is sorted in Swift. Codings tying on every key come as
/// the query's plan read them (see `byCoder`).
struct FragmentStream {
    let db: Database
    let filter: FragmentFilter
    /// Whether fragments carry their quotes (and pages); reading them reads the texts.
    let quotes: Bool
    /// Sources per query; a batch's codings and texts are held at once.
    var batchSize = 64

    private struct CaseRow { var slug: String, name: String, number: Int }
    private struct SourceRow { var id: Int64, caseID: Int64, position: Int }

    /// One coding read, waiting for its turn in the batch's order.
    private struct Entry {
        var rank: Int
        var start: Int
        var end: Int
        var codePosition: Int
        var rowID: Int64
        var coderID: Int64
        var sourceID: Int64
        var coding: Coding
        var speaker: String?
    }

    /// Hands every fragment to `body` in order.
    func forEach(_ body: (Fragment) throws -> Void) throws {
        guard let (conditions, arguments, tables) = try Project.fragmentConditions(filter, roleAlias: "f", db: db) else { return }
        var joins = ""
        if !tables.isEmpty { joins += " JOIN source s ON s.id = c.sourceID JOIN studyCase sc ON sc.id = s.caseID" }
        if tables.contains(.coder) { joins += " JOIN coder d ON d.id = c.coderID" }
        if tables.contains(.role) { joins += " JOIN participant f ON f.caseID = s.caseID AND f.speaker = c.speaker" }
        let filterClause = conditions.map { " AND " + $0 }.joined()
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
        struct Speaker: Hashable { var caseID: Int64, name: String }
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

        let sourceStatement = try db.cachedStatement(sql: "SELECT slug, title, kind\(quotes ? ", text" : "") FROM source WHERE id = ?")
        var next = 0
        var rank = 0
        while next < order.count {
            // Sources that tie on case and position stay in one batch: their codings mix.
            var end = min(order.count, next + batchSize)
            while end < order.count, key(order[end]) == key(order[end - 1]) { end += 1 }
            var ranks: [Int64: (rank: Int, caseID: Int64)] = [:]
            for index in next..<end {
                if index > next, key(order[index]) != key(order[index - 1]) { rank += 1 }
                ranks[order[index].id] = (rank, order[index].caseID)
            }
            rank += 1
            let ids = order[next..<end].map { String($0.id) }.joined(separator: ", ")
            next = end

            var entries: [Entry] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.id, c.sourceID, c.start, c."end", c.codeID, c.coderID, c.guid, c.memo, c.created, c.modified, c.speaker
                FROM coding c\(joins) WHERE c.sourceID IN (\(ids))\(filterClause)
                """, arguments: arguments)
            while let row = try rows.next() {
                // Inner joins in the query of all fragments: a coding without its code or coder is left out.
                guard let code = codes[row[4]], let coder = coders[row[5]] else { continue }
                let sourceID: Int64 = row[1]
                let range = ScalarRange(start: row[2], end: row[3])
                let coding = Coding(id: CodingReader.uuid(row[6]) ?? UUID(), sourceID: "", range: range, code: code.short,
                                    coder: coder, memo: row[7], created: Date(timeIntervalSince1970: row[8]),
                                    modified: Date(timeIntervalSince1970: row[9]))
                entries.append(Entry(rank: ranks[sourceID]?.rank ?? 0, start: range.start, end: range.end, codePosition: code.position,
                                     rowID: row[0], coderID: row[5], sourceID: sourceID, coding: coding, speaker: row[10]))
            }
            entries.sort { a, b in
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

            var texts: [Int64: (slug: String, title: String, kind: SourceKind, quoter: QuoteWalker)] = [:]
            for entry in entries {
                guard let caseID = ranks[entry.sourceID]?.caseID, let studyCase = cases[caseID] else { continue }
                if texts[entry.sourceID] == nil {
                    // The text's bytes as SQLite holds them, without a row copied or a String made of it.
                    let cursor = try Row.fetchCursor(sourceStatement, arguments: [entry.sourceID])
                    guard let row = try cursor.next() else { continue }
                    let quoter = quotes ? try row.withUnsafeData(atIndex: 3) { QuoteWalker(data: $0) } : QuoteWalker(data: nil)
                    texts[entry.sourceID] = (row[0], row[1], SourceKind(rawValue: row[2]) ?? .document, quoter)
                }
                var coding = entry.coding
                coding.sourceID = texts[entry.sourceID]!.slug
                let quoted: (quote: String, page: Int?) = quotes ? texts[entry.sourceID]!.quoter.quoteAndPage(coding.range) : ("", nil)
                let source = texts[entry.sourceID]!
                try body(Fragment(coding: coding, caseID: studyCase.slug, caseName: studyCase.name, sourceTitle: source.title,
                                  sourceKind: source.kind, speaker: entry.speaker,
                                  role: entry.speaker.flatMap { roles[Speaker(caseID: caseID, name: $0)] },
                                  quote: quoted.quote, page: quoted.page))
            }
        }
    }
}
