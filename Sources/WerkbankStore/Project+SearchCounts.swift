import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// The hits per case of a one-word (or one-prefix) search without a role filter, from the
    /// index's own list of word instances (an `fts5vocab` table in the connection's temporary
    /// schema), without reading any text: marking every passage took 450 ms for a word in
    /// 20,000 turns. Nil when the search is not of that kind, or finds nothing this way (then
    /// the caller counts by marking, which also covers a word the index folds differently).
    func termCounts(_ search: TextSearch, expression: String) throws(ProjectError) -> [SearchCaseCount]? {
        guard !search.regex, search.roles.isEmpty, search.attributes.isEmpty, let term = Self.singleTerm(expression) else { return nil }
        return try read { db -> [SearchCaseCount]? in
            do {
                try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passageTerms USING fts5vocab(main, passageIndex, instance)")
            } catch {
                return nil
            }
            let (filters, arguments) = Self.sourceFilters(search)
            var cases: [Int64: (order: SIMD2<Int64>, slug: String, name: String)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.id, sc.number, sc.slug AS caseSlug, sc.name AS caseName FROM source s JOIN studyCase sc ON sc.id = s.caseID
                \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
                """, arguments: arguments) {
                cases[row["id"]] = (SIMD2(row["number"], 0), row["caseSlug"], row["caseName"])
            }
            let condition = term.prefix ? "term >= ? AND term < ? || char(1114111)" : "term = ?"
            let termArguments: StatementArguments = term.prefix ? [term.text, term.text] : [term.text]
            var counts: [Int64: (slug: String, name: String, hits: Int)] = [:]
            let statement = try db.makeStatement(sql: """
                SELECT p.sourceID, v.n FROM (SELECT doc, COUNT(*) AS n FROM temp.passageTerms WHERE \(condition) GROUP BY doc) v
                JOIN passage p ON p.id = v.doc
                """)
            statement.arguments = termArguments
            try RawRows(statement, db: db).forEach { columns in
                guard let found = cases[columns.int64(0)] else { return }
                counts[found.order.x, default: (found.slug, found.name, 0)].hits += Int(columns.int64(1))
            }
            guard !counts.isEmpty else { return nil }
            return counts.sorted { $0.key < $1.key }.map { SearchCaseCount(caseID: $0.value.slug, caseName: $0.value.name, hits: $0.value.hits) }
        }
    }

    /// The one word of an expression that is a single quoted word or prefix of letters and
    /// digits, folded as the index folds it (no capitals, no diacritics).
    static func singleTerm(_ expression: String) -> (text: String, prefix: Bool)? {
        let prefix = expression.hasSuffix("*")
        let quoted = prefix ? expression.dropLast() : Substring(expression)
        guard quoted.count >= 3, quoted.first == "\"", quoted.last == "\"" else { return nil }
        let word = quoted.dropFirst().dropLast()
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0.properties.generalCategory == .nonspacingMark }),
              word.unicodeScalars.allSatisfy({ $0.isASCII || $0.properties.generalCategory == .nonspacingMark || $0.value < 0x250 })
        else { return nil }
        return (String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), prefix)
    }
}
