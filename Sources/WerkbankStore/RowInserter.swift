import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import WerkbankCore

/// Inserts many rows into one table, up to ``rowsPerStatement`` in one multi-row `VALUES`
/// statement: SQLite's work per statement (starting the program, checking the schema) is then
/// paid once for many rows rather than for each.
struct RowInserter {
    let db: Database
    /// The table and its columns, as in `INSERT INTO turn (sourceID, speaker, start, "end")`.
    let table: String
    let columns: Int
    var rowsPerStatement = 64

    /// Inserts a row for each element of `rows`, in order; `bind(element, values)` binds the
    /// row's values as parameters 1…``columns`` of `values`.
    func insert<Rows: Sequence>(_ rows: Rows, _ bind: (Rows.Element, BulkStatement) throws -> Void) throws {
        var batch: [Rows.Element] = []
        batch.reserveCapacity(rowsPerStatement)
        var full: BulkStatement?
        func flush() throws {
            let statement: BulkStatement
            if batch.count == rowsPerStatement, let full {
                statement = full
            } else {
                statement = try self.statement(rows: batch.count)
                if batch.count == rowsPerStatement { full = statement }
            }
            do {
                for (index, row) in batch.enumerated() {
                    try bind(row, statement.shifted(by: index * columns))
                }
            } catch {
                statement.clearBindings()
                throw error
            }
            try statement.execute()
            batch.removeAll(keepingCapacity: true)
        }
        for row in rows {
            batch.append(row)
            if batch.count == rowsPerStatement { try flush() }
        }
        if !batch.isEmpty { try flush() }
    }

    private func statement(rows: Int) throws -> BulkStatement {
        let marks = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return try BulkStatement(db, sql: "INSERT INTO \(table) VALUES " + Array(repeating: marks, count: rows).joined(separator: ", "))
    }

    /// Copies every row of `table` in `source` to the table of the same name in `db`.
    static func copy(_ table: String, from source: Database, to db: Database) throws {
        let quoted = table.quotedDatabaseIdentifier
        let count = try Int.fetchOne(source, sql: "SELECT COUNT(*) FROM \(quoted)") ?? 0
        let select = try source.makeStatement(sql: "SELECT * FROM \(quoted)")
        let handle = select.sqliteStatement
        let columns = select.columnNames
        let into = "\(quoted) (\(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")))"
        defer { sqlite3_reset(handle) }
        try RowInserter(db: db, table: into, columns: columns.count).insert(0..<count) { _, values in
            guard sqlite3_step(handle) == SQLITE_ROW else {
                throw DatabaseError(resultCode: .SQLITE_ERROR, message: "\(table) changed while being copied", sql: select.sql)
            }
            for column in 0..<Int32(columns.count) {
                values.bind(column + 1, value: sqlite3_column_value(handle, column))
            }
        }
    }
}
