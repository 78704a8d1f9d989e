import Foundation
import GRDB
import WerkbankCore

/// One attribute value as the journal keeps it; `value` nil: not set.
struct AttributeValueSnapshot: Codable, Equatable {
    var attribute: String
    var key: String
    var value: String?
}

/// A declaration with every value set, as the journal keeps it.
struct AttributeSnapshot: Codable, Equatable {
    var name: String
    var target: String
    var kind: String
    var values: [String]
    var description: String
    var position: Int
    /// Value per target key.
    var assignments: [String: String]

    var definition: AttributeDefinition {
        AttributeDefinition(name: name, target: AttributeTargetKind(rawValue: target) ?? .case,
                            kind: AttributeKind(rawValue: kind) ?? .text, values: values, description: description)
    }
}

/// Reads and writes attribute declarations and values inside the caller's transaction.
struct AttributeStore {
    let db: Database

    func definitions() throws -> [AttributeDefinition] {
        try Row.fetchAll(db, sql: "SELECT * FROM attribute ORDER BY position").map(Self.definition)
    }

    /// The declaration named `name` (without regard to case).
    func definition(_ name: String) throws -> AttributeDefinition {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM attribute WHERE name = ?", arguments: [name]) else {
            throw ProjectError.invalidAttribute(.unknownAttribute(name))
        }
        return Self.definition(row)
    }

    static func definition(_ row: Row) -> AttributeDefinition {
        let allowed = (try? JSONDecoder().decode([String].self, from: Data((row["allowed"] as String).utf8))) ?? []
        return AttributeDefinition(name: row["name"], target: AttributeTargetKind(rawValue: row["target"]) ?? .case,
                                   kind: AttributeKind(rawValue: row["kind"]) ?? .text, values: allowed,
                                   description: row["description"])
    }

    func snapshot(_ name: String) throws -> AttributeSnapshot? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM attribute WHERE name = ?", arguments: [name]) else { return nil }
        var assignments: [String: String] = [:]
        for value in try Row.fetchAll(db, sql: "SELECT targetKey, value FROM attributeValue WHERE attributeID = ?", arguments: [row["id"] as Int64]) {
            assignments[value[0]] = value[1]
        }
        let definition = Self.definition(row)
        return AttributeSnapshot(name: definition.name, target: definition.target.rawValue, kind: definition.kind.rawValue,
                                 values: definition.values, description: definition.description, position: row["position"],
                                 assignments: assignments)
    }

    /// Replaces the declaration named `name` (and its values) with `snapshot`, or removes it.
    func restore(name: String, to snapshot: AttributeSnapshot?) throws {
        // Its values go first, not by cascade: a new project is filled with foreign keys off.
        try db.execute(sql: "DELETE FROM attributeValue WHERE attributeID IN (SELECT id FROM attribute WHERE name = ?)", arguments: [name])
        try db.execute(sql: "DELETE FROM attribute WHERE name = ?", arguments: [name])
        guard let snapshot else { return }
        try db.execute(sql: "INSERT INTO attribute (name, target, kind, allowed, description, position) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [snapshot.name, snapshot.target, snapshot.kind, try StudyImporter.json(snapshot.values),
                                   snapshot.description, snapshot.position])
        let id = db.lastInsertedRowID
        let insert = try db.cachedStatement(sql: "INSERT INTO attributeValue (attributeID, targetKey, value) VALUES (?, ?, ?)")
        for (key, value) in snapshot.assignments.sorted(by: { $0.key < $1.key }) {
            try insert.execute(arguments: [id, key, value])
        }
    }

    func nextPosition() throws -> Int {
        (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM attribute") ?? -1) + 1
    }

    func value(_ attribute: String, key: String) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT v.value FROM attributeValue v JOIN attribute a ON a.id = v.attributeID WHERE a.name = ? AND v.targetKey = ?
            """, arguments: [attribute, key])
    }

    /// Sets (or with `nil` removes) one value.
    func apply(_ snapshot: AttributeValueSnapshot, value: String?) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM attribute WHERE name = ?", arguments: [snapshot.attribute]) else { return }
        if let value {
            try db.execute(sql: """
                INSERT INTO attributeValue (attributeID, targetKey, value) VALUES (?, ?, ?)
                ON CONFLICT (attributeID, targetKey) DO UPDATE SET value = excluded.value
                """, arguments: [id, snapshot.key, value])
        } else {
            try db.execute(sql: "DELETE FROM attributeValue WHERE attributeID = ? AND targetKey = ?", arguments: [id, snapshot.key])
        }
    }

    /// Refuses a target that is not in the project.
    func checkTarget(_ target: AttributeTarget) throws {
        switch target {
        case .case(let slug):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM studyCase WHERE slug = ?", arguments: [slug]) != nil else { throw ProjectError.unknownCase(slug) }
        case .source(let slug):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE slug = ?", arguments: [slug]) != nil else { throw ProjectError.unknownSource(slug) }
        case .participant(let caseID, let speaker):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM studyCase WHERE slug = ?", arguments: [caseID]) != nil else { throw ProjectError.unknownCase(caseID) }
            guard try Bool.fetchOne(db, sql: """
                SELECT 1 FROM participant p JOIN studyCase sc ON sc.id = p.caseID WHERE sc.slug = ? AND p.speaker = ?
                """, arguments: [caseID, speaker]) != nil else {
                throw ProjectError.invalidAttribute(.unknownParticipant(target.key))
            }
        }
    }

    /// Every value, by declaration order and target key; of one attribute or one target only.
    func assignments(attribute: String? = nil, target: AttributeTarget? = nil) throws -> [AttributeAssignment] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let attribute {
            conditions.append("a.name = ?")
            arguments += [attribute]
        }
        if let target {
            conditions.append("a.target = ? AND v.targetKey = ?")
            arguments += [target.kind.rawValue, target.key]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.*, v.targetKey, v.value FROM attributeValue v JOIN attribute a ON a.id = v.attributeID \(whereClause)
            ORDER BY a.position, v.targetKey
            """, arguments: arguments)
        return rows.compactMap { row in
            let definition = Self.definition(row)
            guard let target = AttributeTarget(kind: definition.target, key: row["targetKey"]),
                  let value = try? definition.value(row["value"]) else { return nil }
            return AttributeAssignment(attribute: definition.name, target: target, value: value)
        }
    }
}

extension AttributeStore {
    /// The matcher for conditions, each value read as its attribute's type (a category value
    /// without regard to case); an unknown attribute or a value that does not fit is refused.
    func matcher(_ conditions: [AttributeCondition]) throws -> AttributeMatcher {
        var parts: [(kind: AttributeTargetKind, keys: Set<String>)] = []
        for condition in conditions {
            let definition = try definition(condition.name)
            let value = try Project.attributeChecked { () throws(AttributeError) in try definition.value(condition.value) }
            let keys = try String.fetchAll(db, sql: """
                SELECT v.targetKey FROM attributeValue v JOIN attribute a ON a.id = v.attributeID WHERE a.name = ? AND v.value = ?
                """, arguments: [definition.name, value.text])
            parts.append((definition.target, Set(keys)))
        }
        return AttributeMatcher(conditions: parts)
    }
}

extension Project {
    /// The matcher for `--where` conditions (see ``AttributeMatcher``).
    public func attributeMatcher(_ conditions: [AttributeCondition]) throws(ProjectError) -> AttributeMatcher {
        try read { db in try AttributeStore(db: db).matcher(conditions) }
    }
}
