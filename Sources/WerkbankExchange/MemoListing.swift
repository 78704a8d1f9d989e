import Foundation
import WerkbankCore

/// Every memo as `werkbank memos` writes it: a table (text, CSV, JSON) with a row per memo,
/// or Markdown as a document with a section per memo, its text as written.
public enum MemoListing {
    /// Table, CSV and JSON through ``ReportWriter`` (CSV through ``CSVText``); Markdown as a
    /// document.
    public static func render(_ entries: [MemoEntry], title: String = "Memos", format: ReportFormat) -> String {
        format == .md ? markdown(entries, title: title) : ReportWriter.render(table(entries, title: title), as: format)
    }

    public static func table(_ entries: [MemoEntry], title: String = "Memos") -> ReportTable {
        let columns = ["Kind", "Title", "Belongs to", "Case", "Code", "Author", "Modified", "Id", "Text"].map { ReportTable.Column($0) }
        let rows: [[ReportTable.Cell]] = entries.map { entry in
            [entry.kind.rawValue, entry.title, entry.belongsTo, entry.caseID ?? "", entry.code ?? "", entry.author ?? "",
             entry.modified.map(date) ?? "", id(entry), entry.text].map(ReportTable.Cell.text)
        }
        return ReportTable(title: title, columns: columns, rows: rows)
    }

    public static func markdown(_ entries: [MemoEntry], title: String = "Memos") -> String {
        var lines = ["# \(ReportDocument.markdownText(title))", ""]
        if entries.isEmpty { lines += ["No memos.", ""] }
        for entry in entries {
            lines.append("## \(ReportDocument.markdownText(entry.heading))")
            lines.append("")
            var facts = ["*\(entry.kind.rawValue)* on \(ReportDocument.markdownText(entry.belongsTo))"]
            if let author = entry.author { facts.append("by \(ReportDocument.markdownText(author))") }
            if let modified = entry.modified { facts.append(date(modified)) }
            let identifier = id(entry)
            if !identifier.isEmpty { facts.append("`\(identifier)`") }
            lines.append(facts.joined(separator: " · "))
            lines.append("")
            // The text as written, line by line: a memo's own Markdown is the writer's to keep.
            lines += entry.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            lines.append("")
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A free memo's or a coding's GUID, lower case; empty for the others.
    static func id(_ entry: MemoEntry) -> String {
        (entry.memoID ?? entry.codingID)?.uuidString.lowercased() ?? ""
    }

    /// `2026-12-03 04:40` in UTC.
    static func date(_ date: Date) -> String {
        let style = Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash)
        let time = Date.ISO8601FormatStyle(timeZone: .gmt).time(includingFractionalSeconds: false).timeSeparator(.colon)
        return "\(date.formatted(style)) \(date.formatted(time).prefix(5))"
    }
}
