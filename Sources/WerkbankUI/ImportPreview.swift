import Foundation
import TerminalKit
import WerkbankCore

/// The import dialog's state: a transcript read from a file, with each detected speaker mapped
/// to a participant id and role (or an interviewer), the case and kind of the source to make,
/// and the row the cursor is on.
///
/// Speakers start with the implicit mapping (``SpeakerMapping/implicit(for:roles:)``): `I` and
/// `Interviewer` are interviewers, `S1`, `P2` participants by their role's prefix; other labels
/// start unmapped. Choosing a role for a speaker without a typed id suggests the next free id
/// of that role in the case (`S5` after `S4`), which the user may type over.
public struct ImportPreview: Hashable, Sendable {
    /// What a speaker is mapped to.
    public enum Mapping: Hashable, Sendable {
        case unmapped
        case interviewer
        /// A participant in a role (by name).
        case participant(String)
    }

    public struct Speaker: Hashable, Sendable {
        public var label: String
        public var turns: Int
        public var firstWords: String
        /// The participant or interviewer id; empty while not given.
        public var id: String
        public var mapping: Mapping
        /// Whether `id` was suggested (and follows the role) rather than typed.
        var suggested = false

        public var isMapped: Bool { mapping != .unmapped && !id.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The rows the cursor moves over.
    public enum Row: Hashable, Sendable {
        case sourceID, studyCase, kind
        case speaker(Int)
        case importButton
    }

    /// The file's name, for the title and messages.
    public var fileName: String
    public var transcript: TranscriptImport
    public var checksum: String
    /// The source's id (from the file name, editable) and title (the file name without extension).
    public var sourceID: String
    public var title: String
    public var caseID: String
    public var kind: SourceKind
    public var date: String?
    public var speakers: [Speaker]
    /// The chosen row, an index into ``rows``.
    public var row = 0
    /// The id being typed on the chosen row, if any.
    public var editing: TextInput?

    public init(fileName: String, read: ReadTranscript, request: ImportRequest, roles: [Role]) {
        self.fileName = fileName
        transcript = read.transcript
        checksum = read.checksum
        title = (fileName as NSString).deletingPathExtension
        sourceID = Source.slug(title)
        caseID = request.caseID
        kind = request.kind
        date = request.date
        speakers = read.transcript.speakers.map { label in
            let implicit = SpeakerMapping.implicit(for: label, roles: roles)
            return Speaker(label: label, turns: read.transcript.turnCount(of: label), firstWords: read.transcript.firstWords(of: label),
                           id: implicit?.id ?? "", mapping: implicit.map { $0.role.map(Mapping.participant) ?? .interviewer } ?? .unmapped)
        }
        // The cursor starts where work is left: the first unmapped speaker, else Import.
        row = speakers.firstIndex { !$0.isMapped }.map { rows.firstIndex(of: .speaker($0)) ?? 0 } ?? rows.count - 1
    }

    public var rows: [Row] {
        [.sourceID, .studyCase, .kind] + speakers.indices.map(Row.speaker) + [.importButton]
    }

    public var currentRow: Row { rows[min(max(0, row), rows.count - 1)] }

    /// The labels still without an id and a role, in order.
    public var unmapped: [String] { speakers.filter { !$0.isMapped }.map(\.label) }

    mutating func move(by delta: Int) {
        row = min(max(0, row + delta), rows.count - 1)
    }

    mutating func select(_ target: Row) {
        if let index = rows.firstIndex(of: target) { row = index }
    }

    /// Cycles the chosen row's value: a speaker's mapping through the study's roles and
    /// interviewer, the case through the study's cases, the kind through the source kinds.
    mutating func cycle(by delta: Int, cases: [Case], roles: [Role], existingIDs: (String) -> [String]) {
        switch currentRow {
        case .speaker(let index):
            let choices = roles.map { Mapping.participant($0.name) } + [.interviewer]
            let current = choices.firstIndex(of: speakers[index].mapping)
            let next = current.map { ($0 + delta + choices.count) % choices.count } ?? (delta > 0 ? 0 : choices.count - 1)
            speakers[index].mapping = choices[next]
            if speakers[index].id.isEmpty || speakers[index].suggested {
                speakers[index].id = suggestID(for: index, roles: roles, existing: existingIDs(caseID))
                speakers[index].suggested = true
            }
        case .studyCase:
            guard let current = cases.firstIndex(where: { $0.id == caseID }) ?? cases.indices.first else { return }
            caseID = cases[(current + delta + cases.count) % cases.count].id
            // Suggested ids are free ids of the case, so they follow it.
            for index in speakers.indices where speakers[index].suggested {
                speakers[index].id = suggestID(for: index, roles: roles, existing: existingIDs(caseID))
            }
        case .kind:
            let kinds = SourceKind.allCases
            kind = kinds[((kinds.firstIndex(of: kind) ?? 0) + delta + kinds.count) % kinds.count]
        case .sourceID, .importButton:
            break
        }
    }

    /// The id a speaker gets when its role is chosen: `I` (or `I2`, … when another speaker of
    /// this file has it) for an interviewer; the role's prefix with the next number not used in
    /// the case nor by another speaker of this file for a participant.
    func suggestID(for index: Int, roles: [Role], existing: [String]) -> String {
        let others = speakers.indices.filter { $0 != index }.map { speakers[$0].id }
        let prefix: String
        switch speakers[index].mapping {
        case .unmapped: return ""
        case .interviewer:
            prefix = "I"
            if !others.contains("I") { return "I" }
        case .participant(let role):
            prefix = roles.first { $0.name == role }?.speakerPrefix ?? "P"
        }
        let used = (existing + others).compactMap { id -> Int? in
            guard id.hasPrefix(prefix) else { return nil }
            return Int(id.dropFirst(prefix.count))
        }
        return "\(prefix)\(max(used.max() ?? 0, prefix == "I" ? 1 : 0) + 1)"
    }

    /// Takes a typed id for the chosen row. A speaker's id that implies a role (`S7`, `I`) sets
    /// the role when none is chosen yet; a source id is made a slug.
    mutating func commitEdit(roles: [Role]) {
        guard let input = editing else { return }
        editing = nil
        let typed = input.text.trimmingCharacters(in: .whitespaces)
        switch currentRow {
        case .speaker(let index):
            speakers[index].id = typed
            speakers[index].suggested = false
            if speakers[index].mapping == .unmapped, let implied = SpeakerMapping.implicit(for: typed, roles: roles) {
                speakers[index].mapping = implied.role.map(Mapping.participant) ?? .interviewer
            }
        case .sourceID:
            sourceID = Source.slug(typed)
        default:
            break
        }
    }

    /// The mapping of every label, for ``WerkbankCore/TranscriptImport/source(id:title:caseID:kind:date:mappings:roles:)``.
    public var mappings: [String: SpeakerMapping] {
        var result: [String: SpeakerMapping] = [:]
        for speaker in speakers {
            switch speaker.mapping {
            case .unmapped: result[speaker.label] = SpeakerMapping(id: "", role: nil)
            case .interviewer: result[speaker.label] = .interviewer(speaker.id)
            case .participant(let role): result[speaker.label] = SpeakerMapping(id: speaker.id, role: role)
            }
        }
        return result
    }

    /// The source to import.
    public func source(roles: [Role]) throws(SpeakerMappingError) -> Source {
        try transcript.source(id: sourceID, title: title, caseID: caseID, kind: kind, date: date, mappings: mappings, roles: roles)
    }
}
