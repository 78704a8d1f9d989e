import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// The rows of a GRDB statement (its arguments bound) read through SQLite's C interface:
/// for queries of many rows of a few integers, where making a GRDB `Row` per row costs more
/// than SQLite's work.
struct RawRows {
    private let statement: Statement
    private let db: Database

    init(_ statement: Statement, db: Database) {
        self.statement = statement
        self.db = db
    }

    /// The columns of the current row.
    struct Columns {
        fileprivate let handle: OpaquePointer

        func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }
    }

    /// Calls `body` with each row, then resets the statement.
    func forEach(_ body: (Columns) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                    sql: statement.sql)
            }
            try body(Columns(handle: handle))
        }
    }
}
