import Foundation
import WerkbankCore

/// Attributes in REFI-QDA (decision 49): those on cases and sources go out as `Variables`,
/// typed as the schema allows (text and category as Text, number as Float, date as Date), with
/// their values on `Case`s and `TextSource`s; a category's values end its Variable's
/// description as a line `Values: a|b|c`. They come back in, from Werkbank's exports and from
/// any file with typed Variables on cases or sources.
enum RefiQDAAttributes {
    /// Variables Werkbank writes for itself, per target, never read as attributes.
    static let reserved: [AttributeTargetKind: Set<String>] = [
        .case: ["ID", "Sector", "Table label"], .source: ["ID", "Kind", "Date", "Roles"],
    ]
    static let valuesPrefix = "Values: "

    static func variableGUID(_ name: String) -> UUID { .stable(from: "attribute|\(name)") }

    /// The attributes that can go out: on cases and sources, not clashing with Werkbank's own
    /// variables. (REFI-QDA has no participants; their attributes stay in the project.)
    static func exported(_ study: Study) -> [AttributeDefinition] {
        study.attributes.filter { $0.target != .participant && !(reserved[$0.target]?.contains($0.name) ?? false) }
    }

    static func type(of kind: AttributeKind) -> String {
        switch kind {
        case .text, .category: "Text"
        case .number: "Float"
        case .date: "Date"
        }
    }

    static func valueElement(of kind: AttributeKind) -> String {
        switch kind {
        case .text, .category: "TextValue"
        case .number: "FloatValue"
        case .date: "DateValue"
        }
    }

    static func description(of definition: AttributeDefinition) -> String? {
        let list = definition.kind == .category ? valuesPrefix + definition.valueList : ""
        let text = [definition.description, list].filter { !$0.isEmpty }.joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }

    static func writeVariables(_ definitions: [AttributeDefinition], into xml: inout RefiQDAXML) {
        for definition in definitions {
            xml.open("Variable", [("guid", variableGUID(definition.name).refiGUID), ("name", definition.name),
                                  ("typeOfVariable", type(of: definition.kind))])
            if let description = description(of: definition) { xml.element("Description", text: description) }
            xml.close("Variable")
        }
    }

    static func writeValues(on target: AttributeTarget, _ definitions: [AttributeDefinition], values: [AttributeTarget: [String: AttributeValue]],
                            into xml: inout RefiQDAXML) {
        guard let set = values[target] else { return }
        for definition in definitions where definition.target == target.kind {
            guard let value = set[definition.id] else { continue }
            xml.open("VariableValue")
            xml.empty("VariableRef", [("targetGUID", variableGUID(definition.name).refiGUID)])
            xml.element(valueElement(of: definition.kind), text: value.text)
            xml.close("VariableValue")
        }
    }

    /// The study's values by target and attribute id.
    static func valuesByTarget(_ study: Study) -> [AttributeTarget: [String: AttributeValue]] {
        var values: [AttributeTarget: [String: AttributeValue]] = [:]
        for assignment in study.attributeValues { values[assignment.target, default: [:]][assignment.attribute.lowercased()] = assignment.value }
        return values
    }

    // MARK: Reading

    /// The declarations and values of the typed Variables set on cases and sources (case and
    /// source ids as imported); a value that does not fit its type is left out and named.
    static func read(_ document: RefiQDADocument, caseIDs: [String: String], sourceIDs: [String: String],
                     skipped: inout [String]) -> ([AttributeDefinition], [AttributeAssignment]) {
        var raw: [(target: AttributeTarget, variable: String, text: String)] = []
        for entry in document.cases {
            guard let id = caseIDs[entry.guid] else { continue }
            for (guid, text) in entry.variableValues { raw.append((.case(id), guid, text)) }
        }
        for entry in document.sources {
            guard let id = sourceIDs[entry.guid] else { continue }
            for (guid, text) in entry.variableValues { raw.append((.source(id), guid, text)) }
        }
        var definitions: [AttributeDefinition] = []
        var assignments: [AttributeAssignment] = []
        var used: Set<String> = []
        for guid in document.variableOrder {
            guard let name = document.variableNames[guid] else { continue }
            let values = raw.filter { $0.variable == guid }
            // A variable on cases and sources alike becomes the cases' attribute (the first kind with values).
            guard let target = [AttributeTargetKind.case, .source].first(where: { kind in values.contains { $0.target.kind == kind } }),
                  !(reserved[target]?.contains(name) ?? false), used.insert(name.lowercased()).inserted else { continue }
            let mine = values.filter { $0.target.kind == target }
            let texts = mine.map { normalised($0.text, type: document.variableTypes[guid] ?? "Text") }
            guard let definition = definition(name: name, type: document.variableTypes[guid] ?? "Text", target: target,
                                              description: document.variableDescriptions[guid] ?? "", values: texts) else { continue }
            definitions.append(definition)
            for (value, text) in zip(mine, texts) {
                do {
                    assignments.append(AttributeAssignment(attribute: definition.name, target: value.target, value: try definition.value(text)))
                } catch {
                    skipped.append("value '\(value.text)' of variable '\(name)' on \(target.rawValue) \(value.target.key): \(error)")
                }
            }
        }
        return (definitions, assignments)
    }

    /// A Boolean as `true`/`false`, a DateTime as its date.
    static func normalised(_ text: String, type: String) -> String {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case "Boolean": return text == "1" ? "true" : text == "0" ? "false" : text.lowercased()
        case "DateTime": return String(text.prefix(10))
        default: return text
        }
    }

    static func definition(name: String, type: String, target: AttributeTargetKind, description: String, values: [String]) -> AttributeDefinition? {
        var description = description
        var kind: AttributeKind
        var list: [String] = []
        switch type {
        case "Integer", "Float": kind = .number
        case "Date", "DateTime": kind = .date
        case "Boolean":
            kind = .category
            list = ["true", "false"]
        default:
            kind = .text
            // Werkbank's categories: the description's last line lists the values.
            let lines = description.components(separatedBy: "\n")
            if let last = lines.last, last.hasPrefix(valuesPrefix) {
                let candidates = last.dropFirst(valuesPrefix.count).components(separatedBy: "|")
                let folded = Set(candidates.map { $0.lowercased() })
                if values.allSatisfy({ folded.contains($0.lowercased()) }) {
                    kind = .category
                    list = candidates
                    description = lines.dropLast().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
        }
        return try? AttributeDefinition(name: name, target: target, kind: kind, values: list, description: description).validated()
    }
}
