import Foundation
import TerminalKit
import WerkbankCore

/// A row of a case's Attributes tab: one declared attribute on one target of the case (the
/// case itself, a participant, a source) with its value, if set.
struct AttributeRow: Hashable, Sendable {
    var target: AttributeTarget
    /// The target as the tab shows it: the case's name, `S2 (Studenten)`, a source's title.
    var targetLabel: String
    var definition: AttributeDefinition
    var value: String?
}

extension AppState {
    /// The Attributes tab's rows for the selected case: the case's attributes, then each
    /// participant's (in speaker order), then each source's (as the Sources tab lists them).
    func attributeRows(in data: WorkbenchData) -> [AttributeRow] {
        guard data.cases.indices.contains(caseIndex), !data.attributes.isEmpty else { return [] }
        let studyCase = data.cases[caseIndex]
        let sources = data.sourcesByCase[studyCase.id] ?? []
        let speakers = Set(sources.flatMap(\.participants)).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        // An attribute is declared on one kind of target, so its name and the target's key find the value.
        let values = Dictionary(grouping: data.attributeValues) { $0.attribute.lowercased() }.mapValues(\.valueByTargetKey)
        func rows(_ kind: AttributeTargetKind, _ targets: [(AttributeTarget, String)]) -> [AttributeRow] {
            let definitions = data.attributes.filter { $0.target == kind }
            return targets.flatMap { target, label in
                definitions.map { definition in
                    AttributeRow(target: target, targetLabel: label, definition: definition, value: values[definition.id]?[target.key])
                }
            }
        }
        return rows(.case, [(.case(studyCase.id), studyCase.name)])
            + rows(.participant, speakers.map { (.participant(caseID: studyCase.id, speaker: $0), participantLabel($0, data: data)) })
            + rows(.source, sources.map { (.source($0.id), $0.title) })
    }

    /// The chosen row of the Attributes tab.
    func chosenAttributeRow(in data: WorkbenchData) -> AttributeRow? {
        let rows = attributeRows(in: data)
        return rows.indices.contains(list(.attributes).selected) ? rows[list(.attributes).selected] : rows.last
    }

    /// `S2 (Studenten)`: a speaker id with the role its prefix stands for, when one does.
    func participantLabel(_ speaker: String, data: WorkbenchData) -> String {
        let prefix = String(speaker.prefix { $0.isLetter })
        guard let role = data.study.roles.first(where: { !$0.speakerPrefix.isEmpty && $0.speakerPrefix == prefix }) else { return speaker }
        return "\(speaker) (\(role.name))"
    }

    /// A target as a message names it: `Zorg 2`, `S2 (Studenten)`, a source's title.
    func attributeTargetLabel(_ target: AttributeTarget, data: WorkbenchData) -> String {
        switch target {
        case .case(let id): data.cases.first { $0.id == id }?.name ?? id
        case .participant(_, let speaker): participantLabel(speaker, data: data)
        case .source(let id): data.sourcesByCase.values.lazy.flatMap { $0 }.first { $0.id == id }?.title ?? id
        }
    }

    /// Enter on a row: the command line with `:attribute NAME VALUE` to change (a value that
    /// does not fit is refused with the values or the kind it must be).
    mutating func editChosenAttribute(data: WorkbenchData) -> [Effect] {
        guard let row = chosenAttributeRow(in: data) else { return [] }
        commandInput = TextInput("attribute \(row.definition.name) \(row.value ?? "")")
        return []
    }

    /// Space on a category row: its next value (after the last, the first).
    mutating func nextAttributeValue(data: WorkbenchData) -> [Effect] {
        guard let row = chosenAttributeRow(in: data), row.definition.kind == .category, !row.definition.values.isEmpty else { return [] }
        let values = row.definition.values
        let next = row.value.flatMap { values.firstIndex(of: $0) }.map { values[($0 + 1) % values.count] } ?? values[0]
        return [.setAttribute(name: row.definition.name, target: row.target, value: next)]
    }

    /// `x` on a row: the value taken off (undoable).
    mutating func unsetChosenAttribute(data: WorkbenchData) -> [Effect] {
        guard let row = chosenAttributeRow(in: data), row.value != nil else { return [] }
        return [.unsetAttribute(name: row.definition.name, target: row.target)]
    }

    /// `:attribute NAME VALUE` on the Attributes tab: sets NAME on the chosen row's target.
    mutating func setAttributeCommand(_ argument: String, data: WorkbenchData) -> [Effect] {
        guard screen == .studyCase, studyCase.tab == .attributes, let row = chosenAttributeRow(in: data) else {
            return badArgument(.attribute, text(.argumentOnlyOnAttributes))
        }
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first else { return badArgument(.attribute, Text.argumentMissing.string(language)) }
        guard let definition = data.attributes.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else {
            message = StatusMessage(text: Text.messageNoSuchAttribute.string(language, name), isError: true)
            return []
        }
        let value = words.count > 1 ? Self.unquoted(words[1]) : ""
        guard !value.isEmpty else { return [.unsetAttribute(name: definition.name, target: row.target)] }
        return [.setAttribute(name: definition.name, target: row.target, value: value)]
    }
}
