import GRDB

extension ProjectSchema {
    /// `coder.practice`: the coder is a student practising, whose codings are a layer of their
    /// own that the normal views leave out; `practiceSetting`: the one row that makes the
    /// project a practice project, naming the consensus coder students are compared with.
    static func createPractice(_ db: Database) throws {
        try db.alter(table: "coder") { t in
            t.add(column: "practice", .boolean).notNull().defaults(to: false)
        }
        try db.create(table: "practiceSetting") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("consensus", .text).notNull()
        }
    }
}
