import Testing
import WerkbankCore

/// A chain of codes, each the sub-code of the one before: every code counts in all the rows
/// above it. Walking each code's ancestors through `Codebook.code(_:)` and finding children by
/// scanning every code took codes × depth × codes steps (1,000 deep: 52 s).
@Suite struct MatrixDeepChainTests {
    static func chain(_ depth: Int) -> (MatrixBuilder, [MatrixTally]) {
        let colour = RGBColour(red: 1, green: 2, blue: 3)
        let codes = (0..<depth).map { level in
            Code(short: "c\(level)", name: "Code \(level)", gloss: "", colour: colour, parent: level == 0 ? nil : "c\(level - 1)",
                 groupID: "g")
        }
        let builder = MatrixBuilder(codebook: Codebook(groups: [CodeGroup(id: "g", name: "G", gloss: "", codes: codes)]),
                                    sources: [MatrixSource(id: "s", caseID: "A", kind: .interview, length: 100)],
                                    cases: [MatrixColumn(id: "A", label: "Alpha")], roles: [])
        let tallies = (0..<depth).map { MatrixTally(sourceID: "s", code: "c\($0)", coder: "X", count: 1) }
        return (builder, tallies)
    }

    @Test func everyCodeCountsInEachRowAboveIt() {
        let depth = 3_000
        let (builder, tallies) = Self.chain(depth)
        let matrix = builder.matrix(tallies: tallies, by: .case, measure: .fragments)
        #expect(matrix.rows.count == depth)
        #expect(matrix.rows.map(\.depth) == Array(0..<depth))
        #expect(matrix.rows.first?.values == [.count(depth)])
        #expect(matrix.rows[1_000].values == [.count(depth - 1_000)])
        #expect(matrix.rows.last?.values == [.count(1)])
        #expect(matrix.grandTotal == .count(depth))
    }

    @Test func collapsedTheChainIsOneRow() {
        let (builder, tallies) = Self.chain(3_000)
        let matrix = builder.matrix(tallies: tallies, by: .case, measure: .fragments, collapseSubcodes: true)
        #expect(matrix.rows.map(\.code) == ["c0"])
        #expect(matrix.rows.first?.total == .count(3_000))
    }
}
