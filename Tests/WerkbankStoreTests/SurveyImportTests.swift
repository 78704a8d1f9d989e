import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// A questionnaire's import as one journaled step (journal entity `group`, decision 59).
@Suite struct SurveyImportTests {
    func respondent(_ id: String, answer: String) -> Source {
        let text = "Wat leer je?\n\(id): \(answer)"
        let start = "Wat leer je?\n\(id): ".unicodeScalars.count
        return Source(id: "enquete-\(id.lowercased())", caseID: "zorg", title: "enquete \(id)", kind: .questionnaire,
                      participants: [Participant(id: id, role: "Cliënten")], text: text,
                      turns: [Turn(speaker: id, range: ScalarRange(start: start, end: text.unicodeScalars.count))])
    }

    func state(_ project: Project) throws -> [String] {
        let sources = try project.sources().map(\.id).sorted()
        let values = try project.attributeValues().map { "\($0.attribute) \($0.target.key)=\($0.value.text)" }
        let names = try project.attributeDefinitions().map { "\($0.name):\($0.values.joined(separator: "|"))" }
        return sources + values + names
    }

    @Test func oneUndoTakesSourcesAndAttributesBackAndRedoPutsThemBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        try project.declareAttribute(AttributeDefinition(name: "niveau", target: .participant, kind: .category, values: ["laag"]))
        try project.setAttribute("niveau", on: .participant(caseID: "zorg", speaker: "C1"), to: "laag")
        let before = try state(project)

        let sources = [respondent("C7", answer: "Samen plannen."), respondent("C8", answer: "Vragen stellen.")]
        let attributes = [AttributeDefinition(name: "niveau", target: .participant, kind: .category, values: ["laag", "hoog"]),
                          AttributeDefinition(name: "Leeftijd", target: .participant, kind: .number)]
        let values = [AttributeAssignment(attribute: "niveau", target: .participant(caseID: "zorg", speaker: "C7"), value: .category("hoog")),
                      AttributeAssignment(attribute: "Leeftijd", target: .participant(caseID: "zorg", speaker: "C7"), value: .number(21)),
                      AttributeAssignment(attribute: "Leeftijd", target: .participant(caseID: "zorg", speaker: "C8"), value: .number(23.5))]
        try project.addSurvey(label: "import survey enquete.csv", sources: sources.map { ($0, "sum-\($0.id)") },
                              attributes: attributes, values: values)
        let after = try state(project)
        #expect(after.contains("enquete-c7") && after.contains("enquete-c8"), "\(after)")
        #expect(after.contains("Leeftijd zorg/C8=23.5"))
        #expect(after.contains("niveau zorg/C7=hoog") && after.contains("niveau zorg/C1=laag"))
        #expect(after.contains("niveau:laag|hoog"))

        #expect(try project.undo() == "import survey enquete.csv")
        #expect(try state(project) == before)
        #expect(try project.redo() == "import survey enquete.csv")
        #expect(try state(project) == after)
        // The texts came back from the journal's copy.
        #expect(try project.source("enquete-c8").text == sources[1].text)
    }

    @Test func aValueThatDoesNotFitLeavesTheProjectUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let before = try state(project)
        let attributes = [AttributeDefinition(name: "niveau", target: .participant, kind: .category, values: ["laag"])]
        let values = [AttributeAssignment(attribute: "niveau", target: .participant(caseID: "zorg", speaker: "C7"), value: .category("hoog"))]
        #expect(throws: ProjectError.self) {
            try project.addSurvey(label: "import survey x.csv", sources: [(respondent("C7", answer: "Ja."), "sum")],
                                  attributes: attributes, values: values)
        }
        #expect(try state(project) == before)
        #expect(throws: ProjectError.self) { try project.undo() }
    }

    /// Someone else's value on a participant the survey brought is in the way of undoing it.
    @Test func anotherCodersEditBlocksTheUndo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        let anouk = try Project.create(at: url, from: tinyStudy())
        anouk.actingCoder = "Anouk"
        let bram = try Project.open(at: url)
        bram.actingCoder = "Bram"
        let attributes = [AttributeDefinition(name: "Leeftijd", target: .participant, kind: .number)]
        let values = [AttributeAssignment(attribute: "Leeftijd", target: .participant(caseID: "zorg", speaker: "C7"), value: .number(21))]
        try anouk.addSurvey(label: "import survey e.csv", sources: [(respondent("C7", answer: "Ja."), "sum")],
                            attributes: attributes, values: values)
        try bram.setAttribute("Leeftijd", on: .participant(caseID: "zorg", speaker: "C7"), to: "22")
        #expect(throws: ProjectError.undoBlocked(UndoConflict(label: "import survey e.csv", redo: false, coder: "Bram",
                                                               theirLabel: "Leeftijd = 22 on zorg/C7"))) {
            try anouk.undo()
        }
        #expect(try bram.undo() == "Leeftijd = 22 on zorg/C7")
        #expect(try anouk.undo() == "import survey e.csv")
        #expect(try anouk.sources().map(\.id) == ["gesprek"])
    }
}
