import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Fragments of one code with (AND) or without (NOT) another, against the same worked out in
/// memory from the sample study's codings and turns.
@Suite struct CodeCombinationTests {
    let folder: TemporaryFolder
    let project: Project

    init() throws {
        folder = try TemporaryFolder()
        project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
    }

    /// The start of the turn a coding starts in, or `nil` before the first turn.
    func turnStart(of coding: Coding) -> Int? {
        let source = sampleStudy.sources.first { $0.id == coding.sourceID }!
        return source.turns.map(\.range.start).filter { $0 <= coding.range.start }.max()
    }

    func together(_ a: Coding, _ b: Coding, mode: CoOccurrenceMode) -> Bool {
        guard a.sourceID == b.sourceID, a.id != b.id else { return false }
        switch mode {
        case .overlap: return a.range.start < b.range.end && b.range.start < a.range.end
        case .turn: return turnStart(of: a) != nil && turnStart(of: a) == turnStart(of: b)
        }
    }

    func expected(_ code: String, with other: String, mode: CoOccurrenceMode, coders: [String] = []) -> Set<Coding.ID> {
        let counted = sampleStudy.codings.filter { coders.isEmpty || coders.contains($0.coder) }
        let others = counted.filter { $0.code == other }
        return Set(counted.filter { a in a.code == code && others.contains { b in together(a, b, mode: mode) } }.map(\.id))
    }

    @Test(arguments: CoOccurrenceMode.allCases)
    func withAndWithoutSplitACodesFragments(mode: CoOccurrenceMode) throws {
        defer { folder.remove() }
        for (code, other) in [("LOS", "VOR"), ("GOC", "VOR"), ("SRI", "LeA"), ("VMM", "GOC")] {
            let all = Set(try project.fragments(FragmentFilter(codes: [code])).map(\.id))
            let with = Set(try project.fragments(FragmentFilter(codes: [code], combinations: [CodeCombination(.with, other)],
                                                                combinationMode: mode)).map(\.id))
            let without = Set(try project.fragments(FragmentFilter(codes: [code], combinations: [CodeCombination(.without, other)],
                                                                   combinationMode: mode)).map(\.id))
            #expect(with == expected(code, with: other, mode: mode), "\(code) with \(other), \(mode)")
            #expect(with.isDisjoint(with: without) && with.union(without) == all)
        }
        // The sample has overlapping codings in both modes; a combination that finds none tests nothing.
        #expect(!expected("GOC", with: "VOR", mode: mode).isEmpty)
    }

    @Test func onlyTheFilteredCodersCodingsCount() throws {
        defer { folder.remove() }
        let bram = try project.fragments(FragmentFilter(codes: ["LOS"], coders: ["Bram"],
                                                        combinations: [CodeCombination(.with, "GOC")]))
        #expect(Set(bram.map(\.id)) == expected("LOS", with: "GOC", mode: .overlap, coders: ["Bram"]))
        let anyone = expected("LOS", with: "GOC", mode: .overlap).filter { id in sampleStudy.codings.first { $0.id == id }!.coder == "Bram" }
        #expect(anyone.count > bram.count, "Bram's LOS next to Anouk's GOC must not count when only Bram's codings are asked for")
    }

    @Test func allConditionsApplyTogether() throws {
        defer { folder.remove() }
        let both = Set(try project.fragments(FragmentFilter(codes: ["GOC"], combinations: [
            CodeCombination(.with, "VOR"), CodeCombination(.without, "LOS")])).map(\.id))
        let expectedBoth = expected("GOC", with: "VOR", mode: .overlap).subtracting(expected("GOC", with: "LOS", mode: .overlap))
        #expect(both == expectedBoth)
    }

    @Test func touchingRangesDoNotOverlapAndSubcodesCount() throws {
        defer { folder.remove() }
        // The client's turn starts at 21 ("C1: " ends there).
        let tiny = try Project.create(at: folder.file("tiny.werkbank"), from: tinyStudy())
        let los = try tiny.addCoding(source: "gesprek", range: ScalarRange(start: 21, end: 28), code: "LOS", coder: "Anouk")
        _ = try tiny.addCoding(source: "gesprek", range: ScalarRange(start: 28, end: 31), code: "GOC", coder: "Anouk")
        let withGOC = FragmentFilter(codes: ["LOS"], combinations: [CodeCombination(.with, "GOC")])
        #expect(try tiny.fragments(withGOC).isEmpty)
        var sameTurn = withGOC
        sameTurn.combinationMode = .turn
        #expect(try tiny.fragments(sameTurn).map(\.id) == [los.id])
        // A coding in the interviewer's turn shares no turn with the client's.
        _ = try tiny.addCoding(source: "gesprek", range: ScalarRange(start: 4, end: 7), code: "LOS", coder: "Anouk")
        #expect(try tiny.fragments(sameTurn).map(\.id) == [los.id])
        // A sub-code of the second code counts as that code.
        let withLOS = FragmentFilter(codes: ["GOC"], combinations: [CodeCombination(.with, "LOS")])
        #expect(try tiny.fragments(withLOS).isEmpty)
        _ = try tiny.addCoding(source: "gesprek", range: ScalarRange(start: 27, end: 30), code: "LOS-SCH", coder: "Anouk")
        #expect(try tiny.fragments(withLOS).count == 1)
        let withoutGOC = FragmentFilter(codes: ["LOS"], combinations: [CodeCombination(.without, "GOC")])
        #expect(try tiny.fragments(withoutGOC).map(\.coding.range.start) == [4, 21])
    }

    @Test func theMatrixCountsTheCombinationPerCase() throws {
        defer { folder.remove() }
        let matrix = try project.matrix(combinations: [CodeCombination(.with, "VOR")])
        func value(code: String, column: String) -> MatrixValue? {
            guard let row = matrix.rows.first(where: { $0.code == code }),
                  let at = matrix.columns.firstIndex(where: { $0.id == column }) else { return nil }
            return row.values[at]
        }
        for studyCase in sampleStudy.cases {
            let sources = Set(sampleStudy.sources(ofCase: studyCase.id).map(\.id))
            for code in ["LOS", "GOC", "SRI"] {
                let count = expected(code, with: "VOR", mode: .overlap).count { id in
                    sources.contains(sampleStudy.codings.first { $0.id == id }!.sourceID)
                }
                #expect(value(code: code, column: studyCase.id) == .count(count), "\(code) ∧ VOR in \(studyCase.id)")
            }
            let vor = sampleStudy.codings.count { $0.code == "VOR" && sources.contains($0.sourceID) }
            #expect(value(code: "VOR", column: studyCase.id) == .count(vor), "VOR's own row is all of VOR")
        }
    }
}
