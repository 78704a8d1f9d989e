import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Typed attributes in a project: declared, set, unset, journaled, undone after a restart.
@Suite struct AttributeStoreTests {
    let betrokkenheid = AttributeDefinition(name: "betrokkenheid", target: .participant, kind: .category, values: ["hoog", "middel", "laag"])
    let instelling = AttributeDefinition(name: "instelling", target: .case, kind: .category, values: ["Fontys", "Zuyd"])
    let duur = AttributeDefinition(name: "duur", target: .source, kind: .number)

    @Test func valuesAreSetTypedAndListed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        for definition in [betrokkenheid, instelling, duur] { try project.declareAttribute(definition) }
        #expect(try project.attributeDefinitions().map(\.name) == ["betrokkenheid", "instelling", "duur"])
        let participant = AttributeTarget.participant(caseID: "zorg", speaker: "C1")
        // A category value is matched without regard to case and kept in its declared spelling.
        let set = try project.setAttribute("Betrokkenheid", on: participant, to: "HOOG")
        #expect(set.value == .category("hoog") && set.attribute == "betrokkenheid")
        try project.setAttribute("instelling", on: .case("zorg"), to: "zuyd")
        try project.setAttribute("duur", on: .source("gesprek"), to: "45.50")
        #expect(try project.attributeValues().map { "\($0.attribute) \($0.target.key) \($0.value.text)" }
                == ["betrokkenheid zorg/C1 hoog", "instelling zorg Zuyd", "duur gesprek 45.5"])
        #expect(try project.attributeValues(on: .case("zorg")).map(\.value) == [.category("Zuyd")])
        #expect(try project.attributeValues(attribute: "duur").map(\.value) == [.number(45.5)])
        #expect(try project.unsetAttribute("instelling", on: .case("zorg")))
        #expect(try !project.unsetAttribute("instelling", on: .case("zorg")))
        #expect(try project.attributeValues(on: .case("zorg")).isEmpty)
    }

    @Test func badValuesAndTargetsAreRefusedWithReasons() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        for definition in [betrokkenheid, instelling, duur] { try project.declareAttribute(definition) }
        #expect(throws: ProjectError.invalidAttribute(.badValue(attribute: "betrokkenheid", value: "zeer", expected: "one of hoog|middel|laag"))) {
            try project.setAttribute("betrokkenheid", on: .participant(caseID: "zorg", speaker: "C1"), to: "zeer")
        }
        #expect(throws: ProjectError.invalidAttribute(.badValue(attribute: "duur", value: "1e3", expected: "a number such as 3 or 2.5"))) {
            try project.setAttribute("duur", on: .source("gesprek"), to: "1e3")
        }
        #expect(throws: ProjectError.invalidAttribute(.unknownAttribute("leeftijd"))) {
            try project.setAttribute("leeftijd", on: .source("gesprek"), to: "3")
        }
        #expect(throws: ProjectError.invalidAttribute(.wrongTarget(attribute: "instelling", declaredOn: .case, target: .source("gesprek")))) {
            try project.setAttribute("instelling", on: .source("gesprek"), to: "Zuyd")
        }
        #expect(throws: ProjectError.invalidAttribute(.unknownParticipant("zorg/C9"))) {
            try project.setAttribute("betrokkenheid", on: .participant(caseID: "zorg", speaker: "C9"), to: "hoog")
        }
        #expect(throws: ProjectError.unknownCase("elders")) { try project.setAttribute("instelling", on: .case("elders"), to: "Zuyd") }
        #expect(throws: ProjectError.invalidAttribute(.badDeclaration(name: "ronde", reason: "a category needs a list of values"))) {
            try project.declareAttribute(AttributeDefinition(name: "ronde", target: .source, kind: .category))
        }
        // Narrowing a category refuses when a value set would no longer fit.
        try project.setAttribute("instelling", on: .case("zorg"), to: "Zuyd")
        #expect(throws: ProjectError.invalidAttribute(.badValue(attribute: "instelling", value: "Zuyd", expected: "one of Fontys"))) {
            try project.declareAttribute(AttributeDefinition(name: "instelling", target: .case, kind: .category, values: ["Fontys"]))
        }
        #expect(try project.attributeValues().count == 1)
    }

    @Test func setUnsetAndDeclareAreUndoneAndRedoneAfterARestart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        do {
            let project = try Project.create(at: url, from: tinyStudy())
            try project.declareAttribute(instelling)
            try project.setAttribute("instelling", on: .case("zorg"), to: "Fontys")
            try project.setAttribute("instelling", on: .case("zorg"), to: "Zuyd")
            try project.unsetAttribute("instelling", on: .case("zorg"))
        }
        let project = try Project.open(at: url)
        #expect(try project.attributeValues().isEmpty)
        #expect(try project.undo() == "unset instelling on zorg")
        #expect(try project.attributeValues().map(\.value) == [.category("Zuyd")])
        #expect(try project.undo() == "instelling = Zuyd on zorg")
        #expect(try project.attributeValues().map(\.value) == [.category("Fontys")])
        try project.undo()
        try project.undo()
        #expect(try project.attributeDefinitions().isEmpty)
        let reopened = try Project.open(at: url)
        #expect(try reopened.redo() == "declare attribute instelling")
        #expect(try reopened.attributeDefinitions() == [instelling])
        try reopened.redo()
        try reopened.redo()
        #expect(try reopened.attributeValues().map(\.value) == [.category("Zuyd")])
        // Removing a declaration takes its values along, and undoing it brings both back.
        try reopened.removeAttribute("instelling")
        #expect(try reopened.attributeDefinitions().isEmpty && reopened.attributeValues().isEmpty)
        try reopened.undo()
        #expect(try reopened.attributeValues().map(\.value) == [.category("Zuyd")])
    }

    @Test func definitionsCheckTheirValues() throws {
        #expect(throws: AttributeError.badValue(attribute: "d", value: "2023-02-30", expected: "a date YYYY-MM-DD")) {
            try AttributeDefinition(name: "d", target: .source, kind: .date).value("2023-02-30")
        }
        #expect(try AttributeDefinition(name: "d", target: .source, kind: .date).value("2024-02-29") == .date("2024-02-29"))
        #expect(try AttributeDefinition(name: "n", target: .source, kind: .number).value("-3.0").text == "-3")
        #expect(throws: AttributeError.badDeclaration(name: "x", reason: "the value `Ja` is listed twice")) {
            try AttributeDefinition(name: "x", target: .case, kind: .category, values: ["ja", "Ja"]).validated()
        }
        #expect(AttributeCondition("betrokkenheid = hoog") == AttributeCondition(name: "betrokkenheid", value: "hoog"))
        #expect(AttributeCondition("=hoog") == nil && AttributeCondition("hoog") == nil)
    }
}

