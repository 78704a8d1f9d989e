/// The output formats of report commands.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned columns for reading in a terminal.
    case table
    /// RFC 4180 CSV, UTF-8, CRLF line ends, one header row.
    case csv
    /// One JSON object: title, column titles, rows as objects, footnotes.
    case json
    /// A Markdown pipe table with footnotes below it.
    case md
}
