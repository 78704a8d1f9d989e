import Foundation
import WerkbankCore

/// One file of a `.qdpx` besides `project.qde`: a source's text under `sources/`.
public struct RefiQDAFile: Hashable, Sendable {
    /// The path inside the archive (`sources/GUID.txt`).
    public var path: String
    /// UTF-8 text without a byte order mark; positions count its Unicode code points.
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A REFI-QDA project ready to be zipped: `project.qde` and the source texts.
public struct RefiQDAProject: Hashable, Sendable {
    public var xml: String
    public var files: [RefiQDAFile]
    /// What could not be carried over (a coding outside its source's text, a coding of an
    /// unknown source or code).
    public var problems: [String]
    /// How many codings the project carries.
    public var codingCount: Int
}

/// Writes REFI-QDA 1.0 (`urn:QDA-XML:project:1.0` and `urn:QDA-XML:codebook:1.0`) from a study.
///
/// GUIDs are stable: a code's is `UUID.stable(from: "code|SHORT")` (as the store uses), a
/// source's `source|ID`, a case's `case|ID`, a coder's `coder|NAME`, a group's `group|ID`; a
/// selection's is the coding's own id. Positions are Unicode code points from 0, end exclusive,
/// which are the scalar offsets Werkbank stores.
public enum RefiQDAWriter {
    public static let projectNamespace = "urn:QDA-XML:project:1.0"
    public static let codebookNamespace = "urn:QDA-XML:codebook:1.0"
    public static let origin = "Werkbank"

    public static func codeGUID(_ short: String) -> UUID { .stable(from: "code|\(short)") }
    public static func groupGUID(_ id: String) -> UUID { .stable(from: "group|\(id)") }
    public static func sourceGUID(_ id: String) -> UUID { .stable(from: "source|\(id)") }
    public static func caseGUID(_ id: String) -> UUID { .stable(from: "case|\(id)") }
    public static func userGUID(_ name: String) -> UUID { .stable(from: "coder|\(name)") }
    static func variableGUID(_ name: String) -> UUID { .stable(from: "variable|\(name)") }
    static func codingGUID(_ coding: Coding) -> UUID { .stable(from: "coding|\(coding.id.uuidString)") }
    static func noteGUID(_ key: String) -> UUID { .stable(from: "note|\(key)") }

    /// The path of a source's text inside the archive and its `plainTextPath`.
    public static func sourceFile(_ id: String) -> String { "sources/\(sourceGUID(id).refiGUID).txt" }

    // MARK: - Project

    /// `project.qde` and the source files of a study.
    ///
    /// - Parameters:
    ///   - sources: the sources with their texts (the study's own when `nil`).
    ///   - codings: the codings (the study's own when `nil`).
    ///   - memos: memos on codes, cases and sources.
    public static func project(study: Study, sources: [Source]? = nil, codings: [Coding]? = nil,
                               memos: [MemoTarget: String] = [:]) -> RefiQDAProject {
        let sources = sources ?? study.sources
        let codings = codings ?? study.codings
        var problems: [String] = []
        let sourceByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let lengths = sourceByID.mapValues { $0.text.unicodeScalars.count }
        let knownCodes = Set(study.codebook.codes.map(\.short))

        // Codings that can be carried over, by source.
        var codingsBySource: [String: [Coding]] = [:]
        for coding in codings {
            guard let length = lengths[coding.sourceID] else {
                problems.append("coding \(coding.id.uuidString) of unknown source \(coding.sourceID) left out")
                continue
            }
            guard let problem = problem(coding, length: length, knownCodes: knownCodes) else {
                codingsBySource[coding.sourceID, default: []].append(coding)
                continue
            }
            problems.append(problem)
        }

        // Users: the study's coders, then anyone else who coded. (Authors of findings are in
        // their notes' records: as users they would come back as coders.)
        var userNames = study.coders.map(\.name)
        for name in codings.map(\.coder) where !userNames.contains(name) { userNames.append(name) }

        // About 600 bytes of XML per coding.
        var xml = RefiQDAXML(capacity: 64 * 1024 + codings.count * 640)
        let codingCount = write(study: study, outline: sources.map { ($0.id, $0.caseID) }, users: userNames, memos: memos,
                                into: &xml) { body in
            for source in sources { body(source, codingsBySource[source.id] ?? []) }
        }
        return RefiQDAProject(xml: xml.text, files: sources.map { RefiQDAFile(path: sourceFile($0.id), text: $0.text) },
                              problems: problems, codingCount: codingCount)
    }

