/// A named group of codes: *Aanleiding voor samenwerking*, the six elements, or
/// *Kwaliteitsverbetering en ontwikkeling*.
public struct CodeGroup: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var gloss: String
    public var description: String
    /// The codes of the group in codebook order, sub-codes included.
    public var codes: [Code]

    public init(id: String, name: String, gloss: String, description: String = "", codes: [Code]) {
        self.id = id
        self.name = name
        self.gloss = gloss
        self.description = description
        self.codes = codes
    }
}

/// The codebook: groups of codes in their published order.
public struct Codebook: Hashable, Sendable {
    public var groups: [CodeGroup]

    public init(groups: [CodeGroup]) {
        self.groups = groups
    }

    /// Every code in codebook order.
    public var codes: [Code] { groups.flatMap(\.codes) }

    /// The code with this short name, compared without regard to case (`los` finds `LOS`).
    public func code(_ short: String) -> Code? {
        codes.first { $0.short == short } ?? codes.first { $0.short.lowercased() == short.lowercased() }
    }

    /// The direct sub-codes of a code.
    public func children(of short: String) -> [Code] {
        codes.filter { $0.parent == short }
    }

    /// The short names of a code and of all codes below it (sub-codes, their sub-codes, …), in
    /// codebook order: what counts for the code when sub-codes are rolled up, as in the matrix.
    public func subtree(of short: String) -> [String] {
        var inside: Set<String> = [short]
        var grew = true
        while grew {
            grew = false
            for code in codes where !inside.contains(code.short) {
                if let parent = code.parent, inside.contains(parent) {
                    inside.insert(code.short)
                    grew = true
                }
            }
        }
        return codes.map(\.short).filter(inside.contains)
    }

    /// The six elements of the model in order: the top-level codes of the `elementen` group.
    public var elements: [Code] {
        groups.first { $0.id == CodeGroup.elementsID }?.codes.filter { $0.parent == nil } ?? []
    }
}

extension CodeGroup {
    /// The id of the group that holds the model's six elements.
    public static let elementsID = "elementen"
}
