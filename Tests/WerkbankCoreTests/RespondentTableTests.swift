import Testing
@testable import WerkbankCore

@Suite struct RespondentTableTests {
    let roles = [Role(name: "Studenten", gloss: "students", speakerPrefix: "S"),
                 Role(name: "Cliënten", gloss: "clients", speakerPrefix: "C")]

    func makeCase(_ number: Int, _ respondents: [String: RespondentCount], footnotes: [Footnote] = []) -> Case {
        Case(id: "case-\(number)", number: number, name: "Case \(number)", tableLabel: "C\(number)", sector: "",
             institutions: [], description: "", respondents: respondents, footnotes: footnotes)
    }

    @Test func totalsAddOnlyPublishedNumbers() {
        let table = RespondentTable(roles: roles, cases: [
            makeCase(1, ["Studenten": .count(2), "Cliënten": .notPartOfCase]),
            makeCase(2, ["Studenten": .count(6, footnote: "*"), "Cliënten": .count(0)]),
        ])
        #expect(table.total(role: roles[0]) == .count(8))
        #expect(table.total(role: roles[1]) == .count(0))
        #expect(table.total(case: table.cases[0]) == .count(2))
        #expect(table.grandTotal == .count(8))
    }

    @Test func aRoleAbsentEverywhereTotalsToDashNotZero() {
        let table = RespondentTable(roles: roles, cases: [
            makeCase(1, ["Studenten": .count(1), "Cliënten": .notPartOfCase]),
            makeCase(2, ["Studenten": .count(1)]),
        ])
        #expect(table.total(role: roles[1]) == .notPartOfCase)
        #expect(table.total(role: roles[1]).display == "-")
    }

    @Test func footnotesAreThoseWhoseMarksAreUsed() {
        let used = Footnote(mark: "*", text: "used")
        let unused = Footnote(mark: "†", text: "not used")
        let table = RespondentTable(roles: roles, cases: [
            makeCase(1, ["Studenten": .count(6, footnote: "*")], footnotes: [used, unused]),
        ])
        #expect(table.footnotes == [used])
    }

    @Test func reportShowsDashesMarksAndTotals() {
        let table = RespondentTable(roles: roles, cases: [
            makeCase(1, ["Studenten": .count(2), "Cliënten": .notPartOfCase]),
            makeCase(2, ["Studenten": .count(6, footnote: "*"), "Cliënten": .count(7)],
                     footnotes: [Footnote(mark: "*", text: "two years")]),
        ])
        let report = table.report
        #expect(report.columns.map(\.title) == ["Casestudies", "C1", "C2", "Total"])
        #expect(report.rows.map { $0.map(\.display) } == [
            ["Studenten", "2", "6 *", "8"],
            ["Cliënten", "-", "7", "7"],
            ["Totaal", "2", "13", "15"],
        ])
        #expect(report.footnotes == ["* two years"])
        #expect(report.totalRowCount == 1)
    }

    @Test func oneCaseHasNoTotalsColumn() {
        let table = RespondentTable(roles: roles, cases: [makeCase(1, ["Studenten": .count(2), "Cliënten": .notPartOfCase])])
        #expect(table.report.columns.map(\.title) == ["Casestudies", "C1"])
        #expect(table.report.rows.last?.map(\.display) == ["Totaal", "2"])
    }
}
