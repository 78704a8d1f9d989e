import Foundation
import WerkbankCore

/// The codebook of an imported project and how its codes are known.
struct ImportedCodebook {
    var codebook: Codebook
    /// Code shorts by normalised GUID.
    var shorts: [String: String]
    /// Memos on codes (from their notes), by short.
    var memos: [String: String]
}

extension RefiQDAReaderMapper {
    /// Maps the code tree. A top-level code that cannot be coded and holds codes becomes a
    /// group (as Werkbank writes its groups); the other top-level codes go into one group,
    /// *Imported codes*. Deeper codes keep their parent.
    ///
    /// A code written by Werkbank is recognised by its GUID (derived from its short name) and
    /// gets back its short name, name, gloss and description; other codes get a short name made
    /// from their name.
    func mapCodebook(usedIDs: inout Set<String>) -> ImportedCodebook {
        let codedGUIDs = Set(document.sources.flatMap { $0.selections.flatMap { $0.codings.compactMap(\.codeGUID) } })
        var childrenOf: [String: [RefiQDADocument.Code]] = [:]
        var topLevel: [RefiQDADocument.Code] = []
        for code in document.codes {
            if let parent = code.parentGUID { childrenOf[parent, default: []].append(code) } else { topLevel.append(code) }
        }
        var shorts: [String: String] = [:]
        var usedShorts: Set<String> = []
        var memos: [String: String] = [:]

        func codes(under code: RefiQDADocument.Code, parent: String?, group: String) -> [Code] {
            let (short, name) = naming(code, used: &usedShorts)
            shorts[code.guid] = short
            let memo = notes(code.noteGUIDs)
            if !memo.isEmpty { memos[short] = memo }
            let (gloss, description) = glossAndDescription(code.description)
            let mapped = Code(short: short, name: name, gloss: gloss, description: description,
                              colour: code.colour.flatMap(RGBColour.init(hex:)) ?? RefiQDAReader.defaultColour,
                              parent: parent, groupID: group)
            return [mapped] + (childrenOf[code.guid] ?? []).flatMap { codes(under: $0, parent: short, group: group) }
        }

        var groups: [CodeGroup] = []
        var loose: [Code] = []
        let looseID = unique(RefiQDAReader.importedGroupID, in: &usedIDs, caseInsensitive: true)
        for code in topLevel {
            let children = childrenOf[code.guid] ?? []
            if !code.isCodable, !children.isEmpty, !codedGUIDs.contains(code.guid) {
                // The model's elements keep their group's id, so that they are the elements again
                // (the synthesis grid, the element × case cells).
                let isElements = code.guid == RefiQDAReader.normalisedGUID(RefiQDAWriter.groupGUID(CodeGroup.elementsID).uuidString)
                let id = unique(isElements ? CodeGroup.elementsID : slug(code.name, fallback: "group"), in: &usedIDs, caseInsensitive: true)
                let (gloss, description) = glossAndDescription(code.description)
                groups.append(CodeGroup(id: id, name: code.name.isEmpty ? id : code.name, gloss: gloss, description: description,
                                        codes: children.flatMap { codes(under: $0, parent: nil, group: id) }))
            } else {
                loose += codes(under: code, parent: nil, group: looseID)
            }
        }
        if !loose.isEmpty {
            groups.append(CodeGroup(id: looseID, name: "Imported codes", gloss: "Imported codes", codes: loose))
        }
        return ImportedCodebook(codebook: Codebook(groups: groups), shorts: shorts, memos: memos)
    }

    /// `LOS – Lerend en Onderzoekend Samenwerken` with Werkbank's GUID for `LOS` is short `LOS`
    /// named `Lerend en Onderzoekend Samenwerken`; any other name becomes a short name of its
    /// words joined by hyphens.
    private func naming(_ code: RefiQDADocument.Code, used: inout Set<String>) -> (short: String, name: String) {
        let name = code.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = name.components(separatedBy: " – ")
        if parts.count >= 2, RefiQDAWriter.codeGUID(parts[0]).refiGUID.lowercased() == code.guid, !used.contains(parts[0].lowercased()) {
            used.insert(parts[0].lowercased())
            return (parts[0], parts.dropFirst().joined(separator: " – "))
        }
        if !name.isEmpty, RefiQDAWriter.codeGUID(name).refiGUID.lowercased() == code.guid, !used.contains(name.lowercased()) {
            used.insert(name.lowercased())
            return (name, name)
        }
        var base = name.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: "-")
        if base.isEmpty { base = "code" }
        let short = unique(base, in: &used, caseInsensitive: true)
        return (short, name.isEmpty ? short : name)
    }

    /// Werkbank writes the gloss as the first paragraph of a description; other tools' text
    /// is all description.
    private func glossAndDescription(_ text: String) -> (gloss: String, description: String) {
        guard isWerkbankExport else { return ("", text) }
        guard let split = text.range(of: "\n\n") else { return (text, "") }
        return (String(text[..<split.lowerBound]), String(text[split.upperBound...]))
    }
}
