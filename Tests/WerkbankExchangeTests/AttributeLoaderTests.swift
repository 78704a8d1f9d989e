import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// Attributes in the case-folder format: declared in study.toml, set in case.toml and in
/// source headers, each problem named by file and line.
@Suite struct AttributeLoaderTests {
    static let declarations = """

        [[attribute]]
        name = "instelling"
        on = "case"
        kind = "category"
        values = ["Fontys", "Zuyd"]

        [[attribute]]
        name = "schooljaar"
        on = "participant"
        kind = "category"
        values = ["vorig", "huidig"]

        [[attribute]]
        name = "duur"
        on = "source"
        kind = "number"

        [[attribute]]
        name = "afgenomen"
        on = "source"
        kind = "date"
        """

    func fixture(caseValues: String = "[attributes]\ninstelling = \"zuyd\"\n\n[participant_attributes.S1]\nschooljaar = \"vorig\"",
                 sourceValues: String = "[attributes]\nduur = 45\nafgenomen = 2023-03-14") throws -> FixtureFolder {
        let fixture = try FixtureFolder()
        try fixture.write("study.toml", FixtureFolder.study + Self.declarations)
        try fixture.write("cases/rev1/case.toml", FixtureFolder.caseFile + "\n" + caseValues + "\n")
        try fixture.edit("cases/rev1/sources/interview.md", replacing: "role = \"Studenten\"\n+++", with: "role = \"Studenten\"\n\(sourceValues)\n+++")
        return fixture
    }

    @Test func declarationsAndValuesLoad() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let study = try CaseFolderLoader(folder: fixture.url).load()
        #expect(study.attributes.map(\.name) == ["instelling", "schooljaar", "duur", "afgenomen"])
        #expect(study.attributes[0].values == ["Fontys", "Zuyd"] && study.attributes[1].target == .participant)
        #expect(Set(study.attributeValues) == [
            AttributeAssignment(attribute: "instelling", target: .case("rev1"), value: .category("Zuyd")),
            AttributeAssignment(attribute: "schooljaar", target: .participant(caseID: "rev1", speaker: "S1"), value: .category("vorig")),
            AttributeAssignment(attribute: "duur", target: .source("interview"), value: .number(45)),
            AttributeAssignment(attribute: "afgenomen", target: .source("interview"), value: .date("2023-03-14")),
        ])
    }

    @Test func badValuesAreNamedByFileAndLine() throws {
        let fixture = try fixture(caseValues: "[attributes]\ninstelling = \"Avans\"\nleeftijd = 3\n\n[participant_attributes.S9]\nschooljaar = \"vorig\"",
                                  sourceValues: "[attributes]\nduur = \"lang\"\nafgenomen = \"2023-02-30\"\ninstelling = \"Zuyd\"")
        defer { fixture.remove() }
        let problems = fixture.problems().map(\.description)
        #expect(problems.contains("cases/rev1/case.toml:11: attributes.instelling: `Avans` is not one of Fontys|Zuyd"))
        #expect(problems.contains("cases/rev1/case.toml:12: attributes.leeftijd: unknown attribute `leeftijd`; declare it as [[attribute]] in study.toml (declared on cases: instelling)"))
        #expect(problems.contains("cases/rev1/case.toml:14: participant_attributes.S9: no participant `S9` in this case's sources (participants: S1)"))
        #expect(problems.contains("cases/rev1/sources/interview.md:10: attributes.duur: `lang` is not a number such as 3 or 2.5"))
        #expect(problems.contains("cases/rev1/sources/interview.md:11: attributes.afgenomen: `2023-02-30` is not a date YYYY-MM-DD"))
        #expect(problems.contains("cases/rev1/sources/interview.md:12: attributes.instelling: attribute `instelling` is declared on cases, not on sources"))
        #expect(problems.count == 6)
    }

    @Test func badDeclarationsAreNamedByFileAndLine() throws {
        let fixture = try FixtureFolder()
        defer { fixture.remove() }
        try fixture.write("study.toml", FixtureFolder.study + """

            [[attribute]]
            name = "ronde"
            on = "coding"
            kind = "category"
            values = ["1", "2"]

            [[attribute]]
            name = "ronde"
            on = "source"
            kind = "categorie"

            [[attribute]]
            name = "member check"
            on = "case"
            kind = "category"

            [[attribute]]
            name = "leeftijd"
            on = "participant"
            kind = "number"
            values = ["1"]

            [[attribute]]
            name = "Leeftijd"
            on = "source"
            kind = "text"

            [[attribute]]
            name = "LEEFTIJD"
            on = "case"
            kind = "date"
            """)
        let problems = fixture.problems().map(\.description)
        #expect(problems == [
            "study.toml:18: attribute[1].on: unknown target `coding`; use one of participant, source, case",
            "study.toml:25: attribute[2].kind: unknown kind `categorie`; use one of text, number, date, category",
            "study.toml:30: attribute[3].kind: a category needs a list of values",
            "study.toml:36: attribute[4].values: only a category has a list of values (this is number)",
            "study.toml:44: attribute[6].name: attribute `LEEFTIJD` is declared twice",
        ])
    }
}
