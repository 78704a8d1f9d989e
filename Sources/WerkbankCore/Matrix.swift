/// What the columns of a code matrix are: the cases of the study, the respondent roles, or
/// the sources (documents), grouped under their case.
public enum MatrixAxis: String, CaseIterable, Hashable, Sendable {
    case `case`
    case role
    case source
}

/// What a cell of a code matrix counts.
///
/// - `fragments`: codings of the row's code (sub-codes included) in the column.
/// - `participants`: distinct participants (case and speaker id) with a respondent role in
///   whose turn such a fragment starts.
/// - `sources`: distinct sources with such a fragment.
/// - `share`: the percentage of the case's source scalars (of the chosen source kinds) covered
///   by the union of the code's codings; overlapping codings are not counted twice. Only by
///   case: by role every cell is not applicable.
/// - `presence`: 1 when the column has a fragment of the code, else 0.
public enum MatrixMeasure: String, CaseIterable, Hashable, Sendable {
    case fragments
    case participants
    case sources
    case share
    case presence
}

/// One source as the matrix needs it: where it belongs and how long it is.
public struct MatrixSource: Hashable, Sendable {
    public var id: String
    public var caseID: String
    public var kind: SourceKind
    /// Length of the text in Unicode scalars.
    public var length: Int

    public init(id: String, caseID: String, kind: SourceKind, length: Int) {
        self.id = id
        self.caseID = caseID
        self.kind = kind
        self.length = length
    }
}

/// Codings of one code by one coder in one source, all starting in the same speaker's turn:
/// the unit the matrix counts. A fragment is a tally of one; a store may aggregate many.
public struct MatrixTally: Hashable, Sendable {
    public var sourceID: String
    /// The code's short name.
    public var code: String
    public var coder: String
    /// The speaker of the turn in which the codings start, if any.
    public var speaker: String?
    /// The speaker's respondent role; `nil` for an interviewer or text outside turns.
    public var role: String?
    /// How many codings the tally stands for.
    public var count: Int
    /// The codings' ranges; needed only for the `share` measure.
    public var ranges: [ScalarRange]

    public init(sourceID: String, code: String, coder: String, speaker: String? = nil, role: String? = nil,
                count: Int, ranges: [ScalarRange] = []) {
        self.sourceID = sourceID
        self.code = code
        self.coder = coder
        self.speaker = speaker
        self.role = role
        self.count = count
        self.ranges = ranges
    }

    /// A fragment as a tally of one, its range included.
    public init(_ fragment: Fragment) {
        self.init(sourceID: fragment.coding.sourceID, code: fragment.coding.code, coder: fragment.coding.coder,
                  speaker: fragment.speaker, role: fragment.role, count: 1, ranges: [fragment.coding.range])
    }
}

/// A column of the matrix: a case (id = case id, label = its table label) or a role.
public struct MatrixColumn: Hashable, Sendable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// A figure of the matrix.
public enum MatrixValue: Hashable, Sendable {
    case count(Int)
    /// A percentage, 0…100.
    case share(Double)
    case notApplicable

    /// The value as a report cell: counts as numbers, shares as text with one decimal and `%`.
    public var reportCell: ReportTable.Cell {
        switch self {
        case .count(let value): .number(value)
        case .share(let value): .text(MatrixValue.format(share: value))
        case .notApplicable: .notApplicable
        }
    }

    /// `12.3%`, always with a point and one decimal.
    public static func format(share: Double) -> String {
        let tenths = Int((share * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

/// A row of the matrix: a code with its value per column and its total.
public struct MatrixRow: Hashable, Sendable {
    /// The code's short name.
    public var code: String
    public var name: String
    /// 0 for a top-level code, 1 for a sub-code listed under its parent, and so on.
    public var depth: Int
    public var values: [MatrixValue]
    /// Over the row: a sum of fragments; distinct participants or sources; the share of all
    /// text; for presence, the number of columns present.
    public var total: MatrixValue
}

/// A code × case (or × role) matrix: the typed figures, for screens and reports alike.
public struct Matrix: Hashable, Sendable {
    public var axis: MatrixAxis
    public var measure: MatrixMeasure
    public var columns: [MatrixColumn]
    public var rows: [MatrixRow]
    /// Over each column, every fragment counted once (sub-codes are not added to their parent
    /// again): fragments; distinct participants or sources; the share of the case's text
    /// covered by any code; for presence, the number of top-level codes present.
    public var columnTotals: [MatrixValue]
    /// The same over the whole matrix; for presence, the top-level codes present anywhere.
    public var grandTotal: MatrixValue
    /// By role: how many codings in the matrix's scope start outside every speaker turn (a
    /// source without turns, as from a tool without speakers). Their role is unknown, not none.
    public var codingsWithoutSpeaker: Int = 0
    /// The attribute whose values are the columns, when the matrix is by an attribute (then
    /// `axis` is `.case`, and share is not applicable by a participant attribute).
    public var attribute: String?

    /// The matrix as a report: a `Code` column (sub-codes indented by two spaces), a column
    /// per case or role, a `Total` column, and a totals row.
    public var report: ReportTable {
        let title = "Codes × \(attribute ?? (axis == .case ? "cases" : axis == .role ? "roles" : "sources")): \(measure.rawValue)"
        var columns = [ReportTable.Column("Code")]
        columns += self.columns.map { ReportTable.Column($0.label, alignment: .right) }
        columns.append(ReportTable.Column("Total", alignment: .right))
        // With no coding of known role, every zero would claim "no respondent said this": the
        // cells say "not known" instead.
        let unknown = rolesUnknown
        func cell(_ value: MatrixValue) -> ReportTable.Cell { unknown ? .notApplicable : value.reportCell }
        var table: [[ReportTable.Cell]] = rows.map { row in
            [.text(String(repeating: "  ", count: row.depth) + row.code)] + row.values.map(cell) + [cell(row.total)]
        }
        table.append([.text("Total")] + columnTotals.map(cell) + [cell(grandTotal)])
        var footnotes: [String] = []
        if measure == .share && axis == .role {
            footnotes.append("The share of text coded is given per case only.")
        }
        if attribute != nil {
            footnotes.append("(none): no value for \(attribute ?? "") where the fragment is (its speaker, source or case).")
        }
        if unknown {
            footnotes.append("Roles are unknown: none of the \(codingsWithoutSpeaker) codings starts in a speaker turn "
                + "(sources without speaker turns), so no cell can be counted.")
        } else if axis == .role && codingsWithoutSpeaker > 0 {
            footnotes.append("\(codingsWithoutSpeaker) coding\(codingsWithoutSpeaker == 1 ? "" : "s") outside speaker turns: "
                + "role unknown, not counted.")
        }
        return ReportTable(title: title, columns: columns, rows: table, totalRowCount: 1, footnotes: footnotes)
    }

    /// By role, no coding in scope has a known speaker while some have none: the roles are
    /// unknown rather than zero.
    public var rolesUnknown: Bool {
        guard axis == .role, codingsWithoutSpeaker > 0 else { return false }
        return rows.allSatisfy { $0.total == .count(0) } && columnTotals.allSatisfy { $0 == .count(0) || $0 == .notApplicable }
    }
}