    /// Why a coding of a source `length` code points long cannot be carried over, or `nil`.
    static func problem(_ coding: Coding, length: Int, knownCodes: Set<String>) -> String? {
        guard knownCodes.contains(coding.code) else {
            return "coding \(coding.id.uuidString) with code \(coding.code), which is not in the codebook, left out"
        }
        guard coding.range.start >= 0, coding.range.end <= length else {
            return "coding \(coding.id.uuidString) at \(coding.range) outside \(coding.sourceID) left out"
        }
        return nil
    }

    /// Writes `project.qde` into `xml`, the sources' part as `eachSource` hands over each
    /// source (in `outline`'s order) with the codings to carry, so that a caller can read them
    /// one source at a time. Returns how many codings it wrote.
    ///
    /// - Parameters:
    ///   - outline: every source's id and case, in the order `eachSource` gives them.
    ///   - users: the names of the `<Users>`, in order.
    static func write(study: Study, outline: [(id: String, caseID: String)], users userNames: [String],
                      memos: [MemoTarget: String], into xml: inout RefiQDAXML,
                      eachSource: ((Source, [Coding]) -> Void) throws -> Void) rethrows -> Int {
        // Notes, in document order.
        var notes: [(guid: UUID, name: String, text: String)] = []
        func note(_ key: String, name: String, text: String?) -> UUID? {
            guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            let guid = noteGUID(key)
            notes.append((guid, name, text))
            return guid
        }
        var caseNoteLinks: [(note: UUID, caseGUID: UUID)] = []

        xml.open("Project", [("xmlns", projectNamespace), ("name", study.title.isEmpty ? "Werkbank" : study.title),
                             ("origin", origin)])

        if !userNames.isEmpty {
            xml.open("Users")
            for name in userNames { xml.empty("User", [("guid", userGUID(name).refiGUID), ("name", name)]) }
            xml.close("Users")
        }

        // CodeBook: each group a non-codable code holding its codes, sub-codes under their parent.
        var codeNotes: [String: UUID] = [:]
        for code in study.codebook.codes {
            codeNotes[code.short] = note("code|\(code.short)", name: "Memo: \(code.short)", text: memos[.code(code.short)])
        }
        if !study.codebook.groups.isEmpty {
            xml.open("CodeBook")
            xml.open("Codes")
            writeGroups(study.codebook, into: &xml, noteRefs: codeNotes)
            xml.close("Codes")
            xml.close("CodeBook")
        }

        // Variables.
        xml.open("Variables")
        for (name, description) in variables {
            xml.open("Variable", [("guid", variableGUID(name).refiGUID), ("name", name), ("typeOfVariable", "Text")])
            xml.element("Description", text: description)
            xml.close("Variable")
        }
        let attributes = RefiQDAAttributes.exported(study)
        let attributeValues = RefiQDAAttributes.valuesByTarget(study)
        RefiQDAAttributes.writeVariables(attributes, into: &xml)
        xml.close("Variables")

        func variableValue(_ name: String, _ value: String) {
            xml.open("VariableValue")
            xml.empty("VariableRef", [("targetGUID", variableGUID(name).refiGUID)])
            xml.element("TextValue", text: value)
            xml.close("VariableValue")
        }

        // Cases.
        if !study.cases.isEmpty {
            xml.open("Cases")
            for studyCase in study.cases {
                let guid = caseGUID(studyCase.id)
                if let noteGUID = note("case|\(studyCase.id)", name: "Memo: \(studyCase.name)", text: memos[.case(studyCase.id)]) {
                    caseNoteLinks.append((noteGUID, guid))
                }
                xml.open("Case", [("guid", guid.refiGUID), ("name", studyCase.name)])
                if !studyCase.description.isEmpty { xml.element("Description", text: studyCase.description) }
                variableValue("ID", studyCase.id)
                variableValue("Sector", studyCase.sector)
                variableValue("Table label", studyCase.tableLabel)
                RefiQDAAttributes.writeValues(on: .case(studyCase.id), attributes, values: attributeValues, into: &xml)
                for source in outline where source.caseID == studyCase.id {
                    xml.empty("SourceRef", [("targetGUID", sourceGUID(source.id).refiGUID)])
                }
                xml.close("Case")
            }
            xml.close("Cases")
        }

        // Sources.
        // Only the evidence's codings are looked up among those carried.
        let evidence = Set(study.synthesis.findings.flatMap { $0.evidence.map(\.codingID) }
            + study.synthesis.conclusions.flatMap { $0.evidence.map(\.codingID) })
        var exportedEvidence = Set<UUID>()
        var codingCount = 0
        if !outline.isEmpty {
            xml.open("Sources")
            try eachSource { source, codings in
                codingCount += codings.count
                for coding in codings where evidence.contains(coding.id) { exportedEvidence.insert(coding.id) }
                let sourceNote = note("source|\(source.id)", name: "Memo: \(source.title)", text: memos[.source(source.id)])
                xml.open("TextSource", [("guid", sourceGUID(source.id).refiGUID), ("name", source.title),
                                        ("plainTextPath", "internal://\(sourceGUID(source.id).refiGUID).txt")])
                xml.element("Description", text: sourceDescription(source))
                for coding in codings {
                    let user = userGUID(coding.coder).refiGUID
                    let created = coding.created.map(dateTime)
                    xml.open("PlainTextSelection", [
                        ("guid", coding.id.refiGUID), ("name", coding.code),
                        ("startPosition", String(coding.range.start)), ("endPosition", String(coding.range.end)),
                        ("creatingUser", user), ("creationDateTime", created),
                        ("modifyingUser", coding.modified == nil ? nil : user), ("modifiedDateTime", coding.modified.map(dateTime)),
                    ])
                    xml.open("Coding", [("guid", codingGUID(coding).refiGUID), ("creatingUser", user), ("creationDateTime", created)])
                    xml.empty("CodeRef", [("targetGUID", codeGUID(coding.code).refiGUID)])
                    xml.close("Coding")
                    if let noteGUID = note("coding|\(coding.id.uuidString)", name: "Memo: \(coding.code) by \(coding.coder)", text: coding.memo) {
                        xml.empty("NoteRef", [("targetGUID", noteGUID.refiGUID)])
                    }
                    xml.close("PlainTextSelection")
                }
                if let sourceNote { xml.empty("NoteRef", [("targetGUID", sourceNote.refiGUID)]) }
                variableValue("ID", source.id)
                variableValue("Kind", source.kind.rawValue)
                if let date = source.date { variableValue("Date", date) }
                let roles = uniqued(source.participants.map(\.role))
                if !roles.isEmpty { variableValue("Roles", roles.joined(separator: ", ")) }
                RefiQDAAttributes.writeValues(on: .source(source.id), attributes, values: attributeValues, into: &xml)
                xml.close("TextSource")
            }
            xml.close("Sources")
        }
        let synthesisNotes = RefiQDASynthesis.notes(
            study.synthesis, caseNames: Dictionary(study.cases.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            exportedCodings: exportedEvidence)
        let memoNotes = RefiQDAFreeMemos.notes(study.memos)

        // Notes: memos, then findings, judgements and conclusions.
        if !notes.isEmpty || !synthesisNotes.isEmpty || !memoNotes.isEmpty {
            xml.open("Notes")
            for note in notes {
                xml.open("Note", [("guid", note.guid.refiGUID), ("name", note.name)])
                xml.element("PlainTextContent", text: note.text)
                xml.close("Note")
            }
            for note in synthesisNotes {
                let record = note.record
                xml.open("Note", [("guid", note.guid.refiGUID), ("name", note.name),
                                  ("creationDateTime", record.created.map { dateTime(Date(timeIntervalSince1970: $0)) }),
                                  ("modifiedDateTime", record.modified.map { dateTime(Date(timeIntervalSince1970: $0)) })])
                xml.element("Description", text: RefiQDASynthesis.description(record))
                xml.element("PlainTextContent", text: note.text)
                xml.close("Note")
            }
            RefiQDAFreeMemos.writeNotes(memoNotes, into: &xml)
            xml.close("Notes")
        }

        // Links: a case cannot refer to a note, so a link joins a case memo to its case; a
        // finding, judgement or conclusion is linked to its case, code and selections.
        if !caseNoteLinks.isEmpty || synthesisNotes.contains(where: { !$0.targets.isEmpty }) || memoNotes.contains(where: { $0.target != nil }) {
            xml.open("Links")
            for link in caseNoteLinks {
                xml.empty("Link", [("guid", UUID.stable(from: "link|\(link.note.uuidString)").refiGUID), ("name", "memo"),
                                   ("direction", "OneWay"), ("originGUID", link.note.refiGUID), ("targetGUID", link.caseGUID.refiGUID)])
            }
            for note in synthesisNotes {
                for target in note.targets {
                    xml.empty("Link", [("guid", UUID.stable(from: "link|\(note.guid.uuidString)|\(target.guid.uuidString)").refiGUID),
                                       ("name", target.name), ("direction", "OneWay"), ("originGUID", note.guid.refiGUID),
                                       ("targetGUID", target.guid.refiGUID)])
                }
            }
            RefiQDAFreeMemos.writeLinks(memoNotes, into: &xml)
            xml.close("Links")
        }

        if !study.citation.isEmpty || !study.researchQuestions.isEmpty {
            let questions = study.researchQuestions.map { "- \($0)" }.joined(separator: "\n")
            xml.element("Description", text: [study.citation, questions].filter { !$0.isEmpty }.joined(separator: "\n\n"))
        }
        RefiQDAFreeMemos.writeProjectRefs(memoNotes, into: &xml)
        xml.close("Project")
        return codingCount
    }

    // MARK: - Codebook

    /// A `.qdc` codebook: the same code tree as in a project, without memos.
    public static func codebook(_ codebook: Codebook) -> String {
        var xml = RefiQDAXML()
        xml.open("CodeBook", [("xmlns", codebookNamespace), ("origin", origin)])
        xml.open("Codes")
        writeGroups(codebook, into: &xml, noteRefs: [:])
        xml.close("Codes")
        xml.close("CodeBook")
        return xml.text
    }

    // MARK: - Parts

    private static func writeGroups(_ codebook: Codebook, into xml: inout RefiQDAXML, noteRefs: [String: UUID]) {
        let known = Set(codebook.codes.map(\.short))
        var written = Set<String>()
        func write(_ code: Code) {
            guard written.insert(code.short).inserted else { return }
            xml.open("Code", [("guid", codeGUID(code.short).refiGUID), ("name", codeName(code)),
                              ("isCodable", "true"), ("color", code.colour.hex)])
            if let description = glossedDescription(code.gloss, code.description) { xml.element("Description", text: description) }
            if let note = noteRefs[code.short] { xml.empty("NoteRef", [("targetGUID", note.refiGUID)]) }
            for child in codebook.children(of: code.short) { write(child) }
            xml.close("Code")
        }
        for group in codebook.groups {
            xml.open("Code", [("guid", groupGUID(group.id).refiGUID), ("name", group.name.isEmpty ? group.id : group.name),
                              ("isCodable", "false")])
            if let description = glossedDescription(group.gloss, group.description) { xml.element("Description", text: description) }
            for code in group.codes where code.parent == nil || !known.contains(code.parent!) { write(code) }
            xml.close("Code")
        }
    }

    /// The variables of cases (ID, Sector, Table label) and of sources (ID, Kind, Date, Roles).
    static let variables: [(name: String, description: String)] = [
        ("ID", "The Werkbank id of a case or source, as in Werkbank's CSV exports."),
        ("Sector", "Of a case."), ("Table label", "Of a case: its label in the respondent table."),
        ("Kind", "Of a source: interview, focusgroup, observation, document or questionnaire."),
        ("Date", "Of a source."), ("Roles", "Of a source: the roles of its participants."),
    ]

    /// The English gloss as the first paragraph, then the description: `gloss`, or
    /// `gloss\n\ndescription`, or `\n\ndescription` without a gloss, so that Werkbank can read
    /// the two apart again (a gloss is one line).
    static func glossedDescription(_ gloss: String, _ description: String) -> String? {
        if description.isEmpty { return gloss.isEmpty ? nil : gloss }
        return gloss + "\n\n" + description
    }

    /// `LOS – Lerend en Onderzoekend Samenwerken`: the short name first, as researchers know it.
    static func codeName(_ code: Code) -> String {
        code.name.isEmpty || code.name == code.short ? code.short : "\(code.short) – \(code.name)"
    }

    private static func sourceDescription(_ source: Source) -> String {
        var lines = [source.kind.rawValue + (source.date.map { ", \($0)" } ?? "")]
        if !source.interviewers.isEmpty { lines.append("Interviewers: " + source.interviewers.joined(separator: ", ")) }
        for participant in source.participants {
            let description = participant.description.replacingOccurrences(of: "\n", with: " ")
            lines.append("Participant \(participant.id) (\(participant.role))" + (description.isEmpty ? "" : ": \(description)"))
        }
        return lines.joined(separator: "\n")
    }

    private static func uniqued(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// `2024-03-14T09:30:00Z`. The format style, unlike `ISO8601DateFormatter`, needs no ICU
    /// formatter per call, which made exporting 100,000 codings take seconds.
    private static func dateTime(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
