import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// `werkbankMarks(passageIndex)`: how many stretches FTS5's `highlight()` would mark in a
/// matching row's text, worked out from the index's positions alone.
///
/// `highlight()` reads the row's text (through the view `passageText`, a `substr` of the whole
/// source text) and splits it into tokens to place its marks; counting marks that way cost
/// 450 ms for a phrase in 20,000 turns. The marks are the query's phrase instances in the
/// column, those that share a token joined into one (FTS5's `fts5CInstIterNext`, which
/// `highlight()` walks), so counting the joined instances gives the same number.
enum FTSMarkCount {
    static let name = "werkbankMarks"

    /// Registers the function on a connection (once per connection).
    static func register(_ db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction?(UnsafeMutablePointer(mutating: api), name, nil, function, nil)
    }

    private static let function: fts5_extension_function = { api, fts, context, _, _ in
        guard let api, let fts else { return }
        var count: Int32 = 0
        guard api.pointee.xInstCount(fts, &count) == SQLITE_OK else {
            sqlite3_result_error(context, "werkbankMarks: no instances", -1)
            return
        }
        var marks: Int32 = 0
        var end: Int32 = -1
        for index in 0..<count {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard api.pointee.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else { continue }
            guard column == 0 else { continue }
            let last = offset - 1 + api.pointee.xPhraseSize(fts, phrase)
            if marks == 0 || offset > end {
                marks += 1
                end = last
            } else if last > end {
                end = last
            }
        }
        sqlite3_result_int(context, marks)
    }
}
