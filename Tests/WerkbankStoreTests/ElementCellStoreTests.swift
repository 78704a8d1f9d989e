import Foundation
import Testing
import WerkbankCore
import WerkbankExchange
@testable import WerkbankStore

/// The store's element × case query against the Core rule over all fragments, on the sample
/// project; and the one agreement report.
@Suite struct ElementCellStoreTests {
    let folder: TemporaryFolder
    let project: Project

    init() throws {
        folder = try TemporaryFolder()
        project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
    }

    @Test func theQueryIsTheCoreRuleOverAllFragments() throws {
        defer { folder.remove() }
        let study = try project.study()
        let all = try project.fragments()
        for studyCase in study.cases {
            for limit in [0, 3, 1_000] {
                let stored = try project.elementCells(ofCase: studyCase.id, quoteLimit: limit)
                let computed = ElementCell.cells(ofCase: studyCase.id, elements: study.codebook.elements, fragments: all,
                                                 codebook: study.codebook, quoteLimit: limit)
                #expect(stored == computed, "\(studyCase.id), \(limit) quotes")
            }
            let cells = try project.elementCells(ofCase: studyCase.id, quoteLimit: 3)
            #expect(cells.map(\.element.short) == ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"])
            #expect(cells.allSatisfy { $0.fragmentCount > 0 && !$0.quotes.isEmpty && $0.quotes.count <= 3 })
        }
    }

    @Test func countsAreTheMatrixCells() throws {
        defer { folder.remove() }
        let study = try project.study()
        let fragments = try project.matrix(by: .case, measure: .fragments)
        let participants = try project.matrix(by: .case, measure: .participants)
        for (column, studyCase) in study.cases.enumerated() {
            for cell in try project.elementCells(ofCase: studyCase.id, quoteLimit: 0) {
                #expect(fragments.rows.first { $0.code == cell.element.short }?.values[column] == .count(cell.fragmentCount))
                #expect(participants.rows.first { $0.code == cell.element.short }?.values[column] == .count(cell.respondentCount))
            }
        }
    }

    /// A sub-code of a sub-code counts for its element, as it does in the matrix.
    @Test func subCodesOfSubCodesCount() throws {
        defer { folder.remove() }
        let before = try #require(try project.elementCells(ofCase: "revalidatie-1", elements: ["LOS"], quoteLimit: 3).first)
        let red = RGBColour(red: 200, green: 0, blue: 0)
        try project.addSubcode(short: "LOS-SCH", name: "Scholing", parent: "LOS", colour: red)
        try project.addSubcode(short: "LOS-SCH-KL", name: "Klinische les", parent: "LOS-SCH", colour: red)
        _ = try project.addCoding(source: "rev1-interview-manager", range: ScalarRange(start: 0, end: 3), code: "LOS-SCH-KL",
                                  coder: "Anouk")
        let after = try #require(try project.elementCells(ofCase: "revalidatie-1", elements: ["LOS"], quoteLimit: 3).first)
        #expect(after.fragmentCount == before.fragmentCount + 1)
        let matrix = try project.matrix(by: .case, measure: .fragments)
        #expect(matrix.rows.first { $0.code == "LOS" }?.values[1] == .count(after.fragmentCount))
    }

    @Test func unknownCaseOrCodeIsAnError() throws {
        defer { folder.remove() }
        #expect(throws: ProjectError.unknownCase("nope")) { try project.elementCells(ofCase: "nope", quoteLimit: 3) }
        #expect(throws: ProjectError.unknownCode("XYZ")) {
            try project.elementCells(ofCase: "revalidatie-1", elements: ["XYZ"], quoteLimit: 3)
        }
    }

    @Test func theAgreementReportIsInCodebookOrder() throws {
        defer { folder.remove() }
        let report = try project.agreementReport(coders: ("Anouk", "Bram"), unit: .character)
        let input = try project.agreementInput(coders: ("Anouk", "Bram"))
        let order = try project.codeOrder()
        #expect(!report.isEmpty && report.sourceIDs == input.sources.map(\.id))
        let codes = report.table.rows.dropLast().compactMap { row -> String? in
            if case .text(let code) = row.first { code } else { nil }
        }
        #expect(codes == order.filter(Set(input.usedCodes).contains))
        #expect(report.table == input.reportTable(unit: .character, codes: codes))
        #expect(try project.agreementReport(coders: ("Anouk", "Nobody"), unit: .turn).isEmpty)
    }
}
