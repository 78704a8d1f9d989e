/// Respondents per role (rows) and case (columns), with totals computed from the cases.
///
/// Totals only add published numbers: a `-` cell adds nothing and a row whose every cell is
/// `-` has `-` as its total.
public struct RespondentTable: Hashable, Sendable {
    public var roles: [Role]
    public var cases: [Case]
    public var labels: RespondentTableLabels

    public init(roles: [Role], cases: [Case], labels: RespondentTableLabels = .init()) {
        self.roles = roles
        self.cases = cases
        self.labels = labels
    }

    /// The published cell for a role in a case.
    public func cell(role: Role, case studyCase: Case) -> RespondentCount {
        studyCase.respondents(role.name)
    }

    /// The total of a role over the table's cases.
    public func total(role: Role) -> RespondentCount {
        Self.sum(cases.map { cell(role: role, case: $0) })
    }

    /// The total of a case over all roles.
    public func total(case studyCase: Case) -> RespondentCount {
        Self.sum(roles.map { cell(role: $0, case: studyCase) })
    }

    /// All respondents of the table's cases.
    public var grandTotal: RespondentCount {
        Self.sum(cases.map { total(case: $0) })
    }

    /// The footnotes whose marks appear in the table's cells, in case order.
    public var footnotes: [Footnote] {
        var seen = Set<String>()
        return cases.flatMap { studyCase in
            studyCase.footnotes.filter { footnote in
                roles.contains { studyCase.respondents($0.name).footnoteMark == footnote.mark }
                    && seen.insert(footnote.mark).inserted
            }
        }
    }

    private static func sum(_ counts: [RespondentCount]) -> RespondentCount {
        let values = counts.compactMap(\.value)
        return values.isEmpty ? .notPartOfCase : .count(values.reduce(0, +))
    }
}
