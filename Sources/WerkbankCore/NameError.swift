/// What a name was looked up as.
public enum NamedKind: String, Hashable, Sendable {
    case `case`, role, coder, source
}

/// A name given by a user that names nothing, or more than one thing.
public struct NameError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        /// Nothing has this name.
        case unknown
        /// Several things fit the name; ``NameError/candidates`` are those.
        case ambiguous
    }

    public var kind: NamedKind
    /// The name as given.
    public var name: String
    public var problem: Problem
    /// For ``Problem/unknown``: every thing of the kind; for ``Problem/ambiguous``: the things
    /// the name fits. As labels (`Revalidatie 1 (Zorg 1)`, `Studenten`, `rev1-interview-manager`).
    public var candidates: [String]

    /// Messages list at most this many candidates.
    public static let listedCandidates = 20

    public init(kind: NamedKind, name: String, problem: Problem, candidates: [String]) {
        self.kind = kind
        self.name = name
        self.problem = problem
        self.candidates = candidates
    }

    /// The candidates for a message: at most ``listedCandidates``, then how many more.
    public var candidateList: String {
        let shown = candidates.prefix(Self.listedCandidates).joined(separator: ", ")
        let more = candidates.count - Self.listedCandidates
        return more > 0 ? "\(shown) and \(more) more" : shown
    }

    /// `no case named 'Zorg 9'; the cases are …`, or `'zorg' could be more than one case: …`.
    /// The wording of the "not found" messages is the command line's since its first version.
    public var description: String {
        switch problem {
        case .unknown:
            let what = kind == .case ? "no case named '\(name)'" : "no \(kind.rawValue) '\(name)'"
            return candidates.isEmpty ? "\(what); there are none" : "\(what); the \(kind.rawValue)s are \(candidateList)"
        case .ambiguous:
            return "'\(name)' could be more than one \(kind.rawValue): \(candidateList)"
        }
    }
}
