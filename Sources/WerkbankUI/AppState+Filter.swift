import Foundation
import TerminalKit
import WerkbankCore

extension AppState {
    /// `:filter DIMENSION VALUE`: narrows the Fragments screen. `:filter NAME=VALUE` keeps the
    /// fragments whose speaker, source or case has an attribute's value. The dimensions are `code`,
    /// `case` (any of its names), `role`, `kind`, `coder` and `source` (with the Dutch `rol`,
    /// `soort`, `codeur` and `bron`); `clear` (`wis`) empties the filter. Naming a dimension
    /// again adds a value to it: values of one dimension are alternatives, dimensions all
    /// apply. `and CODE` (`en`) and `not CODE` (`niet`) combine codes: only fragments that
    /// co-occur with a fragment of CODE, or with none; `within overlap|turn` (`binnen`, `beurt`)
    /// says what co-occurring means. A value that is not known sets an error message and
    /// changes nothing.
    ///
    /// Goes to the Fragments screen (the matrix stays, counting what the filter leaves) and
    /// returns the effect that loads its fragments; a changed filter starts the list at its
    /// first fragment.
    public mutating func applyFilter(_ words: String, data: WorkbenchData) -> [Effect] {
        let trimmed = words.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.split(separator: " ", maxSplits: 1).first else {
            message = StatusMessage(text: text(.messageFilterUsage), isError: false)
            return []
        }
        let value = Self.unquoted(String(trimmed.dropFirst(first.count)))
        let dimension = first.lowercased()
        if ["clear", "wis"].contains(dimension) {
            guard value.isEmpty else { return refuseFilter(text(.messageFilterUsage)) }
            return showFragments(with: FragmentFilter())
        }
        if trimmed.contains("="), let condition = AttributeCondition(trimmed) {
            return filterByAttribute(condition, data: data)
        }
        guard !value.isEmpty else { return refuseFilter(text(.messageFilterUsage)) }
        var filter = fragments.filter
        switch dimension {
        case "code":
            guard let code = data.study.codebook.code(value) else {
                return refuseFilter(Text.messageNoSuchCode.string(language, value))
            }
            filter.codes.appendOnce(code.short)
        case "case", "casus":
            let studyCase: Case
            do throws(NameError) { studyCase = try names(data).case(value) } catch { return refuseFilter(nameMessage(error, unknown: .messageNoSuchCase)) }
            filter.caseIDs.appendOnce(studyCase.id)
        case "role", "rol":
            let role: Role
            do throws(NameError) { role = try names(data).role(value) } catch { return refuseFilter(nameMessage(error, unknown: .messageNoSuchRole, listChoices: true)) }
            filter.roles.appendOnce(role.name)
        case "kind", "soort":
            let letters = value.lowercased().filter(\.isLetter)
            guard let kind = SourceKind(rawValue: letters) else {
                let kinds = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
                return refuseFilter("\(Text.messageNoSuchKind.string(language, value)) (\(kinds))")
            }
            filter.kinds.appendOnce(kind)
        case "coder", "codeur":
            let name: String
            do throws(NameError) { name = try names(data).coder(value) } catch { return refuseFilter(nameMessage(error, unknown: .messageNoSuchCoder, listChoices: true)) }
            filter.coders.appendOnce(name)
        case "source", "bron":
            let source: SourceName
            do throws(NameError) { source = try names(data).source(value) } catch { return refuseFilter(nameMessage(error, unknown: .messageNoSuchSource)) }
            filter.sourceIDs.appendOnce(source.id)
        case "and", "en", "not", "niet":
            guard let code = data.study.codebook.code(value) else {
                return refuseFilter(Text.messageNoSuchCode.string(language, value))
            }
            let relation: CodeCombination.Relation = ["and", "en"].contains(dimension) ? .with : .without
            // A code is either wanted or not: naming it again with the other word turns it round.
            filter.combinations.removeAll { $0.code == code.short }
            filter.combinations.append(CodeCombination(relation, code.short))
        case "within", "binnen":
            switch value.lowercased() {
            case "overlap": filter.combinationMode = .overlap
            case "turn", "beurt": filter.combinationMode = .turn
            default: return refuseFilter(text(.messageFilterUsage))
            }
        default:
            return refuseFilter(text(.messageFilterUsage))
        }
        // The matrix counts by coder, kind and combination: those it shows in place.
        let matrixFollows = ["coder", "codeur", "kind", "soort", "and", "en", "not", "niet", "within", "binnen"].contains(dimension)
        return showFragments(with: filter, stayOnMatrix: matrixFollows)
    }

