import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension FragmentsCommand {
    /// The output, built as the fragments are read, without holding them (decision 70): CSV and
    /// JSON written row by row, a text table or Markdown from the rows' cells.
    func outputBytes(_ project: Project, _ filter: FragmentFilter, titleSuffix: String) throws -> [UInt8] {
        if let bytes = try streamedOutput(project, filter, titleSuffix: titleSuffix) { return bytes }
        var table = FragmentTable(shortenQuotes: output.format == .table)
        try forEachFragment(project, filter) { table.append($0) }
        var report = table.table()
        report.title += titleSuffix
        return ReportWriter.bytes(report, as: output.format)
    }

    /// The output in CSV or JSON written as the fragments are read; `nil` for the other formats
    /// and when a fragment has a page, since the `Page` column is there only when one has,
    /// which is known once all are read.
    private func streamedOutput(_ project: Project, _ filter: FragmentFilter, titleSuffix: String) throws -> [UInt8]? {
        struct PagedFragment: Error {}
        guard var writer = ReportRowWriter(format: output.format, columns: CodingReport.fragmentColumns(paged: false)) else {
            return nil
        }
        var count = 0
        do {
            try forEachFragment(project, filter) { fragment in
                guard fragment.page == nil else { throw PagedFragment() }
                writer.append(CodingReport.row(for: fragment, shortenQuotes: false))
                count += 1
            }
        } catch is PagedFragment {
            return nil
        }
        return writer.finish(title: CodingReport.fragmentsTitle(count: count) + titleSuffix)
    }

    /// Hands the fragments to `body` in one pass; a project's error is reported and exits.
    private func forEachFragment(_ project: Project, _ filter: FragmentFilter, _ body: (Fragment) throws -> Void) throws {
        do {
            try project.forEachFragment(filter, inOnePass: true, body)
        } catch let error as ProjectError {
            printError("werkbank: \(error)")
            throw ExitCodes.forProjectError(error)
        }
    }
}
