import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// `findings.toml` and `conclusions.toml` in a case folder.
@Suite struct SynthesisLoaderTests {
    static let findings = """
        [[judgement]]
        element = "LOS"
        status = "deels-herkend"
        why = "Alleen studenten."
        author = "Anouk"

        [[finding]]
        element = "LOS"
        text = "Leren van elkaar."
        author = "Anouk"
        role = "Studenten"
        evidence = [
          { source = "interview", code = "LOS", coder = "Anouk", start = 22, end = 46 },
        ]
        """
    static let conclusions = """
        [[conclusion]]
        text = "Alles herkend."
        author = "Anouk"
        cells = [{ case = "rev1", element = "LOS" }]
        evidence = [{ source = "interview", code = "LOS", coder = "Anouk", start = 22, end = 46 }]
        """

    func fixture() throws -> FixtureFolder {
        let fixture = try FixtureFolder()
        try fixture.write("cases/rev1/findings.toml", Self.findings)
        try fixture.write("conclusions.toml", Self.conclusions)
        return fixture
    }

    @Test func findingsJudgementsAndConclusionsLoadWithTheirEvidence() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let study = try CaseFolderLoader(folder: fixture.url).load()
        let coding = try #require(study.codings.first)
        let cell = CellKey(caseID: "rev1", element: "LOS")
        #expect(study.synthesis.judgements == [RecognitionJudgement(cell: cell, status: .deelsHerkend, why: "Alleen studenten.", author: "Anouk")])
        let finding = try #require(study.synthesis.findings.first)
        #expect(finding.cell == cell && finding.text == "Leren van elkaar." && finding.role == "Studenten")
        #expect(finding.evidence == [Evidence(codingID: coding.id, sourceID: "interview", range: coding.range, quote: "Ja, we leren van elkaar.")])
        #expect(finding.id == (try CaseFolderLoader(folder: fixture.url).load()).synthesis.findings.first?.id, "stable GUIDs")
        let conclusion = try #require(study.synthesis.conclusions.first)
        #expect(conclusion.cells == [cell] && conclusion.evidence.map(\.codingID) == [coding.id])
    }

    @Test func eachMistakeIsReportedWithFileLineAndField() throws {
        let cases: [(String, String, String, String, Int?, String)] = [
            ("cases/rev1/findings.toml", "status = \"deels-herkend\"", "status = \"misschien\"", "judgement[1].status", 3, "unknown status `misschien`; use herkend, deels herkend, niet herkend, niet besproken"),
            ("cases/rev1/findings.toml", "element = \"LOS\"\ntext", "element = \"XYZ\"\ntext", "finding[1].element", 8, "unknown code `XYZ`"),
            ("cases/rev1/findings.toml", "role = \"Studenten\"", "role = \"Docenten\"", "finding[1].role", 11, "unknown role `Docenten`; the roles are Studenten, Cliënten"),
            ("cases/rev1/findings.toml", "start = 22, end = 46 },\n]", "start = 22, end = 45 },\n]", "finding[1].evidence", 12,
             "evidence 1: no coding LOS by Anouk at 22..45 of `interview` in codings.toml"),
            ("cases/rev1/findings.toml", "why = ", "waarom = ", "judgement[1].why", nil, "missing field `why`"),
            ("conclusions.toml", "case = \"rev1\"", "case = \"rev9\"", "conclusion[1].cells", 4, "cell 1: unknown case `rev9` (a case folder name)"),
        ]
        for (file, old, new, field, line, message) in cases {
            let fixture = try fixture()
            defer { fixture.remove() }
            try fixture.edit(file, replacing: old, with: new)
            let problems = fixture.problems()
            #expect(problems.count == 1, "\(new): \(problems)")
            let problem = try #require(problems.first)
            #expect(problem.file == file && problem.field == field && problem.message == message, "\(problem)")
            if let line { #expect(problem.line == line, "\(problem)") }
        }
    }

    @Test func brokenCodingsAreReportedOnceNotAgainForTheEvidenceCitingThem() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        try fixture.edit("cases/rev1/codings.toml", replacing: "start = 22\nend = 46", with: "start = 21\nend = 45")
        #expect(fixture.problems().map(\.file) == ["cases/rev1/codings.toml"])
    }

    @Test func aSubcodeIsNotAnElement() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        try fixture.edit("codebook.toml", replacing: "colour = \"#ff7f0e\"", with: "colour = \"#ff7f0e\"\nparent = \"LOS\"")
        try fixture.edit("cases/rev1/findings.toml", replacing: "element = \"LOS\"\ntext", with: "element = \"GOC\"\ntext")
        let problem = try #require(fixture.problems().first)
        #expect(problem.message == "`GOC` is a sub-code of `LOS`; findings and judgements belong to top-level codes (sub-codes roll up)")
    }

    @Test func theSampleCarriesTheSeedsFindingsForRevalidatie1Only() throws {
        let study = try CaseFolderLoader(folder: sampleCasesURL).load()
        let synthesis = study.synthesis
        #expect(Set(synthesis.findings.map(\.cell.caseID)) == ["revalidatie-1"])
        #expect(Dictionary(grouping: synthesis.findings, by: \.cell.element).mapValues(\.count)
            == ["LOS": 3, "GOC": 2, "LeA": 2, "VMM": 2, "VOR": 2, "SRI": 1])
        #expect(synthesis.findings.allSatisfy { !$0.evidence.isEmpty })
        #expect(synthesis.judgements.count == 6 && synthesis.judgements.allSatisfy { $0.status == .herkend })
        #expect(synthesis.conclusions.count == 4)
        #expect(synthesis.conclusions.last?.text == "Het model wordt gezien als een ideaalplaatje voor een professionele werkplaats.")
        // Every piece of evidence is a sample coding of an element of its cell (sub-codes rolled up).
        let codings = Dictionary(uniqueKeysWithValues: study.codings.map { ($0.id, $0) })
        for finding in synthesis.findings {
            for link in finding.evidence {
                let coding = try #require(codings[link.codingID])
                #expect(study.codebook.subtree(of: finding.cell.element).contains(coding.code), "\(finding.text)")
            }
        }
    }
}
