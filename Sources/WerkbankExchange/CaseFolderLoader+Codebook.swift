import WerkbankCore

extension CaseFolderLoader {
    /// Reads `codebook.toml`: groups in order, unique short names, valid colours, and parents
    /// that exist in the same group.
    func loadCodebook() throws(LoadProblem) -> Codebook {
        let (document, file) = try decode(CodebookFile.self, "codebook.toml")
        var seen: [String: String] = [:]
        var groups: [CodeGroup] = []
        for (groupIndex, group) in file.group.enumerated() {
            var codes: [Code] = []
            for (codeIndex, entry) in (group.code ?? []).enumerated() {
                let path: [any CodingKey] = [TOMLFieldKey("group"), TOMLIndexKey(groupIndex), TOMLFieldKey("code"), TOMLIndexKey(codeIndex)]
                func problem(_ key: String, _ message: String) -> LoadProblem {
                    LoadProblem(file: document.name, line: document.line(of: path + [TOMLFieldKey(key)]),
                                field: TOMLDocument.fieldPath(path + [TOMLFieldKey(key)]), message: message)
                }
                if let other = seen[entry.short.lowercased()] {
                    throw problem("short", "duplicate code `\(entry.short)`: already defined in group `\(other)`")
                }
                seen[entry.short.lowercased()] = group.id
                guard let colour = RGBColour(hex: entry.colour) else {
                    throw problem("colour", "`\(entry.colour)` is not a colour; write #rrggbb")
                }
                if let parent = entry.parent, !codes.contains(where: { $0.short == parent }) {
                    throw problem("parent", "parent `\(parent)` is not a code defined earlier in group `\(group.id)`")
                }
                let detail = entry.detail.map { CodeDetail(what: $0.wat, goal: $0.doel, requirements: $0.benodigdheden) }
                codes.append(Code(short: entry.short, name: entry.name, gloss: entry.gloss, description: entry.description ?? "",
                                  colour: colour, parent: entry.parent, groupID: group.id, detail: detail))
            }
            groups.append(CodeGroup(id: group.id, name: group.name, gloss: group.gloss, description: group.description ?? "", codes: codes))
        }
        return Codebook(groups: groups)
    }
}
