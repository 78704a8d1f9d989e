/// An attribute as the column axis of a matrix: one column per value (a category's in declared
/// order, otherwise the values set, sorted) and `(none)` for fragments whose participant,
/// source or case has no value (by a participant attribute also those outside respondents'
/// turns, such as an interviewer's).
public struct MatrixAttributeAxis: Hashable, Sendable {
    public var definition: AttributeDefinition
    /// Value per target key (``AttributeTarget/key``).
    public var values: [String: String]

    public init(definition: AttributeDefinition, values: [String: String]) {
        self.definition = definition
        self.values = values
    }

    /// The column id and label of fragments without a value.
    public static let noneColumn = "(none)"

    var columns: [MatrixColumn] {
        let names = definition.kind == .category ? definition.values : Array(Set(values.values)).sorted()
        return (names + [Self.noneColumn]).map { MatrixColumn(id: $0, label: $0) }
    }
}

extension MatrixBuilder {
    /// The matrix with an attribute's values as columns. Share is given when the attribute is
    /// on sources or cases (the text of the sources with each value), not on participants.
    public func matrix(tallies: [MatrixTally], by attribute: MatrixAttributeAxis, measure: MatrixMeasure, coders: [String] = [],
                       kinds: [SourceKind] = [], collapseSubcodes: Bool = false) -> Matrix {
        let values = attribute.values
        let none = MatrixAttributeAxis.noneColumn
        let rule: MatrixColumnRule
        switch attribute.definition.target {
        case .case:
            rule = MatrixColumnRule(columns: attribute.columns, key: { _, source in values[source.caseID] ?? none },
                                    lengthKey: { values[$0.caseID] ?? none }, bySpeaker: false)
        case .source:
            rule = MatrixColumnRule(columns: attribute.columns, key: { _, source in values[source.id] ?? none },
                                    lengthKey: { values[$0.id] ?? none }, bySpeaker: false)
        case .participant:
            // By case, then speaker: a key made per tally cost a string per coding.
            var byCase: [String: [String: String]] = [:]
            for (key, value) in values {
                guard case .participant(let caseID, let speaker)? = AttributeTarget(kind: .participant, key: key) else { continue }
                byCase[caseID, default: [:]][speaker] = value
            }
            rule = MatrixColumnRule(columns: attribute.columns,
                                    key: { tally, source in tally.speaker.flatMap { byCase[source.caseID]?[$0] } ?? none },
                                    lengthKey: nil, bySpeaker: false)
        }
        var matrix = self.matrix(tallies: tallies, rule: rule, axis: .case, measure: measure, coders: coders, kinds: kinds,
                                 collapseSubcodes: collapseSubcodes)
        matrix.attribute = attribute.definition.name
        return matrix
    }

    /// The tallies that meet attribute conditions (tallies need speakers for conditions on
    /// participants).
    public func filtered(_ tallies: [MatrixTally], by matcher: AttributeMatcher) -> [MatrixTally] {
        guard !matcher.isEmpty else { return tallies }
        let caseOf = Dictionary(sources.map { ($0.id, $0.caseID) }, uniquingKeysWith: { a, _ in a })
        return tallies.filter { tally in
            caseOf[tally.sourceID].map { matcher.matches(caseID: $0, sourceID: tally.sourceID, speaker: tally.speaker) } ?? false
        }
    }
}
