import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import WerkbankCore

/// A prepared statement for many rows, bound and stepped through SQLite's C interface.
///
/// Importing a corpus inserts hundreds of thousands of rows; GRDB's per-execution work (an
/// array of boxed arguments, observation and region bookkeeping) cost more than SQLite's
/// insert itself. The statement is GRDB's cached one, left reset and unbound after each execution.
struct BulkStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?
    /// Added to every parameter index: the first parameter of one row of a multi-row statement.
    private var offset: Int32 = 0

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// The same statement with parameter `index` meaning parameter `index + offset`.
    func shifted(by offset: Int) -> BulkStatement {
        var shifted = self
        shifted.offset = self.offset + Int32(offset)
        return shifted
    }

    /// SQLite copies the bytes it is given (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, offset + index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, offset + index, Int64(value)) }
    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, offset + index, value) }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, offset + index)
            return
        }
        value.withUTF8 { bind(index, utf8: $0) }
    }

    func bind(_ index: Int32, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else {
            // No bytes is the empty text; a null pointer would bind NULL.
            sqlite3_bind_text(handle, offset + index, "", 0, Self.transient)
            return
        }
        start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            _ = sqlite3_bind_text(handle, offset + index, $0, Int32(bytes.count), Self.transient)
        }
    }

    /// A copy of a value read by another statement (`sqlite3_column_value`).
    func bind(_ index: Int32, value: OpaquePointer?) {
        sqlite3_bind_value(handle, offset + index, value)
    }

    /// A UUID as `uuidString` spells it (36 upper-case characters), without making a String.
    func bind(_ index: Int32, uuid: UUID) {
        let digits: StaticString = "0123456789ABCDEF"
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { buffer in
            withUnsafeBytes(of: uuid.uuid) { raw in
                var out = 0
                for (position, byte) in raw.enumerated() {
                    if position == 4 || position == 6 || position == 8 || position == 10 {
                        buffer[out] = UInt8(ascii: "-")
                        out += 1
                    }
                    buffer[out] = digits.utf8Start[Int(byte >> 4)]
                    buffer[out + 1] = digits.utf8Start[Int(byte & 0x0F)]
                    out += 2
                }
            }
            bind(index, utf8: UnsafeBufferPointer(buffer))
        }
    }

    func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// Runs the statement once with the bound values, then clears them.
    func execute() throws {
        let code = sqlite3_step(handle)
        let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(connection))
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
