import Foundation
import WerkbankCore

/// Turns a parsed `project.qde` and its source texts into a ``Study`` and its memos.
///
/// What Werkbank itself wrote comes back as it was: codes with their short names, groups,
/// glosses and colours; cases and sources with their ids (the `ID` variable), kinds, dates,
/// participants and speaker turns; codings with their GUIDs; memos on codings, codes, sources
/// and cases. Other tools' projects are mapped as well as their content allows.
struct RefiQDAReaderMapper {
    var document: RefiQDADocument
    /// Source texts by normalised GUID.
    var texts: [String: String]
    /// Speaker turns found in the texts by label, by normalised GUID, where already known.
    var transcripts: [String: TranscriptImport] = [:]

    /// Whether positions count UTF-16 code units (NVivo) rather than code points.
    var countsUTF16: Bool { document.origin.lowercased().contains("nvivo") }

    /// Whether Werkbank wrote the project, so that its conventions can be read back.
    var isWerkbankExport: Bool { document.origin == RefiQDAWriter.origin }

    func map() -> RefiQDAImport {
        var skipped = document.skipped
        var invalid: [String] = []
        var memos: [MemoTarget: String] = [:]

        // Coders.
        var coders: [Coder] = []
        var coderNames: [String: String] = [:]
        var usedCoderNames: Set<String> = []
        for guid in document.userOrder {
            let name = unique(document.users[guid] ?? guid, in: &usedCoderNames)
            coderNames[guid] = name
            coders.append(Coder(name: name))
        }

        // Codes.
        var usedGroupIDs: Set<String> = []
        let imported = mapCodebook(usedIDs: &usedGroupIDs)
        for (short, memo) in imported.memos { memos[.code(short)] = memo }

        // Sources with text.
        var sourceIDs: [String: String] = [:]
        var usedSourceIDs: Set<String> = []
        var textSources: [(guid: String, id: String, entry: RefiQDADocument.TextSource, text: String)] = []
        for var source in document.sources {
            guard let text = texts[source.guid] else {
                let place = source.plainTextPath ?? "no plainTextPath"
                skipped.append("source '\(source.name)': text is not in the archive (\(place))")
                // Its codings cannot be placed: like codings outside their text, they stop the
                // import unless the user chooses to leave them out.
                for selection in source.selections where !selection.codings.isEmpty {
                    invalid.append("selection \(selection.guid) in '\(source.name)': the source's text is not in the archive (\(place))")
                }
                continue
            }
            var name = source.name
            if name.isEmpty, let path = source.plainTextPath {
                name = ((path.split(separator: "/").last.map(String.init) ?? path) as NSString).deletingPathExtension
            }
            if name.isEmpty { name = source.guid }
            source.name = name
            let id = unique(werkbankID(source.variables["ID"]) ?? slug(name, fallback: "source"), in: &usedSourceIDs, caseInsensitive: true)
            sourceIDs[source.guid] = id
            textSources.append((source.guid, id, source, text))
            let memo = notes(source.noteGUIDs)
            if !memo.isEmpty { memos[.source(id)] = memo }
        }

        // Cases: one per REFI case, then one for sources in none.
        var cases: [Case] = []
        var caseOfSource: [String: String] = [:]
        var usedCaseIDs: Set<String> = []
        var caseIDByGUID: [String: String] = [:]
        for entry in document.cases {
            let name = entry.name.isEmpty ? "Case \(cases.count + 1)" : entry.name
            let id = unique(werkbankID(entry.variables["ID"]) ?? slug(name, fallback: "case"), in: &usedCaseIDs, caseInsensitive: true)
            caseIDByGUID[entry.guid] = id
            cases.append(Case(id: id, number: cases.count + 1, name: name, tableLabel: entry.variables["Table label"] ?? name,
                              sector: entry.variables["Sector"] ?? "", institutions: [], description: entry.description,
                              respondents: [:]))
            for guid in entry.sourceGUIDs where caseOfSource[guid] == nil { caseOfSource[guid] = id }
            // Werkbank's findings, judgements, conclusions and free memos link to their case too; they are not case memos.
            let memo = notes(document.links.filter {
                $0.target == entry.guid && document.notes[$0.origin] != nil
                    && !RefiQDAFreeMemos.isRecord(document.noteDescriptions[$0.origin])
            }.map(\.origin))
            if !memo.isEmpty { memos[.case(id)] = memo }
        }
        if textSources.contains(where: { caseOfSource[$0.guid] == nil }) {
            let id = unique("zonder-case", in: &usedCaseIDs, caseInsensitive: true)
            cases.append(Case(id: id, number: cases.count + 1, name: RefiQDAReader.noCaseName, tableLabel: RefiQDAReader.noCaseName,
                              sector: "", institutions: [], description: "", respondents: [:]))
            for source in textSources where caseOfSource[source.guid] == nil { caseOfSource[source.guid] = id }
        }

        // Sources and their codings.
        var sources: [Source] = []
        var codings: [Coding] = []
        var usedCodingIDs: Set<UUID> = []
        let dates = DateCache()
        var needsUnknownCoder = false
        for source in textSources {
            sources.append(makeSource(id: source.id, caseID: caseOfSource[source.guid]!, entry: source.entry, text: source.text,
                                      labelled: transcripts[source.guid]))
            let converter = PositionConverter(text: source.text, utf16: countsUTF16)
            for selection in source.entry.selections {
                let label = selection.label(in: source.entry.name)
                let range: ScalarRange
                switch converter.range(of: selection, in: source.entry.name) {
                case .success(let found): range = found
                case .failure(let problem):
                    invalid.append(problem.text)
                    continue
                }
                let memo = notes(selection.noteGUIDs)
                let modified = selection.modified.flatMap { dates.date($0) }
                for coding in selection.codings {
                    guard let guid = coding.codeGUID, let short = imported.shorts[guid] else {
                        invalid.append("\(label): coding refers to unknown code \(coding.codeGUID ?? "(none)")")
                        continue
                    }
                    var coder = coding.userGUID.flatMap { coderNames[$0] } ?? ""
                    if coder.isEmpty { coder = "unknown"; needsUnknownCoder = true }
                    let created = coding.created.flatMap { dates.date($0) }
                    // A selection with one coding is that coding (Werkbank writes a coding's id as
                    // its selection's GUID), so that importing again finds it.
                    var id = selection.codings.count == 1 ? UUID(uuidString: selection.guid) : nil
                    if id == nil || usedCodingIDs.contains(id!) {
                        id = UUID.stable(from: "refi|\(selection.guid)|\(guid)|\(coder)|\(codings.count)")
                    }
                    usedCodingIDs.insert(id!)
                    codings.append(Coding(id: id!, sourceID: source.id, range: range, code: short, coder: coder,
                                          memo: memo.isEmpty ? nil : memo, created: created, modified: modified ?? created))
                }
            }
        }
        if needsUnknownCoder && !coders.contains(where: { $0.name == "unknown" }) { coders.append(Coder(name: "unknown")) }
        let title = document.name.isEmpty ? "Imported project" : document.name
        // Case ids as written (the `ID` variable) → as imported.
        var caseIDs: [String: String] = [:]
        for (entry, made) in zip(document.cases, cases) { caseIDs[entry.variables["ID"] ?? made.id] = made.id }
        let synthesis = RefiQDASynthesis.synthesis(order: document.noteOrder, notes: document.notes,
                                                   descriptions: document.noteDescriptions, caseIDs: caseIDs)
        let freeMemos = RefiQDAFreeMemos.memos(order: document.noteOrder, notes: document.notes,
                                               descriptions: document.noteDescriptions, caseIDs: caseIDs)
        let (attributes, attributeValues) = RefiQDAAttributes.read(document, caseIDs: caseIDByGUID, sourceIDs: sourceIDs, skipped: &skipped)
        let study = Study(title: title, roles: roles(of: sources), coders: coders, codebook: imported.codebook, cases: cases,
                          sources: sources, codings: codings, synthesis: synthesis, attributes: attributes, attributeValues: attributeValues,
                          memos: freeMemos)
        return RefiQDAImport(study: study, memos: memos, skipped: skipped, invalid: invalid)
    }

