import Testing
import WerkbankCore

/// The matrix on six hand-made fragments, every figure counted by hand.
///
/// Case A (Alpha): a1 (interview, 100 scalars), a2 (document, 100). Case B (Beta): b1
/// (interview, 200). Fragments: 1 a1 LOS 0..10 X S1; 2 a1 LOS 5..15 Y S1; 3 a1 LOS-SCH 20..30
/// X M1; 4 a2 GOC 0..50 X (no speaker); 5 b1 LOS 0..20 X S1 (another person than A's S1);
/// 6 b1 GOC 20..40 Y interviewer I (touches 5).
@Suite struct MatrixTests {
    static let colour = RGBColour(red: 1, green: 2, blue: 3)
    static let codebook = Codebook(groups: [CodeGroup(id: CodeGroup.elementsID, name: "Elementen", gloss: "", codes: [
        Code(short: "LOS", name: "Lerend", gloss: "", colour: colour, groupID: CodeGroup.elementsID),
        Code(short: "LOS-SCH", name: "Scholing", gloss: "", colour: colour, parent: "LOS", groupID: CodeGroup.elementsID),
        Code(short: "GOC", name: "Cultuur", gloss: "", colour: colour, groupID: CodeGroup.elementsID),
    ])])
    static let builder = MatrixBuilder(
        codebook: codebook,
        sources: [MatrixSource(id: "a1", caseID: "A", kind: .interview, length: 100),
                  MatrixSource(id: "a2", caseID: "A", kind: .document, length: 100),
                  MatrixSource(id: "b1", caseID: "B", kind: .interview, length: 200)],
        cases: [MatrixColumn(id: "A", label: "Alpha"), MatrixColumn(id: "B", label: "Beta")],
        roles: ["Studenten", "Management"])

    static func fragment(_ source: String, _ code: String, _ start: Int, _ end: Int, _ coder: String,
                         _ speaker: String?, _ role: String?) -> Fragment {
        Fragment(coding: Coding(sourceID: source, range: ScalarRange(start: start, end: end), code: code, coder: coder),
                 caseID: source.hasPrefix("a") ? "A" : "B", caseName: "", sourceTitle: source,
                 sourceKind: source == "a2" ? .document : .interview, speaker: speaker, role: role, quote: "")
    }

    static let fragments = [
        fragment("a1", "LOS", 0, 10, "X", "S1", "Studenten"),
        fragment("a1", "LOS", 5, 15, "Y", "S1", "Studenten"),
        fragment("a1", "LOS-SCH", 20, 30, "X", "M1", "Management"),
        fragment("a2", "GOC", 0, 50, "X", nil, nil),
        fragment("b1", "LOS", 0, 20, "X", "S1", "Studenten"),
        fragment("b1", "GOC", 20, 40, "Y", "I", nil),
    ]

    /// The report's rows, cells joined by commas.
    func grid(_ measure: MatrixMeasure, by axis: MatrixAxis = .case, coders: [String] = [], kinds: [SourceKind] = [],
              collapse: Bool = false) -> [String] {
        let matrix = Self.builder.matrix(fragments: Self.fragments, by: axis, measure: measure, coders: coders, kinds: kinds,
                                         collapseSubcodes: collapse)
        return matrix.report.rows.map { $0.map(\.display).joined(separator: ",") }
    }

    @Test func fragmentsPerCase() {
        #expect(grid(.fragments) == ["LOS,3,1,4", "  LOS-SCH,1,0,1", "GOC,1,1,2", "Total,4,2,6"])
        let report = Self.builder.matrix(fragments: Self.fragments, by: .case, measure: .fragments).report
        #expect(report.columns.map(\.title) == ["Code", "Alpha", "Beta", "Total"])
        #expect(report.totalRowCount == 1)
    }

    @Test func participantsAreDistinctRespondentsPerCase() {
        // A: S1 and M1; B: its own S1. The interviewer and text without a speaker do not count.
        #expect(grid(.participants) == ["LOS,2,1,3", "  LOS-SCH,1,0,1", "GOC,0,0,0", "Total,2,1,3"])
    }

    @Test func sourcesAreDistinct() {
        #expect(grid(.sources) == ["LOS,1,1,2", "  LOS-SCH,1,0,1", "GOC,1,1,2", "Total,2,1,3"])
    }

