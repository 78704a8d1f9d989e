import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Adds a questionnaire's import (decision 59) in one transaction and as one undo step:
    /// its sources (one per respondent, bringing the participants), then its participant
    /// attributes, each declared or widened as given, with the values set. Undo takes the
    /// values and declarations back, then the sources (refused once a source has codings).
    ///
    /// - Parameters:
    ///   - label: what the journal calls the step (`import survey enquete.csv`).
    ///   - attributes: declarations to write; one whose name is declared replaces it (the
    ///     values set keep, and must fit).
    ///   - values: values on participants of the sources (or of the case already).
    /// - Throws: as ``addSources(_:)``; ``ProjectError/invalidAttribute(_:)`` for a value or
    ///   declaration that does not fit. Nothing is written then.
    public func addSurvey(label: String, sources: [(source: Source, checksum: String)], attributes: [AttributeDefinition],
                          values: [AttributeAssignment]) throws(ProjectError) {
        let checked = try attributes.map { definition throws(ProjectError) in
            try Self.attributeChecked { () throws(AttributeError) in try definition.validated() }
        }
        try write { db in
            var entries: [JournalGroupEntry] = []
            for snapshot in try insertSources(sources, in: db) {
                entries.append(try JournalGroupEntry(.source, before: nil as SourceSnapshot?, after: snapshot))
            }
            let store = AttributeStore(db: db)
            let byName = Dictionary(grouping: values, by: { $0.attribute.lowercased() })
            for definition in checked {
                let before = try store.snapshot(definition.name)
                if let before, before.target != definition.target.rawValue, !before.assignments.isEmpty {
                    throw ProjectError.invalidAttribute(.badDeclaration(name: definition.name,
                        reason: "it has values on \(before.target)s, not \(definition.target.rawValue)s"))
                }
                var assignments = before?.assignments ?? [:]
                for (key, value) in assignments {
                    assignments[key] = try Self.attributeChecked { () throws(AttributeError) in try definition.value(value).text }
                }
                for assignment in byName[definition.name.lowercased()] ?? [] {
                    guard assignment.target.kind == definition.target else {
                        throw ProjectError.invalidAttribute(.wrongTarget(attribute: definition.name, declaredOn: definition.target,
                                                                         target: assignment.target))
                    }
                    try store.checkTarget(assignment.target)
                    assignments[assignment.target.key] = try Self.attributeChecked { () throws(AttributeError) in
                        try definition.value(assignment.value.text).text
                    }
                }
                let after = AttributeSnapshot(name: definition.name, target: definition.target.rawValue, kind: definition.kind.rawValue,
                                              values: definition.values, description: before?.description ?? definition.description,
                                              position: try before?.position ?? store.nextPosition(), assignments: assignments)
                guard after != before else { continue }
                try store.restore(name: before?.name ?? definition.name, to: after)
                entries.append(try JournalGroupEntry(.attribute, before: before, after: after))
            }
            try Journal(db: db, coder: actingCoder).record(label, entity: .group, before: entries, after: entries)
        }
    }
}
