import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Brings in their attribute declarations and values. A declaration new here comes with
    /// its values; one declared here the same way (target and type; a category with the same
    /// values) gets their values where it has none. A declaration that differs, a different
    /// value on the same target, and a value on a case, source or participant this project
    /// lacks are reported, and this project's stays.
    func mergeAttributes(_ theirs: [AttributeSnapshot], db: Database, report: inout MergeReport) throws {
        let store = AttributeStore(db: db)
        for attribute in theirs {
            let incoming = attribute.definition
            // Our values, read with the declaration (none for a declaration new here).
            var ourValues: [String: String] = [:]
            if let ours = try store.snapshot(attribute.name) {
                let definition = ours.definition
                guard (definition.target, definition.kind, definition.values) == (incoming.target, incoming.kind, incoming.values) else {
                    report.conflicts.append("attribute \(attribute.name): declared differently; kept this project's, and its values")
                    continue
                }
                ourValues = ours.assignments
            } else {
                var declaration = attribute
                declaration.position = try store.nextPosition()
                declaration.assignments = [:]
                try store.restore(name: attribute.name, to: declaration)
                report.addedAttributes.append(attribute.name)
            }
            for (key, value) in attribute.assignments.sorted(by: { $0.key < $1.key }) {
                let name = "attribute \(attribute.name) on \(key)"
                if let ours = ourValues[key] {
                    if ours != value { report.conflicts.append("\(name): different value; kept this project's") }
                    continue
                }
                guard let target = AttributeTarget(kind: incoming.target, key: key), (try? store.checkTarget(target)) != nil else {
                    report.skipped.append("\(name): this project has no such \(incoming.target.rawValue)")
                    continue
                }
                try store.apply(AttributeValueSnapshot(attribute: attribute.name, key: key, value: value), value: value)
                report.addedAttributeValues += 1
            }
        }
    }

    /// Every declaration with its values, for a merge.
    static func attributeSnapshots(_ db: Database) throws -> [AttributeSnapshot] {
        let store = AttributeStore(db: db)
        return try store.definitions().compactMap { try store.snapshot($0.name) }
    }
}
