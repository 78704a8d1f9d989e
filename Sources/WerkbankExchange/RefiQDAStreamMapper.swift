import Foundation
import WerkbankCore

/// What ``RefiQDAReaderMapper`` makes of a whole document, made a source at a time as the
/// document is read (decision 60): the same ids, cases, roles, codings and memos, in the same
/// order, from a document whose head (users, codes, variables, cases) comes before its sources.
final class RefiQDAStreamMapper {
    /// Thrown where the document needs reading whole: a coding of a code that would become a
    /// group when none of its codes is coded.
    struct NeedsWholeDocument: Error {}

    private let base: RefiQDAReaderMapper
    private let codebook: ImportedCodebook
    private var coderNames: [String: String] = [:]
    private(set) var head: Study
    private var cases: [Case]
    private var caseIDByGUID: [String: String] = [:]
    private var caseOfSource: [String: String] = [:]
    private var usedCaseIDs: Set<String> = []
    private var noCaseID: String?
    private var usedSourceIDs: Set<String> = []
    private(set) var sourceIDs: [String: String] = [:]
    private var sourceNotes: [(id: String, notes: [String])] = []
    private var roleNames: Set<String> = []
    private var usedCodingIDs: Set<UUID> = []
    private var codingNotes: [(id: UUID, notes: [String])] = []
    /// Codes that become groups unless coded.
    private let groupGUIDs: Set<String>
    private(set) var sourceCount = 0
    private(set) var codingCount = 0
    private var skipped: [String] = []
    private var missingTexts: [String] = []
    private var invalid: [String] = []

    /// Maps the head of `document` (read up to its first source).
    init(head document: RefiQDADocument) {
        base = RefiQDAReaderMapper(document: document, texts: [:])
        var usedGroupIDs: Set<String> = []
        codebook = base.mapCodebook(usedIDs: &usedGroupIDs)
        var children: Set<String> = []
        for code in document.codes { if let parent = code.parentGUID { children.insert(parent) } }
        groupGUIDs = Set(document.codes.filter { $0.parentGUID == nil && !$0.isCodable && children.contains($0.guid) }.map(\.guid))
        var coders: [Coder] = []
        var usedCoderNames: Set<String> = []
        for guid in document.userOrder {
            let name = base.unique(document.users[guid] ?? guid, in: &usedCoderNames)
            coderNames[guid] = name
            coders.append(Coder(name: name))
        }
        cases = []
        for entry in document.cases {
            let name = entry.name.isEmpty ? "Case \(cases.count + 1)" : entry.name
            let id = base.unique(base.werkbankID(entry.variables["ID"]) ?? base.slug(name, fallback: "case"), in: &usedCaseIDs, caseInsensitive: true)
            caseIDByGUID[entry.guid] = id
            cases.append(Case(id: id, number: cases.count + 1, name: name, tableLabel: entry.variables["Table label"] ?? name,
                              sector: entry.variables["Sector"] ?? "", institutions: [], description: entry.description,
                              respondents: [:]))
            for guid in entry.sourceGUIDs where caseOfSource[guid] == nil { caseOfSource[guid] = id }
        }
        head = Study(title: document.name.isEmpty ? "Imported project" : document.name, roles: [], coders: coders,
                     codebook: codebook.codebook, cases: cases)
    }

    /// One source and its codings, with the roles and the case first needed by it; `text` is
    /// `nil` when the source's text is not in the archive.
    func map(_ entry: RefiQDADocument.TextSource, text: String?) throws -> RefiQDABatch {
        guard let text else {
            let place = entry.plainTextPath ?? "no plainTextPath"
            skipped.append("source '\(entry.name)': text is not in the archive (\(place))")
            for selection in entry.selections where !selection.codings.isEmpty {
                missingTexts.append("selection \(selection.guid) in '\(entry.name)': the source's text is not in the archive (\(place))")
            }
            return RefiQDABatch()
        }
        var entry = entry
        var batch = RefiQDABatch()
        if entry.name.isEmpty, let path = entry.plainTextPath {
            entry.name = ((path.split(separator: "/").last.map(String.init) ?? path) as NSString).deletingPathExtension
        }
        if entry.name.isEmpty { entry.name = entry.guid }
        let id = base.unique(base.werkbankID(entry.variables["ID"]) ?? base.slug(entry.name, fallback: "source"), in: &usedSourceIDs,
                             caseInsensitive: true)
        sourceIDs[entry.guid] = id
        if !entry.noteGUIDs.isEmpty { sourceNotes.append((id, entry.noteGUIDs)) }
        let caseID: String
        if let known = caseOfSource[entry.guid] {
            caseID = known
        } else if let noCaseID {
            caseID = noCaseID
        } else {
            let made = base.unique("zonder-case", in: &usedCaseIDs, caseInsensitive: true)
            noCaseID = made
            caseID = made
            batch.cases.append(Case(id: made, number: cases.count + 1, name: RefiQDAReader.noCaseName,
                                    tableLabel: RefiQDAReader.noCaseName, sector: "", institutions: [], description: "", respondents: [:]))
        }
        let source = base.makeSource(id: id, caseID: caseID, entry: entry, text: text)
        for participant in source.participants where roleNames.insert(participant.role).inserted {
            batch.roles.append(Role(name: participant.role, gloss: "", speakerPrefix: String(participant.id.prefix { $0.isLetter })))
        }
        batch.codings = try codings(of: entry, id: id, text: text)
        batch.sources.append(source)
        sourceCount += 1
        return batch
    }

