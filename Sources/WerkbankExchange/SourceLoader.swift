import Foundation
import WerkbankCore

/// Reads one source file: its header, its text and its speaker turns.
struct SourceLoader {
    let root: URL
    /// The path relative to the case folder root, used in every problem.
    let path: String
    let caseID: String
    let roles: [Role]
    /// The study's declarations, to read the header's `[attributes]` against.
    var attributes: [AttributeDefinition] = []

    init(root: URL, path: String, caseID: String, roles: [Role]) {
        self.root = root
        self.path = path
        self.caseID = caseID
        self.roles = roles
    }

    /// The source and the problems that did not stop it from being read; throws when it
    /// cannot be read at all.
    func load() throws(LoadProblem) -> (Source, [LoadProblem]) {
        let (source, problems, _) = try loadWithAttributes()
        return (source, problems)
    }

    /// ``load()`` with the values of the header's `[attributes]` on the source.
    func loadWithAttributes() throws(LoadProblem) -> (Source, [LoadProblem], [AttributeAssignment]) {
        let file = try TextFile.read(root.appendingPathComponent(path), as: path)
        let parts = try SourceFileParser.split(file, name: path)
        let document = TOMLDocument(name: path, text: parts.header, firstLine: parts.headerLine)
        let header = try document.decode(SourceHeader.self)
        var problems: [LoadProblem] = []

        guard let kind = SourceKind(rawValue: header.kind) else {
            let kinds = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw LoadProblem(file: path, line: document.line(of: [TOMLFieldKey("kind")]), field: "kind",
                              message: "unknown kind `\(header.kind)`; use one of \(kinds)")
        }
        let participants = (header.participant ?? []).enumerated().compactMap { index, entry -> Participant? in
            let line = document.line(array: "participant", index: index, key: "role")
            guard let role = roles.first(where: { $0.name == entry.role }) else {
                problems.append(LoadProblem(file: path, line: line, field: "participant[\(index + 1)].role",
                    message: "unknown role `\(entry.role)`; the roles are \(roles.map(\.name).joined(separator: ", "))"))
                return nil
            }
            if !entry.id.hasPrefix(role.speakerPrefix) {
                problems.append(LoadProblem(file: path, line: document.line(array: "participant", index: index, key: "id"),
                    field: "participant[\(index + 1)].id",
                    message: "`\(entry.id)` should start with `\(role.speakerPrefix)`, the prefix of role \(role.name)"))
            }
            return Participant(id: entry.id, role: role.name, description: entry.description ?? "")
        }
        let interviewers = header.interviewers ?? []
        var speakers = Set<String>()
        for id in interviewers + participants.map(\.id) where !speakers.insert(id).inserted {
            problems.append(LoadProblem(file: path, message: "speaker `\(id)` is declared twice in the header"))
        }
        if parts.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            problems.append(LoadProblem(file: path, line: parts.textLine, message: "has no text after the header"))
        }
        let (turns, turnProblems) = SourceFileParser.turns(in: parts.text, speakers: speakers, name: path, firstLine: parts.textLine)
        problems += turnProblems
        let id = (path as NSString).lastPathComponent.replacingOccurrences(of: ".md", with: "").replacingOccurrences(of: ".txt", with: "")
        let source = Source(id: id, caseID: caseID, title: header.title, kind: kind, date: header.date,
                            interviewers: interviewers, participants: participants, text: parts.text, turns: turns)
        var found = Problems()
        let values = AttributeValueReader(definitions: attributes)
            .assignments(header.attributes, on: .source(id), document: document, tablePath: ["attributes"], problems: &found)
        return (source, problems + found.list, values)
    }
}
