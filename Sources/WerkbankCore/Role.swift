/// A respondent role of the study (Studenten, Ondersteuners, Professionals, Management, Cliënten).
public struct Role: Hashable, Sendable, Identifiable {
    /// The Dutch name as published, also the role's identity.
    public var name: String
    public var gloss: String
    /// The speaker-id prefix of participants in this role (`S` for S1, S2, …).
    public var speakerPrefix: String

    public var id: String { name }

    public init(name: String, gloss: String, speakerPrefix: String) {
        self.name = name
        self.gloss = gloss
        self.speakerPrefix = speakerPrefix
    }
}

/// Someone who codes sources.
public struct Coder: Hashable, Sendable, Identifiable {
    public var name: String
    public var description: String

    public var id: String { name }

    public init(name: String, description: String = "") {
        self.name = name
        self.description = description
    }
}
