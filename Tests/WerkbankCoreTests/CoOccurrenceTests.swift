import Testing
import WerkbankCore

/// Co-occurrence on hand-made fragments.
///
/// Source `s` has turns I 0..10, S1 10..50, I 50..60, S1 60..100. Fragments: f1 LOS 12..20,
/// f2 GOC 15..25, f3 VMM 25..30, f4 LOS 20..26, f5 GOC 62..70; f6 VMM 10..30 in source `t`.
/// Overlaps: f1–f2, f2–f4, f4–f3; f1–f4 and f2–f3 only touch. Turn S1 10..50 holds f1–f4.
@Suite struct CoOccurrenceTests {
    static let colour = RGBColour(red: 1, green: 2, blue: 3)
    static let codebook = Codebook(groups: [CodeGroup(id: CodeGroup.elementsID, name: "Elementen", gloss: "", codes: [
        Code(short: "LOS", name: "", gloss: "", colour: colour, groupID: CodeGroup.elementsID),
        Code(short: "GOC", name: "", gloss: "", colour: colour, groupID: CodeGroup.elementsID),
        Code(short: "LeA", name: "", gloss: "", colour: colour, groupID: CodeGroup.elementsID),
        Code(short: "VMM", name: "", gloss: "", colour: colour, groupID: CodeGroup.elementsID),
    ])])

    static func fragment(_ source: String, _ code: String, _ start: Int, _ end: Int) -> Fragment {
        Fragment(coding: Coding(sourceID: source, range: ScalarRange(start: start, end: end), code: code, coder: "X"),
                 caseID: "A", caseName: "A", sourceTitle: source, sourceKind: .interview, speaker: nil, role: nil, quote: "")
    }

    static let f1 = fragment("s", "LOS", 12, 20)
    static let f2 = fragment("s", "GOC", 15, 25)
    static let f3 = fragment("s", "VMM", 25, 30)
    static let f4 = fragment("s", "LOS", 20, 26)
    static let f5 = fragment("s", "GOC", 62, 70)
    static let f6 = fragment("t", "VMM", 10, 30)
    static let fragments = [f1, f2, f3, f4, f5, f6]
    static let turns: [String: [Turn]] = ["s": [
        Turn(speaker: "I", range: ScalarRange(start: 0, end: 10)), Turn(speaker: "S1", range: ScalarRange(start: 10, end: 50)),
        Turn(speaker: "I", range: ScalarRange(start: 50, end: 60)), Turn(speaker: "S1", range: ScalarRange(start: 60, end: 100)),
    ]]

    @Test func overlappingRangesCountTouchingOnesDoNot() {
        let table = CoOccurrenceFinder(mode: .overlap).table(Self.fragments, codebook: Self.codebook)
        // LeA has no fragments and is left out.
        #expect(table.codes == ["LOS", "GOC", "VMM"])
        #expect(table.counts == [[2, 2, 1],
                                 [2, 2, 0],
                                 [1, 0, 2]])
        #expect(table.report.rows.map { $0.map(\.display).joined(separator: ",") } == ["LOS,2,2,1", "GOC,2,2,0", "VMM,1,0,2"])
        #expect(table.report.columns.map(\.title) == ["Code", "LOS", "GOC", "VMM"])
    }

    @Test func touchingRangesAloneNeverCoOccur() {
        let touching = [Self.fragment("s", "LOS", 0, 5), Self.fragment("s", "GOC", 5, 9)]
        let table = CoOccurrenceFinder(mode: .overlap).table(touching, codebook: Self.codebook)
        #expect(table.count("LOS", "GOC") == 0)
        #expect(table.count("LOS", "LOS") == 1)
        let sharing = [Self.fragment("s", "LOS", 0, 6), Self.fragment("s", "GOC", 5, 9)]
        #expect(CoOccurrenceFinder(mode: .overlap).table(sharing, codebook: Self.codebook).count("GOC", "LOS") == 1)
    }

    @Test func sharedTurnsCountEveryPairInTheTurn() {
        let table = CoOccurrenceFinder(mode: .turn, turns: Self.turns).table(Self.fragments, codebook: Self.codebook)
        #expect(table.codes == ["LOS", "GOC", "VMM"])
        #expect(table.counts == [[2, 2, 2],
                                 [2, 2, 1],
                                 [2, 1, 2]])
    }

    @Test func fragmentsBeforeTheFirstTurnShareNoTurn() {
        let turns = ["s": [Turn(speaker: "S1", range: ScalarRange(start: 10, end: 50))]]
        let early = [Self.fragment("s", "LOS", 0, 3), Self.fragment("s", "GOC", 4, 8)]
        #expect(CoOccurrenceFinder(mode: .turn, turns: turns).table(early, codebook: Self.codebook).count("LOS", "GOC") == 0)
    }

    @Test func aTallyBySourceGivesTheSameTable() {
        // Sources added one at a time, the later one first, with a code outside the codebook.
        let extra = Self.fragments + [Self.fragment("t", "ZZZ", 12, 14), Self.fragment("t", "ABC", 13, 40)]
        for mode in CoOccurrenceMode.allCases {
            let finder = CoOccurrenceFinder(mode: mode, turns: Self.turns)
            var tally = CoOccurrenceTally(finder: CoOccurrenceFinder(mode: mode))
            for source in ["t", "s"] {
                tally.add(source: extra.filter { $0.coding.sourceID == source }, turns: Self.turns[source] ?? [])
            }
            let table = tally.table(codebook: Self.codebook)
            #expect(table == finder.table(extra, codebook: Self.codebook))
            #expect(table.codes == ["LOS", "GOC", "VMM", "ABC", "ZZZ"])
        }
    }

    @Test func drillDownGivesThePairsOfCodings() {
        let overlap = CoOccurrenceFinder(mode: .overlap)
        let pairs = overlap.pairs(Self.fragments, "LOS", "GOC")
        #expect(pairs.map { [$0.0.id, $0.1.id] } == [[Self.f1.id, Self.f2.id], [Self.f4.id, Self.f2.id]])
        #expect(overlap.pairs(Self.fragments, "GOC", "VMM").isEmpty)
        let turn = CoOccurrenceFinder(mode: .turn, turns: Self.turns)
        #expect(turn.pairs(Self.fragments, "LOS", "LOS").map { [$0.0.id, $0.1.id] } == [[Self.f1.id, Self.f4.id]])
        #expect(turn.pairs(Self.fragments, "VMM", "LOS").count == 2)
    }
}