    /// `:filter NAME=VALUE`: fragments whose speaker, source or case (whichever the attribute is
    /// on) has the value; a category's value in its declared spelling. A new value of the same
    /// attribute replaces the old one (one value cannot be two).
    private mutating func filterByAttribute(_ condition: AttributeCondition, data: WorkbenchData) -> [Effect] {
        guard let definition = data.attributes.first(where: { $0.id == condition.name.lowercased() }) else {
            return refuseFilter(Text.messageNoSuchAttribute.string(language, condition.name))
        }
        let value: String
        do throws(AttributeError) { value = try definition.value(condition.value).text } catch {
            return refuseFilter(error.description)
        }
        var filter = fragments.filter
        filter.attributes.removeAll { $0.name.lowercased() == definition.id }
        filter.attributes.append(AttributeCondition(name: definition.name, value: value))
        return showFragments(with: filter, stayOnMatrix: true)
    }

    /// `:fragments CODE`: the Fragments screen for that code instead of the codes filtered
    /// so far (the other dimensions stay); `:fragments` alone opens the screen as it is.
    public mutating func showFragments(of words: String, data: WorkbenchData) -> [Effect] {
        let value = Self.unquoted(words)
        guard !value.isEmpty else { return openFragments(data: data) }
        guard let code = data.study.codebook.code(value) else {
            return refuseFilter(Text.messageNoSuchCode.string(language, value))
        }
        var filter = fragments.filter
        filter.codes = [code.short]
        return showFragments(with: filter)
    }

    /// The filter in words for the screen's title: one part per dimension that is set,
    /// alternatives joined by "or" (`LOS`, `Revalidatie 1`, `Studenten`, `coder Bram`).
    func fragmentFilterWords(data: WorkbenchData) -> [String] {
        let filter = fragments.filter
        let or = " \(text(.labelOr)) "
        var parts: [String] = []
        func add(_ values: [String], label: String? = nil) {
            guard !values.isEmpty else { return }
            parts.append((label.map { "\($0) " } ?? "") + values.joined(separator: or))
        }
        add(filter.codes)
        add(filter.caseIDs.map { id in data.cases.first { $0.id == id }?.name ?? id })
        add(filter.roles)
        add(filter.kinds.map(\.rawValue))
        add(filter.coders, label: text(.labelCoder))
        add(filter.sourceIDs, label: text(.columnSource).lowercased())
        parts += filter.attributes.map { "\($0.name)=\($0.value)" }
        return parts + combinationWords(filter)
    }

    /// The code combinations in words: `with VOR`, `without SRI`, and `in the same turn` when
    /// co-occurring means that.
    func combinationWords(_ filter: FragmentFilter) -> [String] {
        guard !filter.combinations.isEmpty else { return [] }
        let parts = filter.combinations.map { text($0.relation == .with ? .labelWith : .labelWithout) + " " + $0.code }
        return parts + (filter.combinationMode == .turn ? [text(.labelSameTurn)] : [])
    }

    /// Makes `filter` the Fragments screen's, starting its list at the top when it changed,
    /// and goes there; with `stayOnMatrix`, the Matrix screen stays and counts anew.
    private mutating func showFragments(with filter: FragmentFilter, stayOnMatrix: Bool = false) -> [Effect] {
        if filter != fragments.filter {
            fragments.filter = filter
            lists[.fragments] = ListState()
            feedback.fragmentsTop = nil
        }
        // In an opened cell of the synthesis grid, roles and coders narrow its fragments.
        if screen == .synthesisCell, let loadCellEffect {
            lists[.cellFragments] = ListState()
            return [loadCellEffect]
        }
        if screen == .matrix && stayOnMatrix { return [loadMatrixEffect] }
        go(to: .fragments)
        return [.loadFragments(fragments.filter)]
    }

    private mutating func refuseFilter(_ text: String) -> [Effect] {
        message = StatusMessage(text: text, isError: true)
        return []
    }

    /// A command's value without surrounding spaces and quotes (`"Zorg 1"` is `Zorg 1`).
    static func unquoted(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        for quote in ["\"", "'", "“"] where trimmed.count >= 2 && trimmed.hasPrefix(quote) {
            let closing = quote == "“" ? "”" : quote
            if trimmed.hasSuffix(closing) {
                return String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
            }
        }
        return trimmed
    }
}

extension Array where Element: Equatable {
    /// Appends `element` unless the array has it already.
    fileprivate mutating func appendOnce(_ element: Element) {
        if !contains(element) { append(element) }
    }
}
