import Foundation
import WerkbankCore
import WerkbankExchange

/// Tables of codings and fragments for the command line.
enum CodingReport {
    static func table(for codings: [Coding], title: String) -> ReportTable {
        ReportTable(
            title: title,
            columns: [.init("Id"), .init("Source"), .init("Start", alignment: .right), .init("End", alignment: .right),
                      .init("Code"), .init("Coder"), .init("Memo")],
            rows: codings.map { coding in
                [.text(coding.id.uuidString.lowercased()), .text(coding.sourceID), .number(coding.range.start),
                 .number(coding.range.end), .text(coding.code), .text(coding.coder), .text(coding.memo ?? "")]
            })
    }

    /// Fragments with their context; in the text table quotes are shortened to one line. A
    /// `Page` column follows the source when a fragment lies in a source with pages (a PDF).
    static func table(for fragments: [Fragment], shortenQuotes: Bool) -> ReportTable {
        var table = FragmentTable(shortenQuotes: shortenQuotes)
        for fragment in fragments { table.append(fragment) }
        return table.table()
    }

    static func fragmentsTitle(count: Int) -> String {
        "Fragments (\(count))"
    }

    /// Where the `Page` column goes: after the source.
    static let pageColumnIndex = 3

    /// The columns of ``table(for:shortenQuotes:)``, with `Page` when `paged`.
    static func fragmentColumns(paged: Bool) -> [ReportTable.Column] {
        var columns: [ReportTable.Column] = [.init("Id"), .init("Case"), .init("Source"), .init("Kind"), .init("Speaker"), .init("Role"),
                                             .init("Code"), .init("Coder"), .init("Start", alignment: .right),
                                             .init("End", alignment: .right), .init("Quote"), .init("Memo")]
        if paged { columns.insert(.init("Page", alignment: .right), at: pageColumnIndex) }
        return columns
    }

    /// A fragment's row of ``table(for:shortenQuotes:)`` without a page (``FragmentTable`` puts
    /// pages in).
    static func row(for fragment: Fragment, shortenQuotes: Bool) -> [ReportTable.Cell] {
        let coding = fragment.coding
        let id = coding.id.lowercasedString
        return [.text(shortenQuotes ? String(id.prefix(8)) : id), .text(fragment.caseName), .text(coding.sourceID),
                .text(fragment.sourceKind.rawValue), .text(fragment.speaker ?? ""), .text(fragment.role ?? ""),
                .text(coding.code), .text(coding.coder), .number(coding.range.start), .number(coding.range.end),
                .text(shortenQuotes ? shorten(fragment.quote) : fragment.quote), .text(coding.memo ?? "")]
    }

    static func shorten(_ text: String, to length: Int = 60) -> String {
        ReportWriter.shortened(text, to: length)
    }
}
