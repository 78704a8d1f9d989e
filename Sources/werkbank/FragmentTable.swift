import WerkbankCore
import WerkbankExchange

/// The fragments table (``CodingReport/table(for:shortenQuotes:)``) built a fragment at a time,
/// holding each fragment's cells (quotes shortened in the text table) rather than the fragments.
/// The `Page` column is put in at the end, when a fragment turned out to have a page.
struct FragmentTable {
    let shortenQuotes: Bool
    private var rows: [[ReportTable.Cell]] = []
    private var pages: [Int?] = []
    private var paged = false

    init(shortenQuotes: Bool) {
        self.shortenQuotes = shortenQuotes
    }

    mutating func append(_ fragment: Fragment) {
        rows.append(CodingReport.row(for: fragment, shortenQuotes: shortenQuotes))
        pages.append(fragment.page)
        if fragment.page != nil { paged = true }
    }

    /// The table of the fragments appended, in their order.
    func table() -> ReportTable {
        var rows = self.rows
        if paged {
            let at = CodingReport.pageColumnIndex
            for index in rows.indices { rows[index].insert(pages[index].map { .number($0) } ?? .text(""), at: at) }
        }
        return ReportTable(title: CodingReport.fragmentsTitle(count: rows.count), columns: CodingReport.fragmentColumns(paged: paged),
                           rows: rows)
    }
}
