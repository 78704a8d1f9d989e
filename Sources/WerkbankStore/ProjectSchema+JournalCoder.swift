import GRDB

extension ProjectSchema {
    /// `journal.coder`: who made the entry; `journalTarget`: the keys an entry wrote
    /// (`writes`) or only relied on, so that undo can find a later edit by someone else that
    /// is in the way without reading every later entry.
    static func createJournalCoder(_ db: Database) throws {
        try db.alter(table: "journal") { t in
            t.add(column: "coder", .text)
        }
        try db.create(index: "journalByCoder", on: "journal", columns: ["coder", "undone", "seq"])
        try db.create(table: "journalTarget") { t in
            t.column("seq", .integer).notNull().references("journal", column: "seq", onDelete: .cascade)
            t.column("key", .text).notNull()
            t.column("writes", .boolean).notNull()
        }
        try db.create(index: "journalTargetByKey", on: "journalTarget", columns: ["key", "seq"])
        try db.create(index: "journalTargetBySeq", on: "journalTarget", columns: ["seq"])
    }
}
