import Foundation

extension AgreementInput {
    /// How an undefined figure is written in text, CSV and Markdown.
    public static let undefinedText = "undefined"
    /// The label of the pooled row.
    public static let pooledLabel = "All codes (pooled)"

    /// The agreement of the two coders as a report table: per code and pooled, statistics as
    /// text with three decimals and undefined ones as ``undefinedText``.
    public func reportTable(unit: AgreementUnit, codes: [String], threshold: Double = defaultSegmentThreshold) -> ReportTable {
        let input = self
        let sources = "\(input.sources.count) source\(input.sources.count == 1 ? "" : "s")"
        var footnotes = ["a: both coded; b: only \(input.coderA); c: only \(input.coderB)"]
        let columns: [ReportTable.Column]
        var rows: [[ReportTable.Cell]]
        let title: String
        switch unit {
        case .character, .turn:
            let report = input.binaryAgreement(unit: unit, codes: codes)
            title = "Agreement of \(input.coderA) and \(input.coderB) by \(unit.rawValue), \(sources)"
            footnotes[0] += "; d: neither. N: \(unit.rawValue)s per code."
            columns = [.init("Code")] + ["a", "b", "c", "d", "N"].map { .init($0, alignment: .right) }
                + ["Agreement", "Kappa", "Alpha"].map { .init($0, alignment: .right) }
            func row(_ label: String, _ f: BinaryAgreement) -> [ReportTable.Cell] {
                [.text(label), .number(f.a), .number(f.b), .number(f.c), .number(f.d), .number(f.n),
                 Self.decimal(f.percentAgreement), Self.decimal(f.kappa), Self.decimal(f.alpha)]
            }
            rows = report.perCode.map { row($0.code ?? "", $0.figures) } + [row(Self.pooledLabel, report.pooled)]
        case .segment:
            let report = input.segmentAgreement(codes: codes, threshold: threshold)
            title = "Agreement of \(input.coderA) and \(input.coderB) by segment (overlap ≥ \(Self.formatFigure(threshold))), \(sources)"
            footnotes[0] += " (fragments without a partner). Overlap: shared characters / the longer fragment."
            columns = [.init("Code")] + ["a", "b", "c", "N", "Agreement"].map { .init($0, alignment: .right) }
            func row(_ label: String, _ f: SegmentAgreement) -> [ReportTable.Cell] {
                [.text(label), .number(f.a), .number(f.b), .number(f.c), .number(f.n), Self.decimal(f.agreement)]
            }
            rows = report.perCode.map { row($0.code ?? "", $0.figures) } + [row(Self.pooledLabel, report.pooled)]
        }
        footnotes.append("Sources: " + input.sources.map(\.id).joined(separator: ", "))
        return ReportTable(title: title, columns: columns, rows: rows, totalRowCount: 1, footnotes: footnotes)
    }

    static func formatFigure(_ value: Double) -> String { String(format: "%.3f", value) }

    static func decimal(_ value: Double?) -> ReportTable.Cell {
        .text(value.map(formatFigure) ?? undefinedText)
    }

}
