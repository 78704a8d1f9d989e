import WerkbankCore

extension FindingsDocument {
    /// The document as Markdown: a section per case with a heading per element, its judgement
    /// and its findings as bullets with footnote references; the grid as a pipe table; the
    /// conclusions; the evidence as footnotes (quote, speaker, role, source).
    public func markdown() -> String {
        let text = ReportDocument.markdownText
        var out = ["# \(text(title))", "", text(studyTitle), ""]
        for section in cases {
            out += ["## \(text(section.heading))", ""]
            for element in section.elements {
                out += ["### \(text(element.heading))", ""]
                if let judgement = element.judgement {
                    out += ["*Herkenning: \(text(judgement))*" + (element.why.map { $0.isEmpty ? "" : " — " + text($0) } ?? ""), ""]
                }
                if element.findings.isEmpty {
                    out += ["Geen bevindingen (\(element.fragmentCount) fragment\(element.fragmentCount == 1 ? "" : "en")).", ""]
                    continue
                }
                for bullet in element.findings {
                    let lines = bullet.text.split(separator: "\n", omittingEmptySubsequences: false).map { text(String($0)) }
                    let role = bullet.role.map { " *(\(text($0)))*" } ?? ""
                    out.append("- " + lines.joined(separator: "\n  ") + role + references(bullet.notes))
                }
                out.append("")
            }
        }
        out += ["## \(text(gridTable.title))", "", ReportWriter.render(gridTable, as: .md)]
        if !conclusions.isEmpty {
            out += ["## Conclusies", ""]
            for (index, conclusion) in conclusions.enumerated() {
                out.append("\(index + 1). \(text(conclusion.text))" + references(conclusion.notes))
                if !conclusion.cells.isEmpty { out.append("   Cellen: \(text(conclusion.cells.joined(separator: ", ")))") }
            }
            out.append("")
        }
        for note in notes {
            let quote = note.quote.utf8.contains(10)
                ? note.quote.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ") : note.quote
            out.append("[^\(note.number)]: “\(text(quote))” — \(text(note.attribution))")
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    private func references(_ notes: [Int]) -> String {
        notes.map { "[^\($0)]" }.joined()
    }

    /// The findings as CSV, one row per finding (``findingsTable``).
    public func csv() -> String {
        ReportWriter.render(findingsTable, as: .csv)
    }
}
