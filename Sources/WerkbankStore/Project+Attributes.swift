import Foundation
import GRDB
import WerkbankCore

/// Typed attributes (decision 49): declared per target kind, set on participants, sources and
/// cases. Each write is one transaction and one undo step, journaled (undo and redo survive a
/// restart), and refused in a project opened for reading.
///
/// Errors: ``ProjectError/invalidAttribute(_:)`` for an unknown attribute, a bad declaration, a
/// value that does not fit, a target of the wrong kind or an unknown participant;
/// ``ProjectError/unknownCase(_:)`` and ``ProjectError/unknownSource(_:)`` for unknown targets.
extension Project {
    /// The declared attributes, in declaration order.
    public func attributeDefinitions() throws(ProjectError) -> [AttributeDefinition] {
        try read { db in try AttributeStore(db: db).definitions() }
    }

    /// Declares an attribute, or changes the declaration of the one with that name (the values
    /// already set must fit the new one; the target kind cannot change while values are set).
    /// Undoable.
    @discardableResult
    public func declareAttribute(_ definition: AttributeDefinition) throws(ProjectError) -> AttributeDefinition {
        let definition = try Self.attributeChecked { () throws(AttributeError) in try definition.validated() }
        return try write { db in
            let store = AttributeStore(db: db)
            let before = try store.snapshot(definition.name)
            var assignments = before?.assignments ?? [:]
            if let before, before.target != definition.target.rawValue, !before.assignments.isEmpty {
                throw ProjectError.invalidAttribute(.badDeclaration(name: definition.name,
                    reason: "it has values on \(before.target)s; unset them before declaring it on \(definition.target.rawValue)s"))
            }
            for (key, value) in assignments {
                assignments[key] = try Self.attributeChecked { () throws(AttributeError) in try definition.value(value).text }
            }
            let after = AttributeSnapshot(name: definition.name, target: definition.target.rawValue, kind: definition.kind.rawValue,
                                          values: definition.values, description: definition.description,
                                          position: try before?.position ?? store.nextPosition(), assignments: assignments)
            guard after != before else { return definition }
            try store.restore(name: before?.name ?? definition.name, to: after)
            try Journal(db: db, coder: actingCoder).record("declare attribute \(definition.name)", entity: .attribute, before: before, after: after)
            return definition
        }
    }

    /// Removes a declaration with every value set. Undoable.
    public func removeAttribute(_ name: String) throws(ProjectError) {
        try write { db in
            let store = AttributeStore(db: db)
            guard let before = try store.snapshot(name) else { throw ProjectError.invalidAttribute(.unknownAttribute(name)) }
            try store.restore(name: before.name, to: nil)
            try Journal(db: db, coder: actingCoder).record("remove attribute \(before.name)", entity: .attribute, before: before, after: nil as AttributeSnapshot?)
        }
    }

    /// Sets an attribute on a target, replacing any value it had. `value` is read as the
    /// attribute's type (a category value without regard to case). Undoable.
    @discardableResult
    public func setAttribute(_ name: String, on target: AttributeTarget, to value: String) throws(ProjectError) -> AttributeAssignment {
        try write { db in
            let store = AttributeStore(db: db)
            let definition = try store.definition(name)
            guard definition.target == target.kind else {
                throw ProjectError.invalidAttribute(.wrongTarget(attribute: definition.name, declaredOn: definition.target, target: target))
            }
            try store.checkTarget(target)
            let typed = try Self.attributeChecked { () throws(AttributeError) in try definition.value(value) }
            let before = AttributeValueSnapshot(attribute: definition.name, key: target.key, value: try store.value(definition.name, key: target.key))
            let after = AttributeValueSnapshot(attribute: definition.name, key: target.key, value: typed.text)
            if after != before {
                try store.apply(after, value: after.value)
                try Journal(db: db, coder: actingCoder).record("\(definition.name) = \(typed.text) on \(target.key)", entity: .attributeValue,
                                           before: before, after: after)
            }
            return AttributeAssignment(attribute: definition.name, target: target, value: typed)
        }
    }

    /// Takes an attribute's value off a target. Undoable; a target without a value is left
    /// as it is (and nothing is journaled). Returns whether there was a value.
    @discardableResult
    public func unsetAttribute(_ name: String, on target: AttributeTarget) throws(ProjectError) -> Bool {
        try write { db in
            let store = AttributeStore(db: db)
            let definition = try store.definition(name)
            guard definition.target == target.kind else {
                throw ProjectError.invalidAttribute(.wrongTarget(attribute: definition.name, declaredOn: definition.target, target: target))
            }
            guard let old = try store.value(definition.name, key: target.key) else { return false }
            let before = AttributeValueSnapshot(attribute: definition.name, key: target.key, value: old)
            let after = AttributeValueSnapshot(attribute: definition.name, key: target.key, value: nil)
            try store.apply(after, value: nil)
            try Journal(db: db, coder: actingCoder).record("unset \(definition.name) on \(target.key)", entity: .attributeValue, before: before, after: after)
            return true
        }
    }

    /// The values set: all, of one attribute, or on one target; in declaration order, then by
    /// target key.
    public func attributeValues(attribute: String? = nil, on target: AttributeTarget? = nil) throws(ProjectError) -> [AttributeAssignment] {
        try read { db in
            if let attribute { _ = try AttributeStore(db: db).definition(attribute) }
            return try AttributeStore(db: db).assignments(attribute: attribute, target: target)
        }
    }

    static func attributeChecked<T>(_ body: () throws(AttributeError) -> T) throws(ProjectError) -> T {
        do { return try body() } catch { throw .invalidAttribute(error) }
    }
}
