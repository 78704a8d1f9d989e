import WerkbankCore

extension ReportDocument {
    /// The style sheet, inline: the document fetches nothing.
    static let css = """
        body { font-family: Georgia, "Times New Roman", serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #1a1a1a; }
        h1 { font-size: 1.6em; margin-bottom: 0.1em; }
        p.study { font-size: 1.2em; margin-top: 0; color: #444; }
        h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #999; }
        h3 { font-size: 1.1em; margin-top: 1.5em; }
        h4 { font-size: 1em; margin: 1em 0 0.3em; }
        table { border-collapse: collapse; margin: 0.5em 0; font-family: Arial, Helvetica, sans-serif; font-size: 0.9em; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
        th, td { padding: 0.2em 0.6em; border-bottom: 1px solid #ddd; vertical-align: top; }
        thead th { border-bottom: 2px solid #333; text-align: left; }
        th[scope=row] { text-align: left; font-weight: normal; white-space: pre; }
        .num, thead th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tbody.totals th, tbody.totals td { border-top: 2px solid #333; font-weight: bold; }
        p.footnote, p.count, p.note { font-size: 0.9em; color: #444; }
        blockquote { margin: 0.5em 0 0.8em 1.5em; padding-left: 0.8em; border-left: 3px solid #bbb; }
        blockquote p { margin: 0; }
        blockquote p.attribution { font-size: 0.85em; color: #555; margin-top: 0.2em; }
        @media print { body { max-width: none; } h2 { page-break-after: avoid; } }
        """

    /// The document as one self-contained HTML page: UTF-8, inline CSS, no scripts, no links
    /// to anything outside it.
    public func html() -> String {
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"nl\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(Self.escape(title)): \(Self.escape(studyTitle))</title>",
            "<style>",
            Self.css,
            FindingsDocument.css,
            "</style>",
            "</head>",
            "<body>",
            "<h1>\(Self.escape(title))</h1>",
            "<p class=\"study\">\(Self.escape(studyTitle))</p>",
        ]
        out.append("<h2 id=\"respondents\">\(Self.escape(Section.respondents))</h2>")
        out += Self.html(respondents, id: "respondent-table")
        out.append("<h2 id=\"matrix\">\(Self.escape(Section.matrix))</h2>")
        out += Self.html(matrix, id: "element-matrix")
        out.append("<h2 id=\"agreement\">\(Self.escape(Section.agreement))</h2>")
        if let agreement {
            out += Self.html(agreement, id: "agreement-table")
        }
        if !agreementNote.isEmpty { out.append("<p class=\"note\">\(Self.escape(agreementNote))</p>") }
        out.append("<h2 id=\"fragments\">\(Self.escape(Section.fragments))</h2>")
        out.append("<p class=\"note\">\(Self.escape("At most \(perCell) quote\(perCell == 1 ? "" : "s") per element per case, with speaker and role."))</p>")
        for element in elements {
            out.append("<h3 id=\"element-\(Self.escape(element.short))\">\(Self.escape(element.heading))</h3>")
            if !element.gloss.isEmpty { out.append("<p class=\"note\">\(Self.escape(element.gloss))</p>") }
            for cell in element.cases {
                out.append("<h4>\(Self.escape(Self.caseHeading(cell)))</h4>")
                out.append("<p class=\"count\">\(Self.escape(Self.countLine(cell)))</p>")
                for quote in cell.quotes {
                    out.append("<blockquote>")
                    out.append("<p>\(Self.escape(quote.text))</p>")
                    out.append("<p class=\"attribution\">\(Self.escape(quote.attribution))</p>")
                    out.append("</blockquote>")
                }
            }
        }
        if let findings { out += findings.htmlSections() }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// A table with its caption, column and row headers, numbers right-aligned, totals in a
    /// body of their own, and footnotes under it.
    static func html(_ table: ReportTable, id: String) -> [String] {
        func cls(_ column: Int) -> String {
            table.columns.indices.contains(column) && table.columns[column].alignment == .right ? " class=\"num\"" : ""
        }
        func row(_ cells: [ReportTable.Cell]) -> String {
            let parts = cells.enumerated().map { index, cell in
                index == 0
                    ? "<th scope=\"row\"\(cls(index))>\(escape(cell.display))</th>"
                    : "<td\(cls(index))>\(escape(cell.display))</td>"
            }
            return "<tr>" + parts.joined() + "</tr>"
        }
        var out = ["<table id=\"\(escape(id))\">", "<caption>\(escape(table.title))</caption>", "<thead>"]
        out.append("<tr>" + table.columns.enumerated().map { index, column in
            "<th scope=\"col\"\(cls(index))>\(escape(column.title))</th>"
        }.joined() + "</tr>")
        out.append("</thead>")
        let bodyEnd = max(0, table.rows.count - table.totalRowCount)
        out.append("<tbody>")
        out += table.rows[..<bodyEnd].map(row)
        out.append("</tbody>")
        if bodyEnd < table.rows.count {
            out.append("<tbody class=\"totals\">")
            out += table.rows[bodyEnd...].map(row)
            out.append("</tbody>")
        }
        out.append("</table>")
        out += table.footnotes.map { "<p class=\"footnote\">\(escape($0))</p>" }
        return out
    }

    /// Text made safe for HTML content and attribute values: `& < > " '`.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
