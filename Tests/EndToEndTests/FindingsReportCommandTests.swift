import Foundation
import Testing

/// `werkbank report findings` and `report framework` on a project made from the sample.
@Suite struct FindingsReportCommandTests {
    let fixture: InitializedProject

    init() throws {
        fixture = try InitializedProject("findings-report")
    }

    /// The bullets of the seed's slides "Case Revalidatiecentrum (1)" and "(2)", word for word.
    static let seedBullets = [
        "Scholing voor iedereen (bv klinische lessen, intervisie), ook voor studenten.",
        "Multidisciplinaire samenwerking tussen bv studenten fysiotherapie en ergotherapie.",
        "Ook hogescholen leren van elkaar.",
        "Studenten hebben verschillende rollen: student, behandelaar, onderzoeker.",
        "Omstandigheden zijn zo ‘gemaakt’ dat mensen wel mee moeten, het is niet alleen de cultuur van de PW maar ook van het revalidatiecentrum.",
        "Verantwoordelijk voor eigen leerdoelen, geldt vooral nog voor studenten.",
        "Alle respondenten hebben de vrijheid om bepaalde beslissingen te nemen.",
        "Revalidatiecentrum zoekt ook zelf naar middelen / financiering voor PW (bv KIPZ gelden).",
        "Juiste mensen op de juiste plek: beschrijvingen van rol en taken en daar zoveel als mogelijk naar handelen.",
        "Iedereen doet zijn best om anderen enthousiast te maken voor concept van PW (ambassadeur).",
        "Op alle lagen verbinding: student kan ook vragen stellen aan manager.",
        "Stuurgroep verantwoordelijk voor beleid en visie maar zoekt nadrukkelijk naar draagvlak via bv professionals.",
    ]
    /// The seed's "Conclusies" slide.
    static let seedConclusions = [
        "Alle elementen worden door stakeholders herkend en zijn aanwezig in professionele werkplaats (aanwezigheid verschilt wel per case).",
        "Ervaringen van stakeholders met elementen verschilt per case, heeft ook te maken met betrokkenheid bij professionele werkplaats.",
        "Fase waarin een gedeelde visie wordt geformuleerd, is essentieel, ook om iedereen bij de professionele werkplaats te betrekken.",
        "Het model wordt gezien als een ideaalplaatje voor een professionele werkplaats.",
    ]

    @Test func revalidatie1ReadsLikeTheSeedsSlides() throws {
        defer { fixture.remove() }
        let result = try fixture.run(["report", "findings", "--case", "Revalidatie 1", "--format", "md"])
        #expect(result.status == 0, "\(result.errors)")
        let expected = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Tests/Expected/findings-revalidatie-1.md"),
                                  encoding: .utf8)
        #expect(result.output == expected)
        let lines = expected.split(separator: "\n").map(String.init)
        for bullet in Self.seedBullets {
            #expect(lines.contains { $0.hasPrefix("- \(bullet)[^") }, "seed bullet missing or without evidence: \(bullet)")
        }
        for (index, conclusion) in Self.seedConclusions.enumerated() {
            #expect(lines.contains { $0.hasPrefix("\(index + 1). \(conclusion)") }, "\(conclusion)")
        }
        for element in ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"] {
            #expect(lines.contains { $0.hasPrefix("### ") && $0.hasSuffix("(\(element))") })
        }
        #expect(!expected.contains("## Jeugdzorg"), "one case only")
    }

    @Test func otherFormatsAndTheFrameworkMatrix() throws {
        defer { fixture.remove() }
        let html = try fixture.run(["report", "findings", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.output.contains("<td class=\"j-herkend\">herkend (3)</td>"))
        #expect(html.output.contains("<td class=\"j-none\">-</td>"))
        #expect(!html.output.contains("<script") && !html.output.contains("http") && !html.output.contains("<link"))
        #expect(html.output.contains("Jeugdzorg") && html.output.contains("Geen bevindingen"))

        let json = try fixture.run(["report", "findings", "--case", "2", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let cases = try #require(object["cases"] as? [[String: Any]])
        #expect(cases.count == 1 && cases[0]["caseID"] as? String == "revalidatie-1")
        #expect((object["conclusions"] as? [Any])?.count == 4)
        #expect((object["notes"] as? [Any])?.count == 45)

        let csv = try fixture.run(["report", "findings", "--format", "csv"])
        #expect(csv.output.hasPrefix("Case,Element,Judgement,Finding id,Finding,Role,Author,Evidence,Removed,Quotes\r\n"))
        #expect(csv.output.contains("Revalidatie 1,LOS,herkend,"))

        let framework = try fixture.run(["report", "framework", "--format", "csv"])
        #expect(framework.status == 0)
        let rows = framework.output.components(separatedBy: "\r\n").filter { $0.hasPrefix("Revalidatie 1,") || $0.hasPrefix("Jeugdzorg,") }
        #expect(framework.output.hasPrefix("Case,Label,Element,Element name,Judgement,Why,Findings,Fragments,Evidence removed,Finding texts\r\n"))
        #expect(rows.count == 12)
        #expect(rows.contains { $0.hasPrefix("Jeugdzorg,Jeugdgezondheid,LOS,Lerend en Onderzoekend Samenwerken,,,0,") })

        let document = try fixture.run(["report", "html", "-o", "-"])
        #expect(document.output.contains("<h2 id=\"findings-grid\">"), "the whole report shows the findings too")

        let unknown = try fixture.run(["report", "findings", "--case", "Nergens"])
        #expect(unknown.status == 64 && unknown.errors.contains("no case named 'Nergens'"))
    }

    @Test func removedEvidenceIsMarkedInTheReport() throws {
        defer { fixture.remove() }
        let list = try fixture.run(["finding", "list", "--case", "Revalidatie 1", "--element", "SRI", "--format", "csv"])
        let row = try #require(list.output.split(separator: "\r\n").dropFirst().first)
        let evidence = try #require(row.split(separator: ",").last).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(try fixture.run(["uncode", try #require(evidence.first)]).status == 0)
        let report = try fixture.run(["report", "findings", "--case", "Revalidatie 1"])
        #expect(report.output.contains("— M1, Management · Interview met de manager behandelzaken") == true)
        #expect(report.output.contains("[^36]: “De stuurgroep is verantwoordelijk voor het beleid en de visie.” — Interview met de manager behandelzaken (evidence removed)"))
        let check = try fixture.run(["check", "--format", "csv"])
        #expect(!check.output.contains("revalidatie-1"), "a finding with some evidence left is not a gap")
    }
}
