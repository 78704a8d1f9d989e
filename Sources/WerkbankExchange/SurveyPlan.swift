import Foundation
import WerkbankCore

/// What importing a survey export would write (decision 59): one source per respondent, of
/// kind questionnaire, with each answered open question as a heading line followed by the
/// answer as the respondent's turn (`S12: …`); each closed question a participant attribute,
/// its answers that respondent's values. Pure: the caller previews it or hands it to
/// `Project.addSurvey`.
public struct SurveyPlan: Hashable, Sendable {
    /// One row of the export: who answered, on which line.
    public struct Respondent: Hashable, Sendable {
        /// The id as written in the id column.
        public var answerID: String
        /// The participant id it becomes (`S12`).
        public var speaker: String
        public var role: String
        public var line: Int
    }

    public var columns: [SurveyColumn]
    public var respondents: [Respondent]
    public var sources: [Source]
    /// The declarations to write: new ones, and existing ones widened (a category's new values).
    public var attributes: [AttributeDefinition]
    /// Names of `attributes` already in the project (reused, perhaps widened).
    public var existingAttributes: Set<String>
    public var values: [AttributeAssignment]

    /// What the options say about the columns.
    public struct Options: Hashable, Sendable {
        public var idColumn: String
        public var open: [String]
        public var closed: [String]
        /// A role for every respondent (its speaker prefix goes before numeric ids).
        public var role: String?
        /// A column holding each respondent's role (a role's name or gloss, or the start of one).
        public var roleColumn: String?
        public var date: String?

        public init(idColumn: String, open: [String] = [], closed: [String] = [], role: String? = nil, roleColumn: String? = nil,
                    date: String? = nil) {
            self.idColumn = idColumn
            self.open = open
            self.closed = closed
            self.role = role
            self.roleColumn = roleColumn
            self.date = date
        }
    }

    /// Plans the import of `table` into a case. `name` is the file's name (messages, source
    /// ids and titles); `existing` are the project's declared attributes.
    public init(table: SurveyTable, name: String, caseID: String, options: Options, roles: [Role],
                existing: [AttributeDefinition]) throws(LoadProblem) {
        let idIndex = try Self.column(options.idColumn, in: table, name: name, option: "--id-column")
        let roleIndex = try options.roleColumn.map { column throws(LoadProblem) in
            try Self.column(column, in: table, name: name, option: "--role-column")
        }
        if roleIndex == idIndex { throw LoadProblem(file: name, line: 1, message: "--role-column and --id-column name the same column") }
        if roleIndex != nil, options.role != nil { throw LoadProblem(file: name, message: "give --role or --role-column, not both") }
        var told: [Int: Bool] = [:]
        for column in options.open { told[try Self.column(column, in: table, name: name, option: "--open")] = false }
        for column in options.closed { told[try Self.column(column, in: table, name: name, option: "--closed")] = true }
        if let both = Set(options.open.compactMap { try? Self.column($0, in: table, name: name, option: "") })
            .intersection(options.closed.compactMap { try? Self.column($0, in: table, name: name, option: "") }).min() {
            throw LoadProblem(file: name, line: 1, message: "column `\(table.header[both])` is given both as --open and --closed")
        }
        columns = table.header.indices.map { index in
            index == idIndex ? SurveyColumn(index: index, header: table.header[index], use: .id, reason: "--id-column")
                : index == roleIndex ? SurveyColumn(index: index, header: table.header[index], use: .role, reason: "--role-column")
                : SurveyColumn.classify(index: index, header: table.header[index], answers: table.rows.map { $0[index] }, told: told[index])
        }
        respondents = try Self.respondents(table, idIndex: idIndex, roleIndex: roleIndex, name: name, role: options.role, roles: roles)
        (attributes, existingAttributes) = try Self.declarations(columns, existing: existing, name: name)
        let declared = Dictionary(attributes.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        values = []
        for (respondent, row) in zip(respondents, table.rows) {
            for column in columns {
                guard case .closed = column.use, let answer = column.value(row[column.index]),
                      let definition = declared[column.attributeName.lowercased()] else { continue }
                do {
                    let value = try definition.value(answer)
                    values.append(AttributeAssignment(attribute: definition.name, target: .participant(caseID: caseID, speaker: respondent.speaker),
                                                      value: value))
                } catch {
                    throw LoadProblem(file: name, line: respondent.line, field: column.header, message: error.description)
                }
            }
        }
        let base = (name as NSString).deletingPathExtension
        let openColumns = columns.filter { $0.use == .open }
        sources = zip(respondents, table.rows).map { respondent, row in
            Self.source(base: base, respondent: respondent, row: row, openColumns: openColumns, caseID: caseID, date: options.date,
                        file: name)
        }
    }

    // MARK: Pieces

    /// A column by header (without regard to case) or by number from 1.
    static func column(_ given: String, in table: SurveyTable, name: String, option: String) throws(LoadProblem) -> Int {
        let wanted = given.trimmingCharacters(in: .whitespaces)
        if let index = table.header.firstIndex(where: { $0.caseInsensitiveCompare(wanted) == .orderedSame }) { return index }
        if let number = Int(wanted), table.header.indices.contains(number - 1) { return number - 1 }
        let listed = table.header.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
        throw LoadProblem(file: name, line: 1, message: "\(option): no column `\(wanted)`; the columns are \(listed)")
    }

    static func respondents(_ table: SurveyTable, idIndex: Int, roleIndex: Int?, name: String, role: String?,
                            roles: [Role]) throws(LoadProblem) -> [Respondent] {
        let given: Role?
        if let role {
            guard let known = try? NameResolver(roles: roles).role(role) else {
                throw LoadProblem(file: name, message: "--role: no role `\(role)`; the roles are \(roles.map(\.name).joined(separator: ", "))")
            }
            given = known
        } else {
            given = nil
        }
        var respondents: [Respondent] = []
        var seen: [String: Int] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            let answerID = SurveyColumn.trimmed(row[idIndex])
            guard !answerID.isEmpty else {
                throw LoadProblem(file: name, line: line, message: "has no respondent id in column `\(table.header[idIndex])`")
            }
            let speaker: String, roleName: String
            var given = given
            if let roleIndex {
                let written = SurveyColumn.trimmed(row[roleIndex])
                do {
                    given = try NameResolver(roles: roles).role(written)
                } catch {
                    throw LoadProblem(file: name, line: line, field: table.header[roleIndex], message: """
                        `\(written)` is not a role; the roles are \(roles.map(\.name).joined(separator: ", "))
                        """)
                }
            }
            if let given {
                speaker = Self.speakerID(answerID, prefix: given.speakerPrefix)
                roleName = given.name
            } else if let mapping = SpeakerMapping.implicit(for: answerID, roles: roles), let implied = mapping.role {
                (speaker, roleName) = (mapping.id, implied)
            } else {
                let prefixes = roles.map { "\($0.speakerPrefix) \($0.name)" }.joined(separator: ", ")
                throw LoadProblem(file: name, line: line, message: """
                    respondent `\(answerID)` has no role: give --role NAME for all respondents, or ids that start with a role's \
                    prefix (\(prefixes))
                    """)
            }
            if let first = seen[speaker] {
                throw LoadProblem(file: name, line: line, message: "respondent `\(answerID)` comes twice (first on line \(first))")
            }
            seen[speaker] = line
            respondents.append(Respondent(answerID: answerID, speaker: speaker, role: roleName, line: line))
        }
        return respondents
    }

