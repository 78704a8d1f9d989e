import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// The bundled SampleCases against the published material (DOMAIN.md).
@Suite struct SampleCasesTests {
    let study: Study

    init() throws {
        study = try CaseFolderLoader(folder: sampleCasesURL).load()
    }

    @Test func theFolderValidatesWithoutProblems() {
        #expect(CaseFolderLoader(folder: sampleCasesURL).validate() == [])
    }

    @Test func fourCasesWithBothNamesAndInstitutions() {
        #expect(study.cases.map(\.name) == ["Jeugdzorg", "Revalidatie 1", "Sociale zorg", "Revalidatie 2"])
        #expect(study.cases.map(\.tableLabel) == ["Jeugdgezondheid", "Zorg 1", "Sociale studies", "Zorg 2"])
        #expect(study.cases.map(\.institutions) == [
            ["Fontys Hogeschool Pedagogiek"],
            ["Fontys Paramedische Hogeschool", "Hogeschool Zuyd Ergotherapie"],
            ["Fontys HRM en Psychologie"],
            ["Fontys Paramedische Hogeschool", "Hogeschool Zuyd Ergotherapie"],
        ])
    }

    /// DOMAIN.md's table, cell by cell, `-` and `6 *` included.
    @Test func respondentTableIsThePublishedOne() {
        let published = """
            Studenten 2 7 9 6* 24
            Ondersteuners 3 9 5 4 21
            Professionals 3 4 5 7 19
            Management 1 1 1 1 4
            Cliënten - 7 - - 7
            """
        let table = study.respondentTable
        #expect(table.roles.map(\.name) == ["Studenten", "Ondersteuners", "Professionals", "Management", "Cliënten"])
        for (role, line) in zip(table.roles, published.split(separator: "\n")) {
            let cells = line.split(separator: " ").dropFirst().map(String.init)
            for (studyCase, expected) in zip(table.cases, cells.dropLast()) {
                let cell = table.cell(role: role, case: studyCase)
                switch expected {
                case "-": #expect(cell == .notPartOfCase, "\(role.name) in \(studyCase.tableLabel)")
                case "6*": #expect(cell == .count(6, footnote: "*"), "\(role.name) in \(studyCase.tableLabel)")
                default: #expect(cell == .count(Int(expected)!), "\(role.name) in \(studyCase.tableLabel)")
                }
            }
            #expect(table.total(role: role) == .count(Int(cells.last!)!), "total of \(role.name)")
        }
        #expect(table.cases.map { table.total(case: $0) } == [.count(9), .count(28), .count(20), .count(18)])
        #expect(table.grandTotal == .count(75))
        #expect(table.footnotes == [Footnote(mark: "*", text: "4 from last school year, 2 from current school year")])
        #expect(study.tableLabels == RespondentTableLabels(title: "Respondenten", corner: "Casestudies", totalColumn: "Total", totalRow: "Totaal"))
    }

    @Test func codebookHasTheModel() {
        #expect(study.codebook.groups.map(\.name) == ["Aanleiding voor samenwerking", "Elementen van lerend en onderzoekend samenwerken", "Kwaliteitsverbetering en ontwikkeling"])
        #expect(study.codebook.groups.map(\.codes.count) == [3, 6, 5])
        #expect(study.codebook.elements.map(\.short) == ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"])
        #expect(study.codebook.elements.map(\.name) == [
            "Lerend en Onderzoekend Samenwerken", "Grensoverstijgende en Ontwikkelingsgerichte Cultuur",
            "Leiderschap en Autonomie", "Vrijmaken Mensen en Middelen", "Vormgeven en Onderhouden van Relaties",
            "Samen Richten en (her)Inrichten",
        ])
        #expect(Set(study.codebook.elements.map(\.colour)).count == 6)
        let los = study.codebook.code("LOS")?.detail
        #expect(los?.what.count == 3)
        #expect(los?.goal == ["Professionalisering van betrokkenen en ontwikkeling van de dienstverlening"])
        #expect(los?.requirements.count == 4)
        #expect(study.characteristics.count == 9)
    }

    @Test func everyCaseHasThreeSourcesOfSeveralKinds() {
        for studyCase in study.cases {
            let sources = study.sources(ofCase: studyCase.id)
            #expect(sources.count >= 3, "\(studyCase.name)")
            #expect(Set(sources.map(\.kind)).count >= 2, "\(studyCase.name)")
            #expect(sources.allSatisfy { $0.date != nil && !$0.title.isEmpty }, "\(studyCase.name)")
            #expect(sources.filter { $0.kind == .interview || $0.kind == .focusgroup }.allSatisfy { $0.turns.count >= 10 }, "\(studyCase.name)")
        }
    }

    @Test func everyElementIsCodedInEveryCaseWithDifferentWeights() {
        var profiles: [[Int]] = []
        for studyCase in study.cases {
            let sourceIDs = Set(study.sources(ofCase: studyCase.id).map(\.id))
            let codings = study.codings.filter { sourceIDs.contains($0.sourceID) && $0.coder == "Anouk" }
            let counts = study.codebook.elements.map { element in codings.count { $0.code == element.short } }
            #expect(counts.allSatisfy { $0 > 0 }, "\(studyCase.name): \(counts)")
            profiles.append(counts)
        }
        #expect(Set(profiles.map { $0.firstIndex(of: $0.max()!)! }).count >= 2, "the strongest element differs between cases: \(profiles)")
    }

    @Test func revalidatie1IsCodedByBothCodersWhoDisagreeSomewhere() throws {
        let revalidatie = try #require(study.findCase("Zorg 1"))
        for source in study.sources(ofCase: revalidatie.id) {
            let coders = Set(study.codings.filter { $0.sourceID == source.id }.map(\.coder))
            #expect(coders == ["Anouk", "Bram"], "\(source.id)")
        }
        let ids = Set(study.sources(ofCase: revalidatie.id).map(\.id))
        func marks(_ coder: String) -> Set<String> {
            Set(study.codings.filter { ids.contains($0.sourceID) && $0.coder == coder }.map { "\($0.sourceID) \($0.code) \($0.range)" })
        }
        #expect(marks("Anouk") != marks("Bram"))
        #expect(!marks("Anouk").isDisjoint(with: marks("Bram")) || !marks("Anouk").isEmpty)
    }

    @Test func everyCodingInTheFilesWasLoaded() throws {
        var written = 0
        for studyCase in study.cases {
            let url = sampleCasesURL.appendingPathComponent("cases/\(studyCase.id)/codings.toml")
            let text = try String(contentsOf: url, encoding: .utf8)
            written += text.components(separatedBy: "\n").count { $0.trimmingCharacters(in: .whitespaces) == "[[coding]]" }
        }
        #expect(written > 0)
        #expect(study.codings.count == written)
        #expect(study.codings.allSatisfy { coding in
            study.sources.first { $0.id == coding.sourceID }.flatMap { $0.text.scalars(in: coding.range) }.map { !$0.isEmpty } ?? false
        })
    }

    @Test func clientsOnlyInZorg1AndTwoSchoolYearsInZorg2() throws {
        for source in study.sources {
            let hasClients = source.participants.contains { $0.role == "Cliënten" }
            #expect(!hasClients || source.caseID == study.findCase("Zorg 1")?.id, "\(source.id)")
        }
    }

    @Test func diacriticsSurviveLoading() {
        #expect(study.roles.last?.name == "Cliënten")
        #expect(study.roles.last?.name.unicodeScalars.count == 8)
    }
}