    private func codings(of entry: RefiQDADocument.TextSource, id: String, text: String) throws -> [Coding] {
        var codings: [Coding] = []
        // Per source: a coding shares its selection's times; a cache of a whole project's would grow with it.
        let dates = DateCache()
        let converter = PositionConverter(text: text, utf16: base.countsUTF16)
        for selection in entry.selections {
            let label = selection.label(in: entry.name)
            let range: ScalarRange
            switch converter.range(of: selection, in: entry.name) {
            case .success(let found): range = found
            case .failure(let problem):
                invalid.append(problem.text)
                continue
            }
            let modified = selection.modified.flatMap { dates.date($0) }
            for coding in selection.codings {
                if let guid = coding.codeGUID, groupGUIDs.contains(guid) { throw NeedsWholeDocument() }
                guard let guid = coding.codeGUID, let short = codebook.shorts[guid] else {
                    invalid.append("\(label): coding refers to unknown code \(coding.codeGUID ?? "(none)")")
                    continue
                }
                var coder = coding.userGUID.flatMap { coderNames[$0] } ?? ""
                if coder.isEmpty { coder = "unknown" }
                let created = coding.created.flatMap { dates.date($0) }
                var codingID = selection.codings.count == 1 ? UUID(uuidString: selection.guid) : nil
                if codingID == nil || usedCodingIDs.contains(codingID!) {
                    codingID = UUID.stable(from: "refi|\(selection.guid)|\(guid)|\(coder)|\(codingCount)")
                }
                usedCodingIDs.insert(codingID!)
                if !selection.noteGUIDs.isEmpty { codingNotes.append((codingID!, selection.noteGUIDs)) }
                codings.append(Coding(id: codingID!, sourceID: id, range: range, code: short, coder: coder,
                                      memo: nil, created: created, modified: modified ?? created))
                codingCount += 1
            }
        }
        return codings
    }

    /// What comes after the sources, from the whole document (its sources without selections):
    /// the synthesis, attributes and free memos, the memos, and what was not imported.
    func finish(_ document: RefiQDADocument) -> RefiQDAStreamed {
        let mapper = RefiQDAReaderMapper(document: document, texts: [:])
        var memos: [MemoTarget: String] = [:]
        var usedGroupIDs: Set<String> = []
        for (short, memo) in mapper.mapCodebook(usedIDs: &usedGroupIDs).memos { memos[.code(short)] = memo }
        for (id, notes) in sourceNotes {
            let memo = mapper.notes(notes)
            if !memo.isEmpty { memos[.source(id)] = memo }
        }
        for (entry, made) in zip(document.cases, cases) {
            let memo = mapper.notes(document.links.filter {
                $0.target == entry.guid && document.notes[$0.origin] != nil
                    && !RefiQDAFreeMemos.isRecord(document.noteDescriptions[$0.origin])
            }.map(\.origin))
            if !memo.isEmpty { memos[.case(made.id)] = memo }
        }
        var codingMemos: [UUID: String] = [:]
        for (id, notes) in codingNotes {
            let memo = mapper.notes(notes)
            if !memo.isEmpty { codingMemos[id] = memo }
        }
        var caseIDs: [String: String] = [:]
        for (entry, made) in zip(document.cases, cases) { caseIDs[entry.variables["ID"] ?? made.id] = made.id }
        var skipped = document.skipped + self.skipped
        let synthesis = RefiQDASynthesis.synthesis(order: document.noteOrder, notes: document.notes,
                                                   descriptions: document.noteDescriptions, caseIDs: caseIDs)
        let freeMemos = RefiQDAFreeMemos.memos(order: document.noteOrder, notes: document.notes,
                                               descriptions: document.noteDescriptions, caseIDs: caseIDs)
        let (attributes, values) = RefiQDAAttributes.read(document, caseIDs: caseIDByGUID, sourceIDs: sourceIDs, skipped: &skipped)
        var tail = head
        tail.synthesis = synthesis
        tail.attributes = attributes
        tail.attributeValues = values
        tail.memos = freeMemos
        return RefiQDAStreamed(tail: tail, memos: memos, codingMemos: codingMemos, sources: sourceCount,
                               codes: head.codebook.codes.count, codings: codingCount, skipped: skipped, invalid: missingTexts + invalid)
    }
}

/// Roles and a case first needed, then sources with their codings: one step of a streamed
/// import (decision 60).
public struct RefiQDABatch: Sendable {
    public var roles: [Role] = []
    public var cases: [Case] = []
    public var sources: [Source] = []
    public var codings: [Coding] = []

    public init() {}

    public var isEmpty: Bool { roles.isEmpty && cases.isEmpty && sources.isEmpty && codings.isEmpty }

    mutating func append(_ other: RefiQDABatch) {
        roles += other.roles
        cases += other.cases
        sources += other.sources
        codings += other.codings
    }
}

/// What a streamed `.qdpx` held besides its batches: the rest of the study and what could not
/// be brought in, as ``RefiQDAImport`` tells them.
public struct RefiQDAStreamed: Sendable {
    /// The study's head with its synthesis, attributes and free memos (no sources or codings).
    public var tail: Study
    /// Memos on codes, cases and sources.
    public var memos: [MemoTarget: String]
    /// Memos on codings, by GUID (their notes come after the sources).
    public var codingMemos: [UUID: String]
    public var sources: Int
    public var codes: Int
    public var codings: Int
    public var skipped: [String]
    public var invalid: [String]
}
