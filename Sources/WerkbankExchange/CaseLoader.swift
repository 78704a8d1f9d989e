import Foundation
import WerkbankCore

/// Loads one case folder: `case.toml`, `sources/*.md`, `codings.toml` and `findings.toml`.
struct CaseLoader {
    let root: URL
    let folderName: String
    let context: CaseContext

    struct Loaded {
        var studyCase: Case
        var sources: [Source]
        var codings: [Coding]
        var synthesis: Synthesis
        /// Values on the case, its participants and its sources.
        var attributeValues: [AttributeAssignment]
        /// `codings.toml` loaded without problems.
        var codingsComplete: Bool
    }

    private var folderPath: String { "cases/\(folderName)" }

    func load(into problems: inout Problems) -> Loaded? {
        let caseFile = problems.attempt { () throws(LoadProblem) in try decode(CaseFile.self, "\(folderPath)/case.toml") }
        let (sources, sourceValues) = loadSources(into: &problems)
        guard let (document, file) = caseFile else { return nil }
        let studyCase = makeCase(file, document: document, problems: &problems)
        let attributeValues = caseAttributes(file, document: document, sources: sources, problems: &problems) + sourceValues
        checkParticipants(sources, studyCase: studyCase, problems: &problems)
        let before = problems.list.count
        let codings = CodingsLoader(root: root, folderPath: folderPath, context: context, sources: sources)
            .load(into: &problems)
        // Evidence names codings: where codings.toml has problems, those are reported, not
        // every finding that cites a coding it could not load.
        let codingsComplete = problems.list.count == before
        var loader = SynthesisLoader(root: root, context: context, sources: sources, codings: codings)
        if !codingsComplete { loader.unchecked = Set(sources.map(\.id)) }
        let synthesis = loader.loadFindings(folderPath: folderPath, caseID: folderName, into: &problems)
        return Loaded(studyCase: studyCase, sources: sources, codings: codings, synthesis: synthesis,
                      attributeValues: attributeValues, codingsComplete: codingsComplete)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ name: String) throws(LoadProblem) -> (TOMLDocument, T) {
        let text = try TextFile.read(root.appendingPathComponent(name), as: name)
        let document = TOMLDocument(name: name, text: text)
        return (document, try document.decode(type))
    }

    private func makeCase(_ file: CaseFile, document: TOMLDocument, problems: inout Problems) -> Case {
        var respondents: [String: RespondentCount] = [:]
        let footnoteMarks = Set((file.footnote ?? []).map(\.mark))
        for (role, entry) in file.respondents.sorted(by: { $0.key < $1.key }) {
            let line = document.line(of: [TOMLFieldKey("respondents"), TOMLFieldKey(role)])
            guard context.roles.contains(where: { $0.name == role }) else {
                let known = context.roles.map(\.name).joined(separator: ", ")
                problems.add(LoadProblem(file: document.name, line: line, field: "respondents.\(role)",
                                         message: "unknown role `\(role)`; the roles of study.toml are \(known)"))
                continue
            }
            if let mark = entry.footnote, !footnoteMarks.contains(mark) {
                problems.add(LoadProblem(file: document.name, line: line, field: "respondents.\(role)",
                                         message: "footnote `\(mark)` has no [[footnote]] with that mark"))
            }
            if let count = entry.count, count < 0 {
                problems.add(LoadProblem(file: document.name, line: line, field: "respondents.\(role)",
                                         message: "a count cannot be negative; write \"-\" for a role that was not part of the case"))
            }
            respondents[role] = entry.count.map { .count($0, footnote: entry.footnote) } ?? .notPartOfCase
        }
        for role in context.roles where respondents[role.name] == nil && file.respondents[role.name] == nil {
            problems.add(LoadProblem(file: document.name, field: "respondents",
                                     message: "missing role `\(role.name)`: give a number, or \"-\" if the role was not part of the case"))
        }
        return Case(id: folderName, number: file.number, name: file.name, tableLabel: file.table_label, sector: file.sector,
                    institutions: file.institutions, description: file.description, respondents: respondents,
                    footnotes: (file.footnote ?? []).map { Footnote(mark: $0.mark, text: $0.text) })
    }

