import GRDB
import WerkbankCore

/// The SQL conditions on a coding `c` (joined as `c`) that its filter's code combinations set:
/// one `EXISTS` (with) or `NOT EXISTS` (without) per combination, with the second code's ids
/// and the coders' ids written in as numbers.
///
/// A second coding `b` co-occurs with `c` as in `CoOccurrenceFinder`: in `overlap` mode their
/// ranges share a character; in `turn` mode both start in the same turn, the turn being the span
/// from the last turn start at or before `c` to the next turn start. `b` is never `c` itself.
/// A coding of the second code itself meets the condition, as the co-occurrence table's
/// diagonal holds a code's own fragments: in a matrix of codes with VOR, VOR's row is all of
/// VOR, and without VOR it is empty.
enum CodeCombinationClause {
    static func conditions(_ combinations: [CodeCombination], mode: CoOccurrenceMode, includeSubcodes: Bool,
                           coders: [String], db: Database) throws -> [String] {
        guard !combinations.isEmpty else { return [] }
        var coderCondition = ""
        if !coders.isEmpty {
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM coder WHERE name IN (\(marks(coders.count)))",
                                         arguments: StatementArguments(coders))
            coderCondition = " AND b.coderID IN (\(list(ids)))"
        }
        let together = switch mode {
        case .overlap:
            // `+` keeps SQLite from the (sourceID, start) index, which walks every coding of the
            // source starting before `c` ends (6 s for 100,000 codings); (sourceID, codeID) goes
            // to the second code's few codings in the source (1 s).
            "+b.start < c.\"end\" AND b.\"end\" > c.start"
        case .turn:
            """
            b.start >= (SELECT MAX(t.start) FROM turn t WHERE t.sourceID = c.sourceID AND t.start <= c.start) \
            AND b.start < COALESCE((SELECT MIN(t.start) FROM turn t WHERE t.sourceID = c.sourceID AND t.start > c.start), \
            \(Int64.max))
            """
        }
        return try combinations.map { combination in
            let subcodes = includeSubcodes ? " OR parentID IN (SELECT id FROM code WHERE short = ?)" : ""
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM code WHERE short = ?\(subcodes)",
                                         arguments: includeSubcodes ? [combination.code, combination.code] : [combination.code])
            let meets = """
                (c.codeID IN (\(list(ids))) OR EXISTS (SELECT 1 FROM coding b WHERE b.sourceID = c.sourceID \
                AND b.codeID IN (\(list(ids))) AND b.id <> c.id\(coderCondition) AND \(together)))
                """
            return combination.relation == .with ? meets : "NOT " + meets
        }
    }

    /// `?, ?, ?` for `count` arguments.
    static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// Row ids as an SQL list; `-1` (no row has it) for none, since `IN ()` is not SQL.
    private static func list(_ ids: [Int64]) -> String {
        ids.isEmpty ? "-1" : ids.map(String.init).joined(separator: ", ")
    }
}
