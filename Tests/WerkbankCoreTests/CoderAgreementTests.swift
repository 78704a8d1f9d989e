import Testing
@testable import WerkbankCore

/// The one agreement table of the command, the report document and the Analysis screen.
@Suite struct CoderAgreementTests {
    static func input() -> AgreementInput {
        func coding(_ code: String, _ coder: String, _ start: Int, _ end: Int, source: String = "a") -> Coding {
            Coding(sourceID: source, range: ScalarRange(start: start, end: end), code: code, coder: coder)
        }
        return AgreementInput(coderA: "Anouk", coderB: "Bram", sources: [AgreementSource(id: "a", length: 100)], codings: [
            coding("VOR", "Anouk", 0, 10), coding("LOS", "Bram", 5, 20), coding("ZZZ-NEW", "Anouk", 30, 40),
            coding("AAA-NEW", "Bram", 50, 60), coding("GOC", "Chris", 0, 100), coding("SRI", "Anouk", 0, 5, source: "b"),
        ])
    }

    @Test func codesInCodebookOrderThenOthersByName() {
        let order = ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"]
        #expect(Self.input().usedCodes(orderedBy: order) == ["LOS", "VOR", "AAA-NEW", "ZZZ-NEW"])
        #expect(Self.input().usedCodes(orderedBy: []) == ["AAA-NEW", "LOS", "VOR", "ZZZ-NEW"])
    }

    @Test func theReportIsTheInputsTableInCodebookOrder() {
        let order = ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"]
        let report = CoderAgreement(Self.input(), unit: .turn, codeOrder: order)
        #expect(report.table == Self.input().reportTable(unit: .turn, codes: ["LOS", "VOR", "AAA-NEW", "ZZZ-NEW"]))
        #expect(report.table.rows.map { $0.first } == [.text("LOS"), .text("VOR"), .text("AAA-NEW"), .text("ZZZ-NEW"),
                                                     .text(AgreementInput.pooledLabel)])
        #expect(report.sourceIDs == ["a"] && !report.isEmpty)
        let none = CoderAgreement(AgreementInput(coderA: "Anouk", coderB: "Bram", sources: [], codings: []),
                                  unit: .character, codeOrder: order)
        #expect(none.isEmpty)
    }
}
