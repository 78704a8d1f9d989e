/// A stretch of a source where two coders differ on one code: one coded it and the other
/// did not, or their codings of it begin or end elsewhere.
public struct Disagreement: Hashable, Sendable, Identifiable {
    public var sourceID: String
    public var code: String
    /// Where the two coders' coverage of the code differs (a maximal run of it).
    public var range: ScalarRange
    /// Each coder's codings of the code that touch the stretch.
    public var codingsA: [Coding]
    public var codingsB: [Coding]

    public var id: String { "\(sourceID)|\(code)|\(range)" }

    /// The stretches where coder A and coder B differ, per source and code, in source order.
    ///
    /// A stretch is a maximal run of scalars that one coder's codings of the code cover and
    /// the other's do not; neighbouring runs that touch the same codings (a coding that starts
    /// earlier and ends later than the other's) are one disagreement.
    public static func find(codings: [Coding], coderA: String, coderB: String, sourceOrder: [String] = []) -> [Disagreement] {
        var result: [Disagreement] = []
        let relevant = codings.filter { $0.coder == coderA || $0.coder == coderB }
        let groups = Dictionary(grouping: relevant) { "\($0.sourceID)\u{1F}\($0.code)" }
        for (_, group) in groups {
            let a = group.filter { $0.coder == coderA }
            let b = group.filter { $0.coder == coderB }
            let runs = Self.symmetricDifference(a.map(\.range).mergedCoverage(), b.map(\.range).mergedCoverage())
            var current: Disagreement?
            for run in runs {
                let touchingA = a.filter { $0.range.overlaps(run) || $0.range.end == run.start || $0.range.start == run.end }
                let touchingB = b.filter { $0.range.overlaps(run) || $0.range.end == run.start || $0.range.start == run.end }
                let stretch = Disagreement(sourceID: group[0].sourceID, code: group[0].code, range: run, codingsA: touchingA, codingsB: touchingB)
                if var open = current, !Set(open.codingsA + open.codingsB).isDisjoint(with: Set(touchingA + touchingB)) {
                    open.range = ScalarRange(start: open.range.start, end: run.end)
                    open.codingsA = Array(Set(open.codingsA + touchingA)).sorted { $0.range < $1.range }
                    open.codingsB = Array(Set(open.codingsB + touchingB)).sorted { $0.range < $1.range }
                    current = open
                } else {
                    if let open = current { result.append(open) }
                    current = stretch
                }
            }
            if let open = current { result.append(open) }
        }
        let order = Dictionary(uniqueKeysWithValues: sourceOrder.enumerated().map { ($0.element, $0.offset) })
        return result.sorted {
            (order[$0.sourceID] ?? Int.max, $0.sourceID, $0.range.start, $0.code) < (order[$1.sourceID] ?? Int.max, $1.sourceID, $1.range.start, $1.code)
        }
    }

    /// Runs covered by exactly one of two sets of disjoint, sorted ranges.
    static func symmetricDifference(_ first: [ScalarRange], _ second: [ScalarRange]) -> [ScalarRange] {
        var edges: [(Int, Int)] = []
        for range in first + second { edges += [(range.start, 1), (range.end, -1)] }
        edges.sort { $0.0 < $1.0 }
        var result: [ScalarRange] = []
        var depth = 0
        var runStart: Int?
        var index = 0
        while index < edges.count {
            let position = edges[index].0
            while index < edges.count, edges[index].0 == position {
                depth += edges[index].1
                index += 1
            }
            if depth == 1, runStart == nil {
                runStart = position
            } else if depth != 1, let start = runStart {
                if start < position { result.append(ScalarRange(start: start, end: position)) }
                runStart = nil
            }
        }
        return result
    }
}
