import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension FragmentsCommand {
    /// The output in CSV or JSON written as the fragments are read, without holding them
    /// (decision 70); `nil` for the other formats and when a fragment has a page, since the
    /// `Page` column is there only when one has, which is known once all are read.
    func streamedOutput(_ project: Project, _ filter: FragmentFilter, title suffix: String) throws -> [UInt8]? {
        struct PagedFragment: Error {}
        guard var writer = ReportRowWriter(format: output.format, columns: CodingReport.fragmentColumns(paged: false)) else {
            return nil
        }
        var count = 0
        do {
            try project.forEachFragment(filter, inOnePass: true) { fragment in
                guard fragment.page == nil else { throw PagedFragment() }
                writer.append(CodingReport.row(for: fragment, paged: false, shortenQuotes: false))
                count += 1
            }
        } catch is PagedFragment {
            return nil
        } catch let error as ProjectError {
            printError("werkbank: \(error)")
            throw ExitCodes.forProjectError(error)
        }
        return writer.finish(title: CodingReport.fragmentsTitle(count: count) + suffix)
    }
}
