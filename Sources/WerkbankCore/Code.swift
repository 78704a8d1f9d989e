/// One code of the codebook: an element of the model, an *aanleiding* or *kwaliteit* theme,
/// or a sub-code made during analysis.
public struct Code: Hashable, Sendable, Identifiable {
    /// The short name, unique over the codebook (`LOS`, `GOC`, `AAN-URG`, …).
    public var short: String
    /// The Dutch name, canonical in data and on screen.
    public var name: String
    /// An English gloss for help texts and exports.
    public var gloss: String
    public var description: String
    public var colour: RGBColour
    /// The short name of the parent code when this is a sub-code.
    public var parent: String?
    /// The id of the group the code belongs to.
    public var groupID: String
    /// The worked-out description of an element (the source gives it for LOS).
    public var detail: CodeDetail?

    public var id: String { short }

    public init(
        short: String, name: String, gloss: String, description: String = "",
        colour: RGBColour, parent: String? = nil, groupID: String, detail: CodeDetail? = nil
    ) {
        self.short = short
        self.name = name
        self.gloss = gloss
        self.description = description
        self.colour = colour
        self.parent = parent
        self.groupID = groupID
        self.detail = detail
    }
}

/// What an element is, what it is for and what it needs (*wat*, *doel*, *benodigdheden*).
public struct CodeDetail: Hashable, Sendable {
    public var what: [String]
    public var goal: [String]
    public var requirements: [String]

    public init(what: [String], goal: [String], requirements: [String]) {
        self.what = what
        self.goal = goal
        self.requirements = requirements
    }
}