    private func loadSources(into problems: inout Problems) -> ([Source], [AttributeAssignment]) {
        let sourcesURL = root.appendingPathComponent(folderPath).appendingPathComponent("sources")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: sourcesURL.path) else {
            problems.add(LoadProblem(file: "\(folderPath)/sources", message: "folder is missing"))
            return ([], [])
        }
        var sources: [Source] = []
        var values: [AttributeAssignment] = []
        for fileName in names.filter({ $0.hasSuffix(".md") || $0.hasSuffix(".txt") }).sorted() {
            var loader = SourceLoader(root: root, path: "\(folderPath)/sources/\(fileName)", caseID: folderName, roles: context.roles)
            loader.attributes = context.attributes
            guard let (source, found, assigned) = problems.attempt({ () throws(LoadProblem) in try loader.loadWithAttributes() }) else { continue }
            found.forEach { problems.add($0) }
            sources.append(source)
            values += assigned
        }
        return (sources, values)
    }

    /// The `[attributes]` of case.toml on the case, and its `[participant_attributes.ID]` on
    /// participants that the case's sources name.
    private func caseAttributes(_ file: CaseFile, document: TOMLDocument, sources: [Source], problems: inout Problems) -> [AttributeAssignment] {
        let reader = AttributeValueReader(definitions: context.attributes)
        var values = reader.assignments(file.attributes, on: .case(folderName), document: document, tablePath: ["attributes"], problems: &problems)
        let speakers = Set(sources.flatMap { $0.participants.map(\.id) })
        for (speaker, table) in (file.participant_attributes ?? [:]).sorted(by: { $0.key < $1.key }) {
            let path = ["participant_attributes", speaker]
            guard speakers.contains(speaker) else {
                problems.add(LoadProblem(file: document.name, line: document.line(of: (path + ["\u{0}"]).map(TOMLFieldKey.init)), field: path.joined(separator: "."),
                    message: "no participant `\(speaker)` in this case's sources (participants: \(speakers.sorted().joined(separator: ", ")))"))
                continue
            }
            values += reader.assignments(table, on: .participant(caseID: folderName, speaker: speaker), document: document,
                                         tablePath: path, problems: &problems)
        }
        return values
    }

    /// The same id means the same person throughout a case, and the published counts bound how
    /// many people of a role a case can have.
    private func checkParticipants(_ sources: [Source], studyCase: Case, problems: inout Problems) {
        var roleOf: [String: (role: String, source: String)] = [:]
        for source in sources {
            for participant in source.participants {
                if let earlier = roleOf[participant.id], earlier.role != participant.role {
                    problems.add(LoadProblem(file: "\(folderPath)/sources/\(source.id).md", field: "participant \(participant.id)",
                        message: "has role `\(participant.role)` here but `\(earlier.role)` in \(earlier.source)"))
                } else if roleOf[participant.id] == nil {
                    roleOf[participant.id] = (participant.role, source.id)
                }
            }
        }
        for role in context.roles {
            let people = roleOf.filter { $0.value.role == role.name }.keys.sorted()
            guard !people.isEmpty else { continue }
            switch studyCase.respondents(role.name) {
            case .notPartOfCase:
                problems.add(LoadProblem(file: "\(folderPath)/case.toml", field: "respondents.\(role.name)",
                    message: "is \"-\" (not part of the case) but the sources have \(people.joined(separator: ", "))"))
            case .count(let count, _) where people.count > count:
                problems.add(LoadProblem(file: "\(folderPath)/case.toml", field: "respondents.\(role.name)",
                    message: "is \(count) but the sources have \(people.count) participants: \(people.joined(separator: ", "))"))
            default:
                break
            }
        }
    }
}
