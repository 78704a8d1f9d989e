/// Which figure of a 2×2 agreement table a class overview shows in its cells.
public enum AgreementFigure: String, CaseIterable, Hashable, Sendable {
    case kappa, alpha, percent

    /// The column heading's symbol.
    public var symbol: String {
        switch self {
        case .kappa: "κ"
        case .alpha: "α"
        case .percent: "%"
        }
    }

    /// The figure of one table (`nil`: undefined).
    public func value(of figures: BinaryAgreement) -> Double? {
        switch self {
        case .kappa: figures.kappa
        case .alpha: figures.alpha
        case .percent: figures.percentAgreement
        }
    }
}

/// Every practising student's agreement with the consensus coder, per element of the model:
/// rows students, columns elements and all elements pooled (the teacher's view).
public struct ClassAgreement: Hashable, Sendable {
    /// One student's row: the sources compared and the figures per element and pooled.
    public struct Row: Hashable, Sendable {
        public var student: String
        public var sourceCount: Int
        /// Per element, in ``ClassAgreement/elements`` order.
        public var perElement: [BinaryAgreement]
        public var pooled: BinaryAgreement

        public init(student: String, sourceCount: Int, perElement: [BinaryAgreement], pooled: BinaryAgreement) {
            self.student = student
            self.sourceCount = sourceCount
            self.perElement = perElement
            self.pooled = pooled
        }
    }

    public var consensus: String
    public var unit: AgreementUnit
    /// The elements' short names, in model order.
    public var elements: [String]
    public var rows: [Row]

    public init(consensus: String, unit: AgreementUnit, elements: [String], rows: [Row]) {
        self.consensus = consensus
        self.unit = unit
        self.elements = elements
        self.rows = rows
    }

    /// A student's row from their agreement input with the consensus (character or turn unit;
    /// a segment unit has no κ and counts as character).
    public static func row(_ input: AgreementInput, student: String, elements: [String], unit: AgreementUnit) -> Row {
        let report = input.binaryAgreement(unit: unit == .segment ? .character : unit, codes: elements)
        return Row(student: student, sourceCount: input.sources.count, perElement: report.perCode.map(\.figures),
                   pooled: report.pooled)
    }

    /// The overview as a table of one figure: a student without a source in common with the
    /// consensus shows "–" in every figure's cell.
    public func table(_ figure: AgreementFigure) -> ReportTable {
        let columns = [ReportTable.Column("Student"), ReportTable.Column("Sources", alignment: .right)]
            + (elements + ["All"]).map { ReportTable.Column($0, alignment: .right) }
        let rows: [[ReportTable.Cell]] = rows.map { row in
            let figures = row.perElement + [row.pooled]
            return [.text(row.student), .number(row.sourceCount)] + figures.map { figures in
                row.sourceCount == 0 ? .notApplicable : AgreementInput.decimal(figure.value(of: figures))
            }
        }
        return ReportTable(
            title: "Agreement with \(consensus) per element (\(figure.symbol), by \(unit == .segment ? "character" : unit.rawValue))",
            columns: columns, rows: rows,
            footnotes: ["Sources: those each student and \(consensus) both coded. All: every element pooled."])
    }
}