    /// The participant id of a respondent id: a number gets the role's prefix (`12` → `S12`);
    /// other ids are kept, white space and `:` made `-` (a speaker id is one word).
    static func speakerID(_ answerID: String, prefix: String) -> String {
        if answerID.allSatisfy(\.isASCII), answerID.allSatisfy(\.isNumber) { return prefix + answerID }
        return String(answerID.map { $0.isWhitespace || $0 == ":" ? "-" : $0 })
    }

    /// The attributes to declare: a closed column's own, or the project's of that name when it
    /// can hold the answers (a category gains the new values; a text attribute takes any).
    static func declarations(_ columns: [SurveyColumn], existing: [AttributeDefinition],
                             name: String) throws(LoadProblem) -> ([AttributeDefinition], Set<String>) {
        var result: [AttributeDefinition] = []
        var reused: Set<String> = []
        for column in columns {
            guard case .closed(let kind, let values) = column.use else { continue }
            let attribute = column.attributeName
            guard !attribute.isEmpty else { throw LoadProblem(file: name, line: 1, message: "column \(column.index + 1) has no header to name its attribute") }
            if result.contains(where: { $0.name.caseInsensitiveCompare(attribute) == .orderedSame }) {
                throw LoadProblem(file: name, line: 1, message: "two columns are called `\(attribute)`")
            }
            guard var known = existing.first(where: { $0.name.caseInsensitiveCompare(attribute) == .orderedSame }) else {
                result.append(AttributeDefinition(name: attribute, target: .participant, kind: kind, values: values,
                                                  description: "From a questionnaire: \(column.header)"))
                continue
            }
            guard known.target == .participant else {
                throw LoadProblem(file: name, line: 1, field: column.header, message: """
                    the project's attribute `\(known.name)` is declared on \(known.target.rawValue)s, not participants; \
                    rename the column or the attribute
                    """)
            }
            switch (known.kind, kind) {
            case (.text, _), (.number, .number), (.date, .date):
                break
            case (.category, .category):
                known.values += values.filter { value in !known.values.contains { $0.caseInsensitiveCompare(value) == .orderedSame } }
            default:
                throw LoadProblem(file: name, line: 1, field: column.header, message: """
                    the project's attribute `\(known.name)` holds \(known.kind.rawValue)s, but the answers are \(kind.rawValue)s; \
                    give --open for it or rename the column
                    """)
            }
            reused.insert(known.name)
            result.append(known)
        }
        return (result, reused)
    }

    /// A respondent's source: each answered open question as a heading line, then the answer
    /// as the respondent's turn; a blank line between questions. The participant's description
    /// keeps the id as the export wrote it.
    static func source(base: String, respondent: Respondent, row: [String], openColumns: [SurveyColumn],
                       caseID: String, date: String?, file: String) -> Source {
        var text = ""
        var length = 0
        var turns: [Turn] = []
        func append(_ piece: String) {
            text += piece
            length += piece.unicodeScalars.count
        }
        for column in openColumns {
            let answer = SurveyColumn.trimmed(row[column.index])
            guard !answer.isEmpty else { continue }
            if !text.isEmpty { append("\n\n") }
            append(column.header.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n")
            append("\(respondent.speaker): ")
            let start = length
            append(answer)
            turns.append(Turn(speaker: respondent.speaker, range: ScalarRange(start: start, end: length)))
        }
        // A respondent who answered no open question still becomes a participant (the closed
        // answers need one), through a source that says so.
        if text.isEmpty { text = "(\(respondent.speaker) answered no open question)" }
        let slug = Source.slug(base)
        return Source(id: [slug, Source.slug(respondent.speaker)].filter { !$0.isEmpty }.joined(separator: "-"),
                      caseID: caseID, title: "\(base) \(respondent.speaker)", kind: .questionnaire, date: date,
                      participants: [Participant(id: respondent.speaker, role: respondent.role,
                                                 description: "respondent \(respondent.answerID) of \(file)")],
                      text: text, turns: turns)
    }
}
