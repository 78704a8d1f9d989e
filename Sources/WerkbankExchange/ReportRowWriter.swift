import WerkbankCore

/// A report table written a row at a time as CSV or JSON: the same bytes as
/// ``ReportWriter/bytes(_:as:)`` gives for the whole table, while only the bytes written are
/// held, not the rows' cells (decision 70). The title comes last, once the rows are counted.
public struct ReportRowWriter {
    /// Where the CSV writer's full buffers go; a class, since the writer's sink outlives a call.
    private final class Output {
        var bytes: [UInt8] = []
    }

    private let output = Output()
    private var csv: CSVText?
    private var json: ReportJSON.Rows?
    private let columnCount: Int
    private let footnotes: [String]

    /// A writer of a table with these columns and footnotes in `format`; `nil` for the formats
    /// that need every row before the first is written (a text table's widths, Markdown's title).
    public init?(format: ReportFormat, columns: [ReportTable.Column], footnotes: [String] = []) {
        self.init(format: format, columns: columns, footnotes: footnotes, reservingCapacity: 1 << 16)
    }

    init?(format: ReportFormat, columns: [ReportTable.Column], footnotes: [String], reservingCapacity capacity: Int) {
        columnCount = columns.count
        self.footnotes = footnotes
        output.bytes.reserveCapacity(capacity)
        switch format {
        case .csv:
            let output = self.output
            csv = CSVText { output.bytes.append(contentsOf: $0) }
            // Appending to memory cannot fail.
            try! csv!.write(row: columns.map(\.title))
        case .json:
            json = ReportJSON.Rows(columns: columns.map(\.title), footnotes: footnotes, into: &output.bytes)
        case .table, .md:
            return nil
        }
    }

    /// Writes one row.
    public mutating func append(_ row: [ReportTable.Cell]) {
        if csv != nil {
            try! csv!.write(row: row.map(\.display))
        } else {
            json!.append(row, into: &output.bytes)
        }
    }

    /// Writes the end of the table, with its title where the format has one, and returns all
    /// its bytes.
    public mutating func finish(title: String) -> [UInt8] {
        if csv != nil {
            // Footnotes go in rows of their own with the full number of fields, so that the file
            // stays rectangular for R and spreadsheets.
            for footnote in footnotes {
                try! csv!.write(row: [footnote] + Array(repeating: "", count: max(0, columnCount - 1)))
            }
            try! csv!.finish()
            output.bytes.append(contentsOf: [0x0D, 0x0A])
        } else {
            json!.finish(title: title, into: &output.bytes)
        }
        return output.bytes
    }
}
