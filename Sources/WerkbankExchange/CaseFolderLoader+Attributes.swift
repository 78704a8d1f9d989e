import Foundation
import WerkbankCore

extension CaseFolderLoader {
    /// The `[[attribute]]` declarations of study.toml, each checked; a bad one is reported and
    /// left out.
    func makeAttributes(_ study: StudyFile, document: TOMLDocument, problems: inout Problems) -> [AttributeDefinition] {
        var seen: Set<String> = []
        return (study.attribute ?? []).enumerated().compactMap { index, entry -> AttributeDefinition? in
            func report(_ key: String, _ message: String) {
                problems.add(LoadProblem(file: document.name, line: document.line(array: "attribute", index: index, key: key),
                                         field: "attribute[\(index + 1)].\(key)", message: message))
            }
            guard let target = AttributeTargetKind(rawValue: entry.on) else {
                report("on", "unknown target `\(entry.on)`; use one of \(AttributeTargetKind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            guard let kind = AttributeKind(rawValue: entry.kind) else {
                report("kind", "unknown kind `\(entry.kind)`; use one of \(AttributeKind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            let definition: AttributeDefinition
            do throws(AttributeError) {
                definition = try AttributeDefinition(name: entry.name, target: target, kind: kind, values: entry.values ?? [],
                                                     description: entry.description ?? "").validated()
            } catch {
                if case .badDeclaration(_, let reason) = error { report(entry.values == nil ? "kind" : "values", reason) }
                return nil
            }
            guard seen.insert(definition.id).inserted else {
                report("name", "attribute `\(definition.name)` is declared twice")
                return nil
            }
            return definition
        }
    }
}

/// Reads the values of an `[attributes]` table against the study's declarations.
struct AttributeValueReader {
    let definitions: [AttributeDefinition]

    /// The values of `table` on `target`; every unknown attribute, attribute of another
    /// target kind and value that does not fit is reported at its line.
    func assignments(_ table: AttributeTable?, on target: AttributeTarget, document: TOMLDocument, tablePath: [String],
                     problems: inout Problems) -> [AttributeAssignment] {
        guard let table else { return [] }
        return table.entries.compactMap { name, text -> AttributeAssignment? in
            let field = (tablePath + [name]).joined(separator: ".")
            func report(_ message: String) {
                problems.add(LoadProblem(file: document.name, line: document.line(of: (tablePath + [name]).map(TOMLFieldKey.init)),
                                         field: field, message: message))
            }
            guard let definition = definitions.first(where: { $0.id == name.lowercased() }) else {
                let known = definitions.filter { $0.target == target.kind }.map(\.name)
                report("unknown attribute `\(name)`; declare it as [[attribute]] in study.toml"
                       + (known.isEmpty ? "" : " (declared on \(target.kind.rawValue)s: \(known.joined(separator: ", ")))"))
                return nil
            }
            guard definition.target == target.kind else {
                report("attribute `\(definition.name)` is declared on \(definition.target.rawValue)s, not on \(target.kind.rawValue)s")
                return nil
            }
            do throws(AttributeError) {
                return AttributeAssignment(attribute: definition.name, target: target, value: try definition.value(text))
            } catch {
                if case .badValue(_, let value, let expected) = error { report("`\(value)` is not \(expected)") }
                return nil
            }
        }
    }
}
