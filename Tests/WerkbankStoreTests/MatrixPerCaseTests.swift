import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Counts by case, by role and by a case's or participant's attribute are made from tallies
/// summed per case, code, coder and speaker (decision 69): the same matrix, cell for cell, as
/// from a tally per source.
@Suite struct MatrixPerCaseTests {
    static let project: Project = {
        let folder = try! TemporaryFolder()
        return try! Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
    }()

    static let measures: [MatrixMeasure] = [.fragments, .presence, .participants]

    @Test(arguments: [MatrixAxis.case, .role], measures)
    func byCaseAndRoleTheSumsPerCaseGiveTheSameMatrix(axis: MatrixAxis, measure: MatrixMeasure) throws {
        let project = Self.project
        let builder = try project.matrixBuilder()
        for coders in [[], ["Anouk"], ["Anouk", "Bram"]] {
            let perSource = try project.matrixTallies(speakers: true, ranges: false, coders: coders)
            let perCase = try project.matrixTallies(speakers: true, ranges: false, coders: coders, perCase: true)
            // One source names each case's tallies (in the sample a speaker speaks in one source
            // only, so there are about as many tallies).
            #expect(Set(perCase.map(\.sourceID)).count == sampleStudy.cases.count && Set(perSource.map(\.sourceID)).count > sampleStudy.cases.count)
            #expect(perCase.map(\.count).reduce(0, +) == perSource.map(\.count).reduce(0, +))
            let expected = builder.matrix(tallies: perSource, by: axis, measure: measure, coders: coders)
            #expect(try project.matrix(by: axis, measure: measure, coders: coders) == expected, "\(axis) \(measure) \(coders)")
        }
    }

    @Test(arguments: ["instelling", "schooljaar", "betrokkenheid"], measures)
    func byACaseOrParticipantAttributeTheSumsPerCaseGiveTheSameMatrix(name: String, measure: MatrixMeasure) throws {
        let project = Self.project
        let builder = try project.matrixBuilder()
        let definition = try #require(try project.attributeDefinitions().first { $0.name == name })
        let values = Dictionary(try project.attributeValues(attribute: name).map { ($0.target.key, $0.value.text) }, uniquingKeysWith: { a, _ in a })
        let perSource = try project.matrixTallies(speakers: true, ranges: false)
        let expected = builder.matrix(tallies: perSource, by: MatrixAttributeAxis(definition: definition, values: values), measure: measure)
        #expect(try project.matrix(byAttribute: name, measure: measure) == expected, "\(name) \(measure)")
    }
}
