import Foundation

/// A work in the literature a memo reflects on (the study mirrored its data with literature).
public struct LiteratureReference: Hashable, Sendable, Codable {
    public var author: String
    /// As cited: `2019`, `2019a`, `z.d.`.
    public var year: String
    public var title: String

    public init(author: String, year: String, title: String) {
        self.author = author
        self.year = year
        self.title = title
    }

    /// `Author (year). Title`, leaving out what is empty.
    public var citation: String {
        var text = author
        if !year.isEmpty { text += text.isEmpty ? year : " (\(year))" }
        if !title.isEmpty { text += text.isEmpty ? title : ". \(title)" }
        return text
    }
}

/// What a free memo belongs to.
public enum FreeMemoSubject: Hashable, Sendable {
    /// The project as a whole.
    case project
    /// A case, by id.
    case `case`(String)
    /// An element or other code, by short name.
    case element(String)
    case literature(LiteratureReference)

    /// `project`, `case`, `element` or `literature`.
    public var kind: String {
        switch self {
        case .project: "project"
        case .case: "case"
        case .element: "element"
        case .literature: "literature"
        }
    }
}

/// A memo written as a place to think: not on a coding, source or case, but a note of its own
/// with a title, belonging to the project, a case, an element or a work in the literature.
public struct FreeMemo: Hashable, Sendable, Identifiable {
    /// Stable across exports and merges.
    public var id: UUID
    public var title: String
    /// May run over several lines.
    public var text: String
    /// The coder who wrote it.
    public var author: String
    public var subject: FreeMemoSubject
    /// When it was written and last changed; `nil` for a memo not yet stored.
    public var created: Date?
    public var modified: Date?

    public init(id: UUID = UUID(), title: String, text: String, author: String, subject: FreeMemoSubject = .project,
                created: Date? = nil, modified: Date? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.author = author
        self.subject = subject
        self.created = created
        self.modified = modified
    }
}
