import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankStore

/// `--author`: who writes, and whose edits they are in the journal. Defaults as ``CoderName`` says.
struct AuthorOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The author (default: $WERKBANK_CODER, else `coder` in the config file, else your login name).", valueName: "name"))
    var author: String?

    func validate() throws {
        guard CoderName.resolve(author) != nil else { throw ValidationError(CoderName.missing) }
    }

    /// Resolved in ``validate()``, which refuses a command where there is no author.
    var name: String { CoderName.resolve(author) ?? "" }
}

/// A case × element cell named on the command line: the case by either name, folder or number,
/// the element by its short name in any case.
func resolveCell(case name: String, element: String, in study: Study) throws -> CellKey {
    let found = try resolveCase(name, in: study)
    return CellKey(caseID: found.id, element: try resolveElement(element, in: study))
}

/// The short name of a top-level code, in any case; a usage error naming the elements otherwise.
func resolveElement(_ text: String, in study: Study) throws -> String {
    guard let code = study.codebook.code(text) else {
        let elements = study.codebook.codes.filter { $0.parent == nil }.map(\.short)
        throw ValidationError("no code '\(text)'; findings belong to the top-level codes: \(elements.joined(separator: ", "))")
    }
    return code.short
}

/// `CASE:ELEMENT` of `--cell`.
func resolveCellArgument(_ text: String, in study: Study) throws -> CellKey {
    guard let colon = text.lastIndex(of: ":") else { throw ValidationError("a cell is CASE:ELEMENT, e.g. \"Revalidatie 1:LOS\"; got '\(text)'") }
    return try resolveCell(case: String(text[..<colon]), element: String(text[text.index(after: colon)...]), in: study)
}

/// The finding named by a full id or a unique prefix of at least four characters.
func resolveFinding(_ text: String, in project: Project) throws -> Finding {
    let id = try resolvePrefix(text, what: "finding") { () throws(ProjectError) in try project.findingIDs(matching: text) }
    return try withProject { () throws(ProjectError) in try project.finding(id) }
}

/// The conclusion named by a full id or a unique prefix of at least four characters.
func resolveConclusion(_ text: String, in project: Project) throws -> UUID {
    try resolvePrefix(text, what: "conclusion") { () throws(ProjectError) in try project.conclusionIDs(matching: text) }
}

private func resolvePrefix(_ text: String, what: String, _ matches: () throws(ProjectError) -> [UUID]) throws -> UUID {
    guard text.filter(\.isHexDigit).count >= 4 else { throw ValidationError("give at least 4 characters of the \(what)'s id") }
    let found = try withProject(matches)
    guard found.count == 1 else {
        throw ValidationError(found.isEmpty ? "no \(what) with id \(text)" : "\(text) matches several \(what)s; give more characters")
    }
    return found[0]
}

/// A text option: as given, or standard input for `-`.
func textArgument(_ text: String) -> String {
    guard text == "-" else { return text }
    return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
}