    /// The text of the notes with these GUIDs, a blank line between them.
    func notes(_ guids: [String]) -> String {
        guids.compactMap { document.notes[$0] }.joined(separator: "\n\n")
    }

    func unique(_ base: String, in used: inout Set<String>, caseInsensitive: Bool = false) -> String {
        var candidate = base
        var number = 2
        func key(_ text: String) -> String { caseInsensitive ? text.lowercased() : text }
        while used.contains(key(candidate)) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(key(candidate))
        return candidate
    }

    /// The `ID` variable as it was written, when it can be an id (a case folder's name may hold
    /// `_`, which a slug would change); else `nil`.
    func werkbankID(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "/" && !$0.properties.isWhitespace })
        else { return nil }
        return value
    }

    /// An id from a name, as `werkbank import` makes source ids (``Source/slug(_:)``).
    func slug(_ text: String, fallback: String) -> String {
        let slug = Source.slug(text)
        return slug.isEmpty ? fallback : slug
    }
}

/// ISO 8601 timestamps parsed once each: a coding and its selection carry the same ones, and
/// imported or merged codings often share a second.
final class DateCache {
    private var parsed: [String: Date?] = [:]

    func date(_ text: String) -> Date? {
        if let known = parsed[text] { return known }
        let date = try? Date(text, strategy: .iso8601)
        parsed[text] = date
        return date
    }
}
