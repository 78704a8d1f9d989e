import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// The report document builder on the sample study, with a hostile quote.
@Suite struct ReportDocumentTests {
    let study: Study
    let document: ReportDocument

    init() throws {
        let study = try CaseFolderLoader(folder: sampleCasesURL).load()
        self.study = study
        let builder = MatrixBuilder(
            codebook: study.codebook,
            sources: study.sources.map { MatrixSource(id: $0.id, caseID: $0.caseID, kind: $0.kind, length: 1000) },
            cases: study.cases.map { MatrixColumn(id: $0.id, label: $0.tableLabel) }, roles: study.roles.map(\.name))
        let tallies = study.codings.map { MatrixTally(sourceID: $0.sourceID, code: $0.code, coder: $0.coder, count: 1) }
        let matrix = builder.matrix(tallies: tallies, by: .case, measure: .fragments)
        let agreement = ReportTable(
            title: "Agreement of Anouk and Bram by character, 1 source",
            columns: [.init("Code"), .init("Agreement", alignment: .right), .init("Kappa", alignment: .right),
                      .init("Alpha", alignment: .right)],
            rows: [[.text("LOS"), .text("0.900"), .text("undefined"), .text("undefined")],
                   [.text("All codes (pooled)"), .text("0.900"), .text("0.500"), .text("0.490")]],
            totalRowCount: 1)
        let hostile = ReportDocument.Quote(
            text: "Ik zei <script>alert('x')</script> & \"zó\" — één café", speaker: "S1", role: "Studenten",
            source: "Focusgroep <studenten>", coder: "Anouk")
        let elements = study.codebook.elements.map { element in
            ReportDocument.Element(short: element.short, name: element.name, gloss: element.gloss, cases: study.cases.map {
                ReportDocument.CaseQuotes(caseLabel: $0.tableLabel, caseName: $0.name, fragmentCount: 5,
                                          quotes: element.short == "LOS" ? [hostile] : [])
            })
        }
        document = ReportDocument(
            studyTitle: study.title, respondents: study.respondentTable.report,
            matrix: ReportDocument.elementMatrix(matrix, elements: study.codebook.elements.map(\.short)),
            agreement: agreement, agreementNote: "\"undefined\" where a figure is undefined.", elements: elements,
            perCell: 3)
    }

    @Test func htmlEscapesQuotesAndIsSelfContained() {
        let html = document.html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Ik zei &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;zó&quot; — één café"))
        #expect(html.contains("Focusgroep &lt;studenten&gt;"))
        #expect(html.contains("S1, Studenten"))
        for forbidden in ["http://", "https://", "<script", "<link", "<img", "@import", "url("] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("<blockquote>"))
        #expect(html.contains(study.title))
    }

    @Test func htmlHasTheRespondentTableAsPublished() {
        let html = document.html()
        #expect(html.contains("<caption>Respondenten</caption>"))
        #expect(html.contains("<td class=\"num\">-</td>"))
        #expect(html.contains("<td class=\"num\">6 *</td>"))
        #expect(html.contains("<td class=\"num\">75</td>"))
        #expect(html.contains("<th scope=\"row\">Cliënten</th>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Zorg 1</th>"))
        #expect(html.contains("<p class=\"footnote\">* 4 from last school year, 2 from current school year</p>"))
        #expect(html.contains("<tbody class=\"totals\">\n<tr><th scope=\"row\">Totaal</th>"))
    }

    @Test func everyElementHasAHeadingAndACaseHeadingPerCase() throws {
        let html = document.html()
        let markdown = document.markdown()
        #expect(study.codebook.elements.count == 6)
        for element in study.codebook.elements {
            #expect(html.contains("<h3 id=\"element-\(element.short)\">\(element.short): \(ReportDocument.escape(element.name))</h3>"))
            #expect(markdown.contains("### \(element.short): \(element.name)"))
        }
        for studyCase in study.cases {
            #expect(html.contains("<h4>\(studyCase.tableLabel) (\(studyCase.name))</h4>"))
        }
        #expect(html.contains("1 of 5 fragments."))
        #expect(html.contains("<td class=\"num\">undefined</td>"))
    }

    @Test func elementMatrixKeepsTheElementsAndSumsThem() throws {
        let table = document.matrix
        let codes = table.rows.map { $0[0].display }
        #expect(codes == study.codebook.elements.map(\.short) + ["Total"])
        #expect(table.columns.map(\.title) == ["Element"] + study.cases.map(\.tableLabel) + ["Total"])
        let total = try #require(table.rows.last)
        let elementCodes = Set(study.codebook.elements.map(\.short))
        #expect(total.last == .number(study.codings.filter { elementCodes.contains($0.code) }.count))
    }

    @Test func markdownHasTheSameSections() {
        let markdown = document.markdown()
        #expect(markdown.hasPrefix("# Werkbank report\n"))
        for heading in ["## Respondents", "## Fragments per element and case", "## Inter-coder agreement",
                        "## Fragments per element and case: quotes"] {
            #expect(markdown.contains(heading + "\n"), "\(heading)")
        }
        #expect(markdown.contains("| Studenten | 2 | 7 | 9 | 6 \\* | 24 |"))
        #expect(markdown.contains("| Cliënten | - | 7 | - | - | 7 |"))
        #expect(markdown.contains("| Totaal | 9 | 28 | 20 | 18 | 75 |"))
        #expect(markdown.contains("\\* 4 from last school year, 2 from current school year"))
        #expect(markdown.contains("> Ik zei &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"zó\" — één café\n"))
        #expect(!markdown.contains("<script"))
    }

    @Test func missingAgreementIsExplained() {
        var without = document
        without.agreement = nil
        without.agreementNote = "Not computed: the project has fewer than two coders."
        #expect(!without.html().contains("agreement-table"))
        #expect(without.html().contains("<p class=\"note\">Not computed: the project has fewer than two coders.</p>"))
        #expect(without.markdown().contains("## Inter-coder agreement\n\nNot computed"))
    }

    @Test func quotesLeaveOutTextWithinAQuotePickedBefore() {
        func fragment(_ source: String, _ start: Int, _ end: Int, _ coder: String) -> Fragment {
            Fragment(coding: Coding(sourceID: source, range: ScalarRange(start: start, end: end), code: "LOS", coder: coder),
                     caseID: "c", caseName: "C", sourceTitle: source, sourceKind: .interview, speaker: "P1",
                     role: "Professionals", quote: "\(source) \(start)")
        }
        let fragments = [fragment("a", 0, 100, "Anouk"), fragment("a", 10, 40, "Bram"), fragment("b", 10, 40, "Bram"),
                         fragment("a", 90, 120, "Bram"), fragment("c", 0, 5, "Anouk")]
        #expect(ReportDocument.quotes(from: fragments, limit: 3).map(\.text) == ["a 0", "b 10", "a 90"])
        #expect(ReportDocument.quotes(from: fragments, limit: 0).isEmpty)
    }
}
