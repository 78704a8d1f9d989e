import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// Reading survey exports as Dutch tools write them, and planning their import (decision 59).
@Suite struct SurveyTableTests {
    let roles = [Role(name: "Studenten", gloss: "students", speakerPrefix: "S"),
                 Role(name: "Professionals", gloss: "professionals", speakerPrefix: "P")]

    func plan(_ text: String, options: SurveyPlan.Options = .init(idColumn: "Respondent", role: "Studenten"),
              existing: [AttributeDefinition] = []) throws -> SurveyPlan {
        let table = try SurveyTable.parse(Data(text.utf8), as: "enquete.csv")
        return try SurveyPlan(table: table, name: "enquete.csv", caseID: "zorg-1", options: options, roles: roles, existing: existing)
    }

    static let dutch = """
        Respondent;Leeftijd;Cijfer;Ingevuld;Rol op de werkplaats;Wat heb je geleerd?
        1;21;7,5;14-03-2024;student;Samen met cliënten plannen maken, dat was nieuw voor mij.
        2;23;8;15-03-2024;student;"Feedback geven; en ook ""vragen"" stellen
        aan de ondersteuners."
        3;20;6,5;16-03-2024;stagiair;
        """

    @Test func semicolonsDecimalCommasDatesAndQuotedLineBreaks() throws {
        let table = try SurveyTable.parse(Data(Self.dutch.utf8), as: "enquete.csv")
        #expect(table.delimiter == ";")
        #expect(table.encoding == "UTF-8")
        #expect(table.rows.count == 3)
        #expect(table.lines == [2, 3, 5])
        #expect(table.rows[1][5] == "Feedback geven; en ook \"vragen\" stellen\naan de ondersteuners.")

        let plan = try plan(Self.dutch)
        #expect(plan.columns.map(\.useDescription) == [
            "respondent id", "attribute, number", "attribute, number", "attribute, date",
            "attribute, category (student|stagiair)", "open question → text"])
        #expect(plan.respondents.map(\.speaker) == ["S1", "S2", "S3"])
        let values = Dictionary(plan.values.map { ("\($0.attribute) \($0.target.key)", $0.value.text) }, uniquingKeysWith: { $1 })
        #expect(values["Cijfer zorg-1/S1"] == "7.5")
        #expect(values["Ingevuld zorg-1/S2"] == "2024-03-15")
        #expect(values["Rol op de werkplaats zorg-1/S3"] == "stagiair")
        #expect(plan.values.count == 12)
    }

    @Test func oneSourcePerRespondentWithQuestionsAsHeadingsAndAnswersAsTurns() throws {
        let plan = try plan(Self.dutch)
        #expect(plan.sources.map(\.id) == ["enquete-s1", "enquete-s2", "enquete-s3"])
        let second = plan.sources[1]
        #expect(second.kind == .questionnaire)
        #expect(second.participants == [Participant(id: "S2", role: "Studenten", description: "respondent 2 of enquete.csv")])
        #expect(second.text == "Wat heb je geleerd?\nS2: Feedback geven; en ook \"vragen\" stellen\naan de ondersteuners.")
        #expect(second.turns.count == 1)
        #expect(second.text.scalars(in: second.turns[0].range)?.hasPrefix("Feedback geven") == true)
        #expect(second.text.scalars(in: second.turns[0].range)?.hasSuffix("ondersteuners.") == true)
        // No open answer: a participant all the same, for the closed answers.
        #expect(plan.sources[2].turns.isEmpty)
        #expect(plan.sources[2].participants.map(\.id) == ["S3"])
    }

    @Test func byteOrderMarkAndCommas() throws {
        let text = "\u{FEFF}Respondent,Geslacht,Toelichting\r\nS1,v,\"Ik werk graag met anderen, vooral met cliënten.\"\r\nS2,m,Geen\r\n"
        let table = try SurveyTable.parse(Data(text.utf8), as: "bom.csv")
        #expect(table.delimiter == ",")
        #expect(table.encoding == "UTF-8 with BOM")
        #expect(table.header == ["Respondent", "Geslacht", "Toelichting"])
        let plan = try SurveyPlan(table: table, name: "bom.csv", caseID: "zorg-1", options: .init(idColumn: "respondent"),
                                  roles: roles, existing: [])
        #expect(plan.respondents.map(\.role) == ["Studenten", "Studenten"])
        #expect(plan.columns[2].use == .open)
    }

    @Test func cp1252FromOlderTools() throws {
        // `Cliënten` and `één` in Windows-1252: ë is 0xEB, é 0xE9.
        var bytes = Data("Respondent;Doelgroep;Opmerking\n1;Cli".utf8)
        bytes += Data([0xEB]) + Data("nten;".utf8) + Data([0xE9, 0xE9]) + Data("n keer per week overleg met het team\n".utf8)
        let table = try SurveyTable.parse(bytes, as: "oud.csv")
        #expect(table.encoding == "cp1252")
        #expect(table.rows[0][1] == "Cliënten")
        #expect(table.rows[0][2].hasPrefix("één keer"))
    }

    @Test func tabsAreSniffed() throws {
        let table = try SurveyTable.parse(Data("Respondent\tLeeftijd\n1\t30\n".utf8), as: "tab.csv")
        #expect(table.delimiter == "\t")
        #expect(table.rows == [["1", "30"]])
    }

    @Test func optionsDecideOpenAndClosed() throws {
        let text = "Respondent;Functie;Leeftijd\n1;begeleider;40\n2;docent;50\n"
        let told = try plan(text, options: .init(idColumn: "1", open: ["Functie"], closed: ["3"], role: "Professionals"))
        #expect(told.columns[1].use == .open)
        #expect(told.columns[2].use == .closed(.number, values: []))
        #expect(told.respondents.map(\.speaker) == ["P1", "P2"])
        #expect(throws: LoadProblem.self) { try plan(text, options: .init(idColumn: "1", open: ["2"], closed: ["Functie"])) }
        // Told closed, answers over several lines: text, on one line.
        let long = "Respondent;Toelichting\n1;\"Ik werk op de afdeling\nrevalidatie.\"\n2;Geen\n"
        let closed = try plan(long, options: .init(idColumn: "Respondent", closed: ["Toelichting"], role: "Studenten"))
        #expect(closed.columns[1].use == .closed(.text, values: []))
        #expect(closed.values.first?.value == .text("Ik werk op de afdeling revalidatie."))
        #expect(try plan(long).columns[1].use == .open)
    }

    @Test func aRoleColumnGivesEachRespondentARole() throws {
        let text = "Respondent;Ik ben;Leeftijd\n1;student;20\n2;Professional;45\n3;students;19\n"
        let plan = try plan(text, options: .init(idColumn: "Respondent", roleColumn: "Ik ben"))
        #expect(plan.respondents.map { "\($0.speaker) \($0.role)" } == ["S1 Studenten", "P2 Professionals", "S3 Studenten"])
        #expect(plan.columns[1].use == .role)
        #expect(plan.attributes.map(\.name) == ["Leeftijd"])
        let unknown = #expect(throws: LoadProblem.self) {
            try self.plan(text + "4;bezoeker;30\n", options: .init(idColumn: "Respondent", roleColumn: "Ik ben"))
        }
        #expect(unknown?.description == "enquete.csv:5: Ik ben: `bezoeker` is not a role; the roles are Studenten, Professionals")
    }

    @Test func numbersAndDatesAsExportsWriteThem() {
        #expect(SurveyColumn.number("-2,5") == "-2.5")
        #expect(SurveyColumn.number("7.5") == "7.5")
        #expect(SurveyColumn.number("1.234,5") == nil)
        #expect(SurveyColumn.number("1e3") == nil)
        #expect(SurveyColumn.number(",5") == nil)
        #expect(SurveyColumn.date("2024-03-14 10:22:01") == "2024-03-14")
        #expect(SurveyColumn.date("2024-03-14T10:22") == "2024-03-14")
        #expect(SurveyColumn.date("1/3/2024") == "2024-03-01")
        #expect(SurveyColumn.date("14.03.2024") == "2024-03-14")
        #expect(SurveyColumn.date("31-02-2024") == nil)
        #expect(SurveyColumn.date("2024/03/14") == nil)
        #expect(SurveyColumn.date("14-03-2024 25") == nil)
        #expect(SurveyColumn.date("geen") == nil)
    }

    @Test func badInputNamesFileAndLine() throws {
        func problem(_ text: String, _ options: SurveyPlan.Options = .init(idColumn: "Respondent", role: "Studenten")) -> LoadProblem? {
            do { _ = try plan(text, options: options); return nil } catch let error as LoadProblem { return error } catch { return nil }
        }
        let missing = problem("Nummer;Leeftijd\n1;20\n")
        #expect(missing?.description.hasPrefix("enquete.csv:1: --id-column: no column `Respondent`; the columns are 1 Nummer, 2 Leeftijd") == true)
        let duplicate = problem("Respondent;Leeftijd\n1;20\n2;21\n1;22\n")
        #expect(duplicate?.description == "enquete.csv:4: respondent `1` comes twice (first on line 2)")
        let ragged = problem("Respondent;Leeftijd\n1;20\n2;21;extra\n")
        #expect(ragged?.description == "enquete.csv:3: has 3 fields where the header has 2 (separator `;`)")
        #expect(problem("")?.description == "enquete.csv: is empty")
        #expect(problem("Respondent;Leeftijd\n")?.description == "enquete.csv:1: has a header but no respondents")
        #expect(problem("Respondent;Leeftijd\n1;\"20\n")?.line == 2)
        let noRole = problem("Respondent;Leeftijd\n1;20\n", .init(idColumn: "Respondent"))
        #expect(noRole?.description.contains("respondent `1` has no role: give --role NAME") == true)
        let noID = problem("Respondent;Leeftijd\n1;20\n ;21\n")
        #expect(noID?.description == "enquete.csv:3: has no respondent id in column `Respondent`")
    }

    @Test func existingAttributesAreReusedOrRefused() throws {
        let text = "Respondent;Niveau;Leeftijd\n1;hoog;20\n2;middel;21\n"
        let category = AttributeDefinition(name: "niveau", target: .participant, kind: .category, values: ["laag", "hoog"])
        let widened = try plan(text, existing: [category])
        #expect(widened.existingAttributes == ["niveau"])
        #expect(widened.attributes.first { $0.name == "niveau" }?.values == ["laag", "hoog", "middel"])
        let onCases = AttributeDefinition(name: "Leeftijd", target: .case, kind: .number)
        #expect(throws: LoadProblem.self) { try plan(text, existing: [onCases]) }
        let dates = AttributeDefinition(name: "Leeftijd", target: .participant, kind: .date)
        #expect(throws: LoadProblem.self) { try plan(text, existing: [dates]) }
    }
}
