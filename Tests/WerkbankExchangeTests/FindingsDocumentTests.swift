import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// The findings document, built from values and written as Markdown and HTML.
@Suite struct FindingsDocumentTests {
    func document() throws -> (FindingsDocument, Study) {
        let study = try CaseFolderLoader(folder: sampleCasesURL).load()
        let cell = CellKey(caseID: "jeugdzorg", element: "LOS")
        let coding = try #require(study.codings.first { $0.sourceID == "jz-interview-manager" && $0.code == "LOS" })
        let live = Evidence(codingID: coding.id, sourceID: coding.sourceID, range: coding.range, quote: "Live <b>quote</b>")
        let gone = Evidence(codingID: UUID(), sourceID: "jz-interview-manager", range: ScalarRange(start: 0, end: 3), quote: "Weg",
                            isRemoved: true)
        let synthesis = Synthesis(
            findings: [Finding(cell: cell, text: "Eerste *regel*\ntweede regel", author: "A", role: "Studenten", evidence: [live, gone]),
                       Finding(cell: cell, text: "Zonder bewijs", author: "A")],
            judgements: [RecognitionJudgement(cell: cell, status: .deelsHerkend, why: "Half", author: "A")],
            conclusions: [Conclusion(text: "Samen", author: "A", cells: [cell], evidence: [live])])
        let grid = SynthesisGrid(cases: study.cases.map(\.id), elements: ["LOS", "GOC"], cells: [
            cell: SynthesisCell(key: cell, judgement: synthesis.judgements[0], findingCount: 2, fragmentCount: 7),
        ])
        let fragment = Fragment(coding: coding, caseID: "jeugdzorg", caseName: "Jeugdzorg", sourceTitle: "Interview M1",
                                sourceKind: .interview, speaker: "M1", role: "Management", quote: "Live <b>quote</b>")
        return (FindingsDocument(study: study, synthesis: synthesis, grid: grid, fragments: [coding.id: fragment],
                                 sourceTitles: ["jz-interview-manager": "Interview M1"], caseID: "jeugdzorg"), study)
    }

    @Test func markdownHasBulletsJudgementsNotesAndTheGrid() throws {
        let (document, _) = try document()
        let markdown = document.markdown()
        #expect(markdown.contains("## Jeugdzorg (Jeugdgezondheid)\n\n### Lerend en Onderzoekend Samenwerken (LOS)\n\n*Herkenning: deels herkend* — Half\n"))
        #expect(markdown.contains("- Eerste \\*regel\\*\n  tweede regel *(Studenten)*[^1][^2]\n- Zonder bewijs\n"))
        #expect(markdown.contains("### Grensoverstijgende en Ontwikkelingsgerichte Cultuur (GOC)\n\nGeen bevindingen (0 fragmenten)."))
        #expect(markdown.contains("[^1]: “Live &lt;b&gt;quote&lt;/b&gt;” — M1, Management · Interview M1\n"))
        #expect(markdown.contains("[^2]: “Weg” — Interview M1 (evidence removed)\n"))
        #expect(markdown.contains("1. Samen[^1]\n   Cellen: Jeugdzorg × LOS\n"), "a note cited twice keeps its number")
        #expect(markdown.contains("| LOS | deels herkend (2) | - | - | - |"))
        #expect(!markdown.contains("## Revalidatie 1"))
    }

    @Test func htmlIsEscapedAndShadedByJudgement() throws {
        let (document, _) = try document()
        let html = document.html()
        #expect(html.contains("<td class=\"j-deels-herkend\">deels herkend (2)</td>"))
        #expect(html.contains("<td class=\"j-none\">-</td>"))
        #expect(html.contains("“Live &lt;b&gt;quote&lt;/b&gt;”"))
        #expect(html.contains("<li id=\"note-2\" class=\"removed\">“Weg” — Interview M1 (evidence removed)</li>"))
        #expect(html.contains("<sup><a href=\"#note-1\">1</a></sup>"))
        #expect(!html.contains("<b>") && !html.contains("<script") && !html.contains("http"))
    }

    @Test func csvHasOneRowPerFinding() throws {
        let (document, _) = try document()
        let rows = document.csv().components(separatedBy: "\r\n").filter { $0.hasPrefix("Jeugdzorg,") }
        #expect(rows.count == 2)
        #expect(rows[1].hasPrefix("Jeugdzorg,LOS,deels herkend,") && rows[1].contains(",Zonder bewijs,,A,0,0,"))
    }
}
