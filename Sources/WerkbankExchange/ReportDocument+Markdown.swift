import WerkbankCore

extension ReportDocument {
    /// The document as Markdown: the same sections as ``html()``, pipe tables from
    /// ``ReportWriter``, quotes as `>` blocks.
    public func markdown() -> String {
        var out: [String] = ["# \(Self.markdownText(title))", "", Self.markdownText(studyTitle), ""]
        out += ["## \(Section.respondents)", "", ReportWriter.render(respondents, as: .md)]
        out += ["## \(Section.matrix)", "", ReportWriter.render(matrix, as: .md)]
        out += ["## \(Section.agreement)", ""]
        if let agreement { out.append(ReportWriter.render(agreement, as: .md)) }
        if !agreementNote.isEmpty { out += [Self.markdownText(agreementNote), ""] }
        out += ["## \(Section.fragments)", "",
                "At most \(perCell) quote\(perCell == 1 ? "" : "s") per element per case, with speaker and role.", ""]
        for element in elements {
            out += ["### \(Self.markdownText(element.heading))", ""]
            if !element.gloss.isEmpty { out += [Self.markdownText(element.gloss), ""] }
            for cell in element.cases {
                out += ["#### \(Self.markdownText(Self.caseHeading(cell)))", "", Self.countLine(cell), ""]
                for quote in cell.quotes {
                    let lines = quote.text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? ">" : "> " + Self.markdownText(String($0)) }
                    out += lines + [">", "> — " + Self.markdownText(quote.attribution), ""]
                }
            }
        }
        while out.last == "" { out.removeLast() }
        if let findings {
            // Its sections, without its title and study lines.
            out += [""] + findings.markdown().split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4).map(String.init)
            while out.last == "" { out.removeLast() }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Running text made literal in Markdown: markup characters backslash-escaped, `&` and `<`
    /// as entities so that no HTML gets through.
    static func markdownText(_ text: String) -> String {
        // Most text has none of these: checked on the bytes, it is returned as it is.
        let plain = !text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): true
            default: false
            }
        }
        if plain { return text }
        var result = ""
        for character in text {
            switch character {
            case "\\", "*", "_", "`", "[", "]", "|", "#": result += "\\" + String(character)
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}
