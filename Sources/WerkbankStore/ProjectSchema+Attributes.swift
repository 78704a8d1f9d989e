import GRDB

extension ProjectSchema {
    /// `attribute`: declarations, in order; `attributeValue`: one canonical text per attribute
    /// and target key.
    static func createAttributeTables(_ db: Database) throws {
        try db.create(table: "attribute") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().collate(.nocase)
            t.column("target", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("allowed", .jsonText).notNull()
            t.column("description", .text).notNull().defaults(to: "")
            t.column("position", .integer).notNull()
        }
        try db.create(table: "attributeValue") { t in
            t.column("attributeID", .integer).notNull().references("attribute", onDelete: .cascade)
            t.column("targetKey", .text).notNull()
            t.column("value", .text).notNull()
            t.primaryKey(["attributeID", "targetKey"])
        }
        try db.create(index: "attributeValueByValue", on: "attributeValue", columns: ["attributeID", "value"])
    }
}
