import GRDB

extension Project {
    /// The rows of a query of two columns as a dictionary from the first to the second (a
    /// later row wins over an earlier one with the same key).
    static func pairs<Key: DatabaseValueConvertible & Hashable, Value: DatabaseValueConvertible>(
        _ db: Database, _ sql: String) throws -> [Key: Value] {
        var pairs: [Key: Value] = [:]
        for row in try Row.fetchAll(db, sql: sql) { pairs[row[0]] = row[1] }
        return pairs
    }
}