/// Attribute conditions and the matrix by an attribute, on the tiny project.
@Suite struct AttributeQueryTests {
    @Test func fragmentsAndTheMatrixFollowTheSpeakersValue() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        try project.declareAttribute(AttributeDefinition(name: "betrokkenheid", target: .participant, kind: .category,
                                                         values: ["hoog", "laag"]))
        try project.declareAttribute(AttributeDefinition(name: "ronde", target: .source, kind: .number))
        // One coding in the interviewer's turn (3..16), one in C1's.
        try project.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 16), code: "LOS", coder: "Anouk")
        try project.addCoding(source: "gesprek", range: ScalarRange(start: 21, end: 30), code: "LOS-SCH", coder: "Anouk")
        try project.setAttribute("betrokkenheid", on: .participant(caseID: "zorg", speaker: "C1"), to: "hoog")
        try project.setAttribute("ronde", on: .source("gesprek"), to: "2")

        let hoog = try project.fragments(FragmentFilter(attributes: [AttributeCondition(name: "betrokkenheid", value: "HOOG")]))
        #expect(hoog.map(\.coding.range) == [ScalarRange(start: 21, end: 30)])
        #expect(try project.fragments(FragmentFilter(attributes: [AttributeCondition(name: "ronde", value: "2.0")])).count == 2)
        #expect(try project.fragments(FragmentFilter(attributes: [AttributeCondition(name: "betrokkenheid", value: "laag")])).isEmpty)
        #expect(throws: ProjectError.invalidAttribute(.badValue(attribute: "ronde", value: "twee", expected: "a number such as 3 or 2.5"))) {
            try project.fragments(FragmentFilter(attributes: [AttributeCondition(name: "ronde", value: "twee")]))
        }

        let matrix = try project.matrix(byAttribute: "betrokkenheid")
        #expect(matrix.columns.map(\.label) == ["hoog", "laag", "(none)"])
        let los = try #require(matrix.rows.first { $0.code == "LOS" })
        #expect(los.values == [.count(1), .count(0), .count(1)] && los.total == .count(2))
        #expect(matrix.report.title == "Codes × betrokkenheid: fragments")
        // Share by a source attribute: the text of the sources with the value.
        let share = try project.matrix(byAttribute: "ronde", measure: .share)
        #expect(share.columns.map(\.label) == ["2", "(none)"])
        #expect(share.columnTotals.last == .notApplicable)
        let filtered = try project.matrix(by: .case, where: [AttributeCondition(name: "betrokkenheid", value: "hoog")])
        #expect(filtered.grandTotal == .count(1))
    }
}
