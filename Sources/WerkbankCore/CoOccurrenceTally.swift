/// A co-occurrence table counted a source at a time, so that memory grows with the number of
/// codes squared, not with the codings: a caller reads one source's codings, adds them, and
/// lets them go. The table equals ``CoOccurrenceFinder/table(_:codebook:)`` over all codings.
public struct CoOccurrenceTally: Sendable {
    public var finder: CoOccurrenceFinder
    private var indexOfCode: [String: Int] = [:]
    private var codes: [String] = []
    private var fragments: [Int] = []
    /// Pair counts by the codes' indexes in order of first sight, the smaller index first.
    private var pairs: [SIMD2<Int32>: Int] = [:]

    public init(finder: CoOccurrenceFinder) {
        self.finder = finder
    }

    /// Adds the codings of one source (all of them; pairs across calls are not looked for).
    /// In `turn` mode, `turns` are that source's turns.
    public mutating func add<Item: CodingCarrier>(source codings: [Item], turns: [Turn] = []) {
        for item in codings {
            let code = item.coding.code
            if let at = indexOfCode[code] {
                fragments[at] += 1
            } else {
                indexOfCode[code] = codes.count
                codes.append(code)
                fragments.append(1)
            }
        }
        var finder = finder
        if finder.mode == .turn, let source = codings.first?.coding.sourceID { finder.turns = [source: turns] }
        finder.forEachPair(codings) { first, second in
            guard let a = indexOfCode[first.coding.code], let b = indexOfCode[second.coding.code], a != b else { return }
            pairs[SIMD2(Int32(min(a, b)), Int32(max(a, b))), default: 0] += 1
        }
    }

    /// The table, rows in the codebook's order, then codes not in it by name.
    public func table(codebook: Codebook) -> CoOccurrence {
        var ordered = codebook.codes.map(\.short).filter { indexOfCode[$0] != nil }
        let known = Set(ordered)
        ordered += codes.filter { !known.contains($0) }.sorted()
        let row = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element, $0.offset) })
        var counts = Array(repeating: Array(repeating: 0, count: ordered.count), count: ordered.count)
        for (code, at) in indexOfCode { counts[row[code]!][row[code]!] = fragments[at] }
        for (pair, count) in pairs {
            let a = row[codes[Int(pair.x)]]!, b = row[codes[Int(pair.y)]]!
            counts[a][b] += count
            counts[b][a] += count
        }
        return CoOccurrence(mode: finder.mode, codes: ordered, counts: counts)
    }
}
