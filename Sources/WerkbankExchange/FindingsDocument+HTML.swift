import WerkbankCore

extension FindingsDocument {
    /// Shades of the grid's cells by judgement, and the notes' look; added to the report's
    /// style sheet.
    static let css = """
        .j-herkend { background: #b7e1b0; }
        .j-deels-herkend { background: #f3e3a1; }
        .j-niet-herkend { background: #f2b8b0; }
        .j-niet-besproken { background: #e2e2e2; }
        .j-none { background: #ffffff; color: #888; }
        p.judgement { font-style: italic; margin: 0.2em 0; }
        ul.findings li { margin: 0.3em 0; white-space: pre-line; }
        sup a { text-decoration: none; }
        ol.notes li { font-size: 0.9em; margin: 0.3em 0; }
        ol.notes .removed { color: #a00; }
        p.legend span { padding: 0.1em 0.5em; margin-right: 0.5em; font-size: 0.85em; font-family: Arial, Helvetica, sans-serif; }
        """

    /// The document as one self-contained HTML page (inline CSS, no scripts, no links out).
    public func html() -> String {
        let escape = ReportDocument.escape
        var out = ["<!DOCTYPE html>", "<html lang=\"nl\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>\(escape(title)): \(escape(studyTitle))</title>", "<style>", ReportDocument.css, Self.css, "</style>",
                   "</head>", "<body>", "<h1>\(escape(title))</h1>", "<p class=\"study\">\(escape(studyTitle))</p>"]
        out += htmlSections()
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The sections as HTML, from `<h2>` down: the grid shaded by judgement, the cases with
    /// their findings, the conclusions and the evidence notes.
    func htmlSections() -> [String] {
        let escape = ReportDocument.escape
        var out = ["<h2 id=\"findings-grid\">\(escape(gridTable.title))</h2>"]
        out.append("<p class=\"legend\">" + RecognitionStatus.allCases.map {
            "<span class=\"j-\(Self.slug($0.rawValue))\">\(escape($0.rawValue))</span>"
        }.joined() + "</p>")
        out += ["<table id=\"findings-grid-table\">", "<caption>\(escape(gridTable.title))</caption>", "<thead>",
                "<tr><th scope=\"col\">Element</th>" + gridCases.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr>",
                "</thead>", "<tbody>"]
        for row in grid {
            let cells = zip(row.judgements, row.findingCounts).map { judgement, count in
                let shade = judgement.map { "j-" + Self.slug($0) } ?? "j-none"
                return "<td class=\"\(shade)\">\(escape(judgement ?? "-"))\(count > 0 ? " (\(count))" : "")</td>"
            }
            out.append("<tr><th scope=\"row\">\(escape(row.element))</th>" + cells.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>"]
        for section in cases {
            out.append("<h2 id=\"findings-\(escape(section.caseID))\">\(escape(section.heading))</h2>")
            for element in section.elements {
                out.append("<h3>\(escape(element.heading))</h3>")
                if let judgement = element.judgement {
                    let why = element.why.map { $0.isEmpty ? "" : " — " + escape($0) } ?? ""
                    out.append("<p class=\"judgement\">Herkenning: \(escape(judgement))\(why)</p>")
                }
                guard !element.findings.isEmpty else {
                    out.append("<p class=\"count\">Geen bevindingen (\(element.fragmentCount) fragment\(element.fragmentCount == 1 ? "" : "en")).</p>")
                    continue
                }
                out.append("<ul class=\"findings\">")
                for bullet in element.findings {
                    let role = bullet.role.map { " <em>(\(escape($0)))</em>" } ?? ""
                    out.append("<li>\(escape(bullet.text))\(role)\(references(bullet.notes))</li>")
                }
                out.append("</ul>")
            }
        }
        if !conclusions.isEmpty {
            out += ["<h2 id=\"conclusions\">Conclusies</h2>", "<ol class=\"conclusions\">"]
            for conclusion in conclusions {
                let cells = conclusion.cells.isEmpty ? "" : "<br><small>Cellen: \(escape(conclusion.cells.joined(separator: ", ")))</small>"
                out.append("<li>\(escape(conclusion.text))\(references(conclusion.notes))\(cells)</li>")
            }
            out.append("</ol>")
        }
        if !notes.isEmpty {
            out += ["<h2 id=\"evidence\">Bewijs</h2>", "<ol class=\"notes\">"]
            for note in notes {
                let removed = note.removed ? " class=\"removed\"" : ""
                out.append("<li id=\"note-\(note.number)\"\(removed)>“\(escape(note.quote))” — \(escape(note.attribution))</li>")
            }
            out.append("</ol>")
        }
        return out
    }

    private func references(_ notes: [Int]) -> String {
        notes.map { "<sup><a href=\"#note-\($0)\">\($0)</a></sup>" }.joined()
    }

    static func slug(_ status: String) -> String { status.replacingOccurrences(of: " ", with: "-") }
}
