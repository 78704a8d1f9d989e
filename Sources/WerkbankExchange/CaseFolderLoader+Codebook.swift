import WerkbankCore

extension CaseFolderLoader {
    /// The deepest code tree read, as for REFI-QDA files: the export's writer and the matrix
    /// walk the tree.
    static let maximumCodeDepth = 100

    /// Reads `codebook.toml`: groups in order, unique short names, valid colours, and parents
    /// that exist in the same group, at most ``maximumCodeDepth`` levels deep.
    func loadCodebook() throws(LoadProblem) -> Codebook {
        let (document, file) = try decode(CodebookFile.self, "codebook.toml")
        var seen: [String: String] = [:]
        var groups: [CodeGroup] = []
        for (groupIndex, group) in file.group.enumerated() {
            var codes: [Code] = []
            /// The level of each code of the group so far (1 for a top-level code).
            var levels: [String: Int] = [:]
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
                var level = 1
                if let parent = entry.parent {
                    guard let parentLevel = levels[parent] else {
                        throw problem("parent", "parent `\(parent)` is not a code defined earlier in group `\(group.id)`")
                    }
                    level = parentLevel + 1
                    guard level <= Self.maximumCodeDepth else {
                        throw problem("parent", "codes nest more than \(Self.maximumCodeDepth) levels deep here")
                    }
                }
                if levels[entry.short] == nil { levels[entry.short] = level }
                let detail = entry.detail.map { CodeDetail(what: $0.wat, goal: $0.doel, requirements: $0.benodigdheden) }
                codes.append(Code(short: entry.short, name: entry.name, gloss: entry.gloss, description: entry.description ?? "",
                                  colour: colour, parent: entry.parent, groupID: group.id, detail: detail))
            }
            groups.append(CodeGroup(id: group.id, name: group.name, gloss: group.gloss, description: group.description ?? "", codes: codes))
        }
        return Codebook(groups: groups)
    }
}
