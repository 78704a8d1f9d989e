import Foundation
import WerkbankCore

/// Turns a parsed `project.qde` and its source texts into a ``Study``.
struct RefiQDAReaderMapper {
    var document: RefiQDADocument
    /// Source texts by normalised GUID.
    var texts: [String: String]

    /// Whether positions count UTF-16 code units (NVivo) rather than code points.
    var countsUTF16: Bool { document.origin.lowercased().contains("nvivo") }

    func map() -> RefiQDAImport {
        var skipped = document.skipped

        // Coders.
        var coders: [Coder] = []
        var coderNames: [String: String] = [:]
        var usedCoderNames: Set<String> = []
        for guid in document.userOrder {
            let name = unique(document.users[guid] ?? guid, in: &usedCoderNames)
            coderNames[guid] = name
            coders.append(Coder(name: name))
        }

        // Codes: one group, shorts from the names, parents from nesting.
        var shorts: [String: String] = [:]
        var usedShorts: Set<String> = []
        var codes: [Code] = []
        for code in document.codes {
            var base = code.name.trimmingCharacters(in: .whitespacesAndNewlines)
                .components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: "-")
            if base.isEmpty { base = "code" }
            let short = unique(base, in: &usedShorts, caseInsensitive: true)
            shorts[code.guid] = short
            let name = code.name.isEmpty ? short : code.name
            codes.append(Code(short: short, name: name, gloss: "", description: code.description,
                              colour: code.colour.flatMap(RGBColour.init(hex:)) ?? RefiQDAReader.defaultColour,
                              parent: code.parentGUID.flatMap { shorts[$0] }, groupID: RefiQDAReader.importedGroupID))
        }
        let codebook = Codebook(groups: [CodeGroup(id: RefiQDAReader.importedGroupID, name: "Imported codes", gloss: "Imported codes",
                                                   codes: codes)])

        // Sources with text.
        var sourceIDs: [String: String] = [:]
        var usedSourceIDs: Set<String> = []
        var textSources: [(guid: String, id: String, entry: RefiQDADocument.TextSource, text: String)] = []
        for var source in document.sources {
            guard let text = texts[source.guid] else {
                skipped.append("source '\(source.name)': text is not in the archive (\(source.plainTextPath ?? "no path"))")
                continue
            }
            var name = source.name
            if name.isEmpty, let path = source.plainTextPath {
                name = ((path.split(separator: "/").last.map(String.init) ?? path) as NSString).deletingPathExtension
            }
            if name.isEmpty { name = source.guid }
            source.name = name
            let id = unique(slug(name), in: &usedSourceIDs, caseInsensitive: true)
            sourceIDs[source.guid] = id
            textSources.append((source.guid, id, source, text))
        }

        // Cases: one per REFI case, then one for sources in none.
        var cases: [Case] = []
        var caseOfSource: [String: String] = [:]
        var usedCaseIDs: Set<String> = []
        for entry in document.cases {
            let name = entry.name.isEmpty ? "Case \(cases.count + 1)" : entry.name
            let id = unique(slug(name), in: &usedCaseIDs, caseInsensitive: true)
            cases.append(Case(id: id, number: cases.count + 1, name: name, tableLabel: name, sector: "", institutions: [],
                              description: "", respondents: [:]))
            for guid in entry.sourceGUIDs where caseOfSource[guid] == nil { caseOfSource[guid] = id }
        }
        if textSources.contains(where: { caseOfSource[$0.guid] == nil }) {
            let id = unique("zonder-case", in: &usedCaseIDs, caseInsensitive: true)
            cases.append(Case(id: id, number: cases.count + 1, name: RefiQDAReader.noCaseName, tableLabel: RefiQDAReader.noCaseName,
                              sector: "", institutions: [], description: "", respondents: [:]))
            for source in textSources where caseOfSource[source.guid] == nil { caseOfSource[source.guid] = id }
        }

        // Codings.
        var sources: [Source] = []
        var codings: [Coding] = []
        var needsUnknownCoder = false
        for source in textSources {
            sources.append(Source(id: source.id, caseID: caseOfSource[source.guid]!, title: source.entry.name.isEmpty ? source.id : source.entry.name,
                                  kind: .document, text: source.text))
            let converter = PositionConverter(text: source.text, utf16: countsUTF16)
            for selection in source.entry.selections {
                let label = "selection \(selection.guid) in '\(source.entry.name)'"
                guard let start = selection.start.flatMap({ Int($0) }), let end = selection.end.flatMap({ Int($0) }) else {
                    skipped.append("\(label): positions missing or not numbers")
                    continue
                }
                guard start <= end else {
                    skipped.append("\(label): reversed range \(start)..\(end)")
                    continue
                }
                guard let range = converter.range(start: start, end: end) else {
                    skipped.append("\(label): range \(start)..\(end) outside the text or inside a character")
                    continue
                }
                let memo = selection.noteGUIDs.compactMap { document.notes[$0] }.joined(separator: "\n\n")
                for coding in selection.codings {
                    guard let guid = coding.codeGUID, let short = shorts[guid] else {
                        skipped.append("\(label): coding refers to unknown code \(coding.codeGUID ?? "(none)")")
                        continue
                    }
                    var coder = coding.userGUID.flatMap { coderNames[$0] } ?? ""
                    if coder.isEmpty { coder = "unknown"; needsUnknownCoder = true }
                    let created = coding.created.flatMap { try? Date($0, strategy: .iso8601) }
                    codings.append(Coding(id: UUID.stable(from: "refi|\(selection.guid)|\(guid)|\(coder)|\(codings.count)"), sourceID: source.id,
                                          range: range, code: short, coder: coder,
                                          memo: memo.isEmpty ? nil : memo, created: created, modified: created))
                }
            }
        }
        if needsUnknownCoder && !coders.contains(where: { $0.name == "unknown" }) { coders.append(Coder(name: "unknown")) }
        let title = document.name.isEmpty ? "Imported project" : document.name
        let study = Study(title: title, roles: [], coders: coders, codebook: codebook, cases: cases, sources: sources, codings: codings)
        return RefiQDAImport(study: study, skipped: skipped)
    }

    private func unique(_ base: String, in used: inout Set<String>, caseInsensitive: Bool = false) -> String {
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

    private func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var result = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == "-") {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "source" : trimmed
    }
}

/// Converts REFI positions (code points, or UTF-16 code units for NVivo) to scalar offsets.
struct PositionConverter {
    /// For UTF-16: the scalar offset at each UTF-16 offset that starts a scalar, `-1` inside one.
    private let utf16ToScalar: [Int]
    private let scalarCount: Int
    private let utf16: Bool

    init(text: String, utf16: Bool) {
        self.utf16 = utf16
        scalarCount = text.unicodeScalars.count
        if utf16 {
            var table: [Int] = []
            table.reserveCapacity(text.utf16.count + 1)
            var index = 0
            for scalar in text.unicodeScalars {
                table.append(index)
                if scalar.value > 0xFFFF { table.append(-1) }
                index += 1
            }
            table.append(index)
            utf16ToScalar = table
        } else {
            utf16ToScalar = []
        }
    }

    func range(start: Int, end: Int) -> ScalarRange? {
        guard start >= 0, start <= end else { return nil }
        if !utf16 {
            guard end <= scalarCount else { return nil }
            return ScalarRange(start: start, end: end)
        }
        guard end < utf16ToScalar.count else { return nil }
        let lower = utf16ToScalar[start], upper = utf16ToScalar[end]
        guard lower >= 0, upper >= 0 else { return nil }
        return ScalarRange(start: lower, end: upper)
    }
}
