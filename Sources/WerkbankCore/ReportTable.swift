/// A table ready to be written as text, CSV, JSON or Markdown: the one shape every report
/// command produces, so that all formats show the same figures.
public struct ReportTable: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, right }

    public struct Column: Hashable, Sendable {
        public var title: String
        public var alignment: Alignment

        public init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// A cell. Numbers stay numbers so that JSON and CSV readers can compute with them.
    public enum Cell: Hashable, Sendable {
        case text(String)
        case number(Int)
        /// A published `-`: not applicable, never zero.
        case notApplicable
        /// A number carrying a footnote mark, shown as `6 *`.
        case annotated(Int, mark: String)

        public var display: String {
            switch self {
            case .text(let text): text
            case .number(let value): String(value)
            case .notApplicable: "-"
            case .annotated(let value, let mark): "\(value) \(mark)"
            }
        }
    }

    public var title: String
    public var columns: [Column]
    public var rows: [[Cell]]
    /// How many of the last rows are totals, set apart by a rule in text output.
    public var totalRowCount: Int
    /// Lines printed under the table, such as respondent-table footnotes.
    public var footnotes: [String]

    public init(title: String, columns: [Column], rows: [[Cell]], totalRowCount: Int = 0, footnotes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.totalRowCount = totalRowCount
        self.footnotes = footnotes
    }
}

extension RespondentCount {
    /// The count as a report cell: `-`, a number, or a number with its footnote mark.
    public var reportCell: ReportTable.Cell {
        switch self {
        case .notPartOfCase: .notApplicable
        case .count(let value, nil): .number(value)
        case .count(let value, let mark?): .annotated(value, mark: mark)
        }
    }
}

extension RespondentTable {
    /// The table as published: a row per role, a column per case, totals row and column
    /// (the totals column only when there is more than one case), and the footnotes.
    public var report: ReportTable {
        let showTotals = cases.count > 1
        var columns = [ReportTable.Column(labels.corner)]
        columns += cases.map { ReportTable.Column($0.tableLabel, alignment: .right) }
        if showTotals { columns.append(ReportTable.Column(labels.totalColumn, alignment: .right)) }

        var rows: [[ReportTable.Cell]] = roles.map { role in
            [.text(role.name)] + cases.map { cell(role: role, case: $0).reportCell }
                + (showTotals ? [total(role: role).reportCell] : [])
        }
        rows.append([.text(labels.totalRow)] + cases.map { total(case: $0).reportCell }
            + (showTotals ? [grandTotal.reportCell] : []))
        return ReportTable(title: labels.title, columns: columns, rows: rows, totalRowCount: 1,
                           footnotes: footnotes.map(\.display))
    }
}
