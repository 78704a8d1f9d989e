/// A condition on a second code that a fragment must meet: retrieving fragments of LOS
/// `with` VOR keeps those that co-occur with a fragment of VOR (LOS ∧ VOR); `without` VOR keeps
/// those that co-occur with none (LOS ¬ VOR).
///
/// What "co-occur" means is the filter's `CoOccurrenceMode`, as in the co-occurrence table:
/// sharing at least one character (`overlap`) or starting in the same speaker turn (`turn`).
/// The second code includes its sub-codes when the filter's codes do, and only codings of the
/// filter's coders count (all coders when it names none).
public struct CodeCombination: Hashable, Sendable {
    /// Whether the fragment must co-occur with the code or must not.
    public enum Relation: String, CaseIterable, Hashable, Sendable {
        /// AND: co-occurs with at least one fragment of the code.
        case with
        /// NOT: co-occurs with no fragment of the code.
        case without
    }

    public var relation: Relation
    /// The second code's short name.
    public var code: String

    public init(_ relation: Relation, _ code: String) {
        self.relation = relation
        self.code = code
    }
}

extension CodeCombination {
    /// The conditions in words for a report's title: `with VOR, without SRI (overlapping)` or
    /// `… (in the same turn)`; empty for none.
    public static func description(of combinations: [CodeCombination], mode: CoOccurrenceMode) -> String {
        guard !combinations.isEmpty else { return "" }
        let parts = combinations.map { "\($0.relation.rawValue) \($0.code)" }.joined(separator: ", ")
        return parts + (mode == .overlap ? " (overlapping)" : " (in the same turn)")
    }
}
