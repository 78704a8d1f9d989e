import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// The report of a correction (`edit`, `import --replace`, `pseudonyms apply`): the counts as
/// footnotes, and a row for each coding whose words changed or that needs review.
enum CorrectionTable {
    static func table(for report: CorrectionReport, title: String, dryRun: Bool, format: ReportFormat) -> ReportTable {
        let shorten = format == .table
        var footnotes = ["moved: \(report.count(.moved))", "changed: \(report.count(.changed))",
                         "needs review: \(report.count(.needsReview))", "unchanged: \(report.count(.unchanged))"]
        if report.evidence > 0 { footnotes.append("links of findings and conclusions moved: \(report.evidence)") }
        footnotes.append("turns: \(report.turnsBefore) before, \(report.turnsAfter) after")
        if dryRun { footnotes.append("dry run: nothing was written") }
        return ReportTable(
            title: "\(title): \(report.summary)",
            columns: [.init("Source"), .init("Coding"), .init("Code"), .init("Coder"), .init("Status"),
                      .init("Before"), .init("After"), .init("Quote before"), .init("Quote after")],
            rows: report.items.map { item in
                let id = item.coding.uuidString.lowercased()
                return [.text(item.source), .text(shorten ? String(id.prefix(8)) : id), .text(item.code), .text(item.coder),
                        .text(item.status.rawValue), .text(item.before.description), .text(item.after.description),
                        .text(shorten ? CodingReport.shorten(item.quoteBefore, to: 40) : item.quoteBefore),
                        .text(shorten ? CodingReport.shorten(item.quoteAfter, to: 40) : item.quoteAfter)]
            },
            footnotes: footnotes)
    }

    /// Applies a corrected text to a source (or, with `dryRun`, works out what it would do) and
    /// prints the report.
    static func correct(_ source: String, to text: String, in project: Project, dryRun: Bool, format: ReportFormat) throws {
        let report = try withProject { () throws(ProjectError) in
            try project.correctSource(source, to: text, parse: TranscriptReader.transcript(ofText:), dryRun: dryRun)
        }
        guard !report.isEmpty else {
            print("\(source): the text is unchanged; nothing was done")
            return
        }
        let title = dryRun ? "Correction of \(source) (dry run)" : "Corrected \(source)"
        print(ReportWriter.render(table(for: report, title: title, dryRun: dryRun, format: format), as: format), terminator: "")
    }
}