    @Test func shareCountsTheUnionOfCodings() {
        // LOS in A: 0..15 ∪ 20..30 = 25 of 200; totals: A 75/200, B 40/200 (touching), all 115/400.
        #expect(grid(.share) == ["LOS,12.5%,10.0%,11.3%", "  LOS-SCH,5.0%,0.0%,2.5%", "GOC,25.0%,10.0%,17.5%",
                                 "Total,37.5%,20.0%,28.8%"])
        let matrix = Self.builder.matrix(fragments: Self.fragments, by: .case, measure: .share)
        #expect(matrix.rows[0].values == [.share(12.5), .share(10)])
    }

    @Test func presenceTotalsCountCasesAndCodes() {
        #expect(grid(.presence) == ["LOS,1,1,2", "  LOS-SCH,1,0,1", "GOC,1,1,2", "Total,2,2,2"])
    }

    @Test func byRoleLeavesOutFragmentsWithoutARespondent() {
        #expect(grid(.fragments, by: .role) == ["LOS,3,1,4", "  LOS-SCH,0,1,1", "GOC,0,0,0", "Total,3,1,4"])
        #expect(grid(.participants, by: .role) == ["LOS,2,1,3", "  LOS-SCH,0,1,1", "GOC,0,0,0", "Total,2,1,3"])
        #expect(grid(.share, by: .role) == ["LOS,-,-,-", "  LOS-SCH,-,-,-", "GOC,-,-,-", "Total,-,-,-"])
    }

    @Test func byRoleWithoutAnySpeakerSaysRolesAreUnknown() {
        // Codings from a tool without speaker turns: zeros would say no respondent said it.
        let unspoken = Self.fragments.map { fragment in
            var fragment = fragment
            (fragment.speaker, fragment.role) = (nil, nil)
            return fragment
        }
        let report = Self.builder.matrix(fragments: unspoken, by: .role, measure: .fragments).report
        #expect(report.rows.map { $0.map(\.display).joined(separator: ",") }
            == ["LOS,-,-,-", "  LOS-SCH,-,-,-", "GOC,-,-,-", "Total,-,-,-"])
        #expect(report.footnotes == ["Roles are unknown: none of the 6 codings starts in a speaker turn "
            + "(sources without speaker turns), so no cell can be counted."])
        // By case the same codings count as ever.
        #expect(Self.builder.matrix(fragments: unspoken, by: .case, measure: .fragments).report.footnotes.isEmpty)
    }

    @Test func byRoleNamesTheCodingsOutsideSpeakerTurns() {
        let report = Self.builder.matrix(fragments: Self.fragments, by: .role, measure: .fragments).report
        #expect(report.footnotes == ["1 coding outside speaker turns: role unknown, not counted."])
    }

    @Test func filtersByCoderAndKind() {
        #expect(grid(.fragments, coders: ["X"]) == ["LOS,2,1,3", "  LOS-SCH,1,0,1", "GOC,1,0,1", "Total,3,1,4"])
        #expect(grid(.fragments, kinds: [.interview]) == ["LOS,3,1,4", "  LOS-SCH,1,0,1", "GOC,0,1,1", "Total,3,2,5"])
        // Only interviews: case A's text is a1 alone.
        #expect(grid(.share, kinds: [.interview]) == ["LOS,25.0%,10.0%,15.0%", "  LOS-SCH,10.0%,0.0%,3.3%",
                                                      "GOC,0.0%,10.0%,6.7%", "Total,25.0%,20.0%,21.7%"])
    }

    @Test func collapsedSubcodesStillCountUnderTheirParent() {
        #expect(grid(.fragments, collapse: true) == ["LOS,3,1,4", "GOC,1,1,2", "Total,4,2,6"])
    }

    @Test func aggregatedTalliesGiveTheSameMatrix() {
        let tallies = [MatrixTally(sourceID: "a1", code: "LOS", coder: "X", count: 2),
                       MatrixTally(sourceID: "a1", code: "LOS-SCH", coder: "X", count: 1),
                       MatrixTally(sourceID: "a2", code: "GOC", coder: "X", count: 1),
                       MatrixTally(sourceID: "b1", code: "LOS", coder: "X", count: 1),
                       MatrixTally(sourceID: "b1", code: "GOC", coder: "Y", count: 1)]
        let matrix = Self.builder.matrix(tallies: tallies, by: .case, measure: .fragments)
        #expect(matrix == Self.builder.matrix(fragments: Self.fragments, by: .case, measure: .fragments))
        #expect(matrix.grandTotal == .count(6))
    }

    @Test func sharesAreFormattedWithOneDecimal() {
        #expect(MatrixValue.format(share: 0) == "0.0%")
        #expect(MatrixValue.format(share: 100) == "100.0%")
        #expect(MatrixValue.format(share: 33.333) == "33.3%")
        #expect(MatrixValue.share(2.25).reportCell == .text("2.3%"))
    }
}
