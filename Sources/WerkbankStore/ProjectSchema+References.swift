import GRDB

extension ProjectSchema {
    /// Checks every foreign key of every table at once, set by set: each reference is looked
    /// for among its parent's keys gathered once, not by a lookup per row.
    ///
    /// A new project is filled with foreign keys off (decision 69): its writers take the row
    /// ids they refer to from the rows they have just written, and looking up a source row per
    /// coding, in a table whose rows hold whole texts, grew faster than the corpus. This check
    /// makes sure that the file renamed into place is as consistent as one filled with them on.
    /// Throws `SQLITE_CONSTRAINT_FOREIGNKEY`, naming the column and how many rows refer to nothing.
    static func checkReferences(_ db: Database) throws {
        let references = try Row.fetchAll(db, sql: """
            SELECT m.name AS child, f."from" AS "column", f."table" AS parent, f."to" AS "key"
            FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' ORDER BY m.name, f.id
            """)
        for reference in references {
            let (child, column, parent): (String, String, String) = (reference["child"], reference["column"], reference["parent"])
            // Every reference of this schema names its parent's column; an unnamed one means
            // the parent's primary key, which is its row id here.
            let key: String = reference["key"] ?? "rowid"
            let orphans = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM \(child.quotedDatabaseIdentifier)
                WHERE \(column.quotedDatabaseIdentifier) IS NOT NULL
                  AND \(column.quotedDatabaseIdentifier) NOT IN (SELECT \(key.quotedDatabaseIdentifier) FROM \(parent.quotedDatabaseIdentifier))
                """) ?? 0
            guard orphans == 0 else {
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY,
                                    message: "FOREIGN KEY constraint failed: \(orphans) row(s) of \(child).\(column) refer to no \(parent)")
            }
        }
    }
}
