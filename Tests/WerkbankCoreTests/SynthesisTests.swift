import Foundation
import Testing
import WerkbankCore

@Suite struct SynthesisTests {
    @Test func statusesAreReadInTheirSpellings() {
        #expect(RecognitionStatus(parsing: "herkend") == .herkend)
        #expect(RecognitionStatus(parsing: "Deels-Herkend") == .deelsHerkend)
        #expect(RecognitionStatus(parsing: "niet_herkend") == .nietHerkend)
        #expect(RecognitionStatus(parsing: "niet  besproken") == .nietBesproken)
        #expect(RecognitionStatus(parsing: "partly recognised") == .deelsHerkend)
        #expect(RecognitionStatus(parsing: "ja") == nil)
        #expect(RecognitionStatus.spellings == "herkend, deels-herkend, niet-herkend, niet-besproken")
    }

    @Test func gridProblemsFollowGridOrder() {
        let a = CellKey(caseID: "a", element: "LOS")
        let b = CellKey(caseID: "b", element: "GOC")
        let gone = Evidence(codingID: UUID(), sourceID: "s", range: ScalarRange(start: 0, end: 1), quote: "x", isRemoved: true)
        let live = Evidence(codingID: UUID(), sourceID: "s", range: ScalarRange(start: 0, end: 1), quote: "x")
        let findings = [
            Finding(cell: b, text: "zonder", author: "A"),
            Finding(cell: a, text: "weg\nnog een regel", author: "A", evidence: [gone]),
            Finding(cell: a, text: "goed", author: "A", evidence: [gone, live]),
        ]
        let grid = SynthesisGrid(cases: ["a", "b"], elements: ["LOS", "GOC"], cells: [
            a: SynthesisCell(key: a, judgement: RecognitionJudgement(cell: a, status: .herkend, why: "", author: "A"),
                             findingCount: 2, fragmentCount: 3),
            b: SynthesisCell(key: b, findingCount: 1, fragmentCount: 0),
            CellKey(caseID: "b", element: "LOS"): SynthesisCell(key: CellKey(caseID: "b", element: "LOS"), fragmentCount: 4),
        ])
        let problems = grid.problems(findings: findings)
        #expect(problems == [
            .findingEvidenceRemoved(findings[1], removed: 1),
            .findingWithoutEvidence(findings[0]),
            .cellWithoutFinding(CellKey(caseID: "b", element: "LOS"), fragments: 4),
        ])
        #expect(problems[0].description.hasSuffix("all its evidence was removed (1 fragment): weg"))
        #expect(grid.crossCase(element: "LOS") == [.herkend: 1, nil: 1])
        #expect(grid.cell(caseID: "a", element: "GOC") == SynthesisCell(key: CellKey(caseID: "a", element: "GOC")))
        #expect(findings[2].liveEvidence == [live])
    }
}
