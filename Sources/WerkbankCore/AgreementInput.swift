/// The unit in which two coders' codings are compared.
public enum AgreementUnit: String, CaseIterable, Hashable, Sendable {
    /// Every Unicode scalar of the selected sources is one unit, coded or not.
    case character
    /// Every speaker turn is one unit; it counts as coded when any part of it carries the code.
    case turn
    /// Every coded fragment is one unit; fragments of the two coders are paired by overlap.
    case segment
}

/// A source as agreement needs it: its length in Unicode scalars and its speaker turns.
public struct AgreementSource: Hashable, Sendable, Identifiable {
    /// The source id (its slug).
    public var id: String
    /// The length of the text in Unicode scalars.
    public var length: Int
    /// The scalar ranges of the speaker turns, in any order.
    public var turns: [ScalarRange]

    /// A source of `length` scalars with the given turn ranges.
    public init(id: String, length: Int, turns: [ScalarRange] = []) {
        self.id = id
        self.length = length
        self.turns = turns
    }
}

/// What inter-coder agreement is computed from: the selected sources and two coders' codings.
///
/// Codings of other coders, or of sources not selected, are ignored. Codes are compared by
/// their exact short name: a sub-code is a code of its own.
public struct AgreementInput: Hashable, Sendable {
    /// The first coder (A in the 2×2 tables).
    public var coderA: String
    /// The second coder (B in the 2×2 tables).
    public var coderB: String
    /// The selected sources.
    public var sources: [AgreementSource]
    /// Codings of at least the two coders in the selected sources.
    public var codings: [Coding]

    /// The input for coders `coderA` and `coderB` over `sources`.
    public init(coderA: String, coderB: String, sources: [AgreementSource], codings: [Coding]) {
        self.coderA = coderA
        self.coderB = coderB
        self.sources = sources
        self.codings = codings
    }

    /// The codes either coder used in the selected sources, sorted by name.
    public var usedCodes: [String] {
        Set(relevantCodings.map(\.code)).sorted()
    }

    /// The codings of the two coders in the selected sources.
    var relevantCodings: [Coding] {
        let ids = Set(sources.map(\.id))
        return codings.filter { ids.contains($0.sourceID) && ($0.coder == coderA || $0.coder == coderB) }
    }

    /// Every relevant coding's range, clamped to its source, by coder and code and then by
    /// source: built once per report, not once per code.
    func rangeIndex() -> [RangeKey: [String: [ScalarRange]]] {
        let lengths = Dictionary(sources.map { ($0.id, $0.length) }, uniquingKeysWith: { first, _ in first })
        var index: [RangeKey: [String: [ScalarRange]]] = [:]
        for coding in codings where coding.coder == coderA || coding.coder == coderB {
            guard let length = lengths[coding.sourceID] else { continue }
            let start = min(max(coding.range.start, 0), length)
            let end = min(max(coding.range.end, start), length)
            index[RangeKey(coder: coding.coder, code: coding.code), default: [:]][coding.sourceID, default: []]
                .append(ScalarRange(start: start, end: end))
        }
        return index
    }
}

/// Figures for one code, or for all codes pooled (`code == nil`).
public struct CodeAgreement<Figures: Hashable & Sendable>: Hashable, Sendable {
    /// The code's short name; `nil` for the pooled row.
    public var code: String?
    public var figures: Figures

    /// Figures for `code` (`nil`: all codes pooled).
    public init(code: String?, figures: Figures) {
        self.code = code
        self.figures = figures
    }
}

/// Agreement per code and over all codes pooled.
public struct AgreementReport<Figures: Hashable & Sendable>: Hashable, Sendable {
    /// One entry per code, in the order asked for.
    public var perCode: [CodeAgreement<Figures>]
    /// All codes pooled: the per-code counts summed, then the statistics computed.
    public var pooled: Figures

    /// A report of per-code figures and their pooled figures.
    public init(perCode: [CodeAgreement<Figures>], pooled: Figures) {
        self.perCode = perCode
        self.pooled = pooled
    }
}

extension Array where Element == ScalarRange {
    /// The ranges merged into sorted, disjoint, non-empty ranges covering the same scalars.
    func mergedCoverage() -> [ScalarRange] {
        var result: [ScalarRange] = []
        for range in sorted() where !range.isEmpty {
            if let last = result.last, range.start <= last.end {
                result[result.count - 1] = ScalarRange(start: last.start, end: Swift.max(last.end, range.end))
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The number of scalars covered (the ranges must be disjoint, as `mergedCoverage()` makes them).
    var coveredLength: Int { reduce(0) { $0 + $1.length } }
}

/// The number of scalars two sorted, disjoint range lists share.
func sharedScalarCount(_ first: [ScalarRange], _ second: [ScalarRange]) -> Int {
    var i = 0, j = 0, shared = 0
    while i < first.count && j < second.count {
        let start = max(first[i].start, second[j].start)
        let end = min(first[i].end, second[j].end)
        if start < end { shared += end - start }
        if first[i].end < second[j].end { i += 1 } else { j += 1 }
    }
    return shared
}

/// A coder and a code: the key of ``AgreementInput/rangeIndex()``.
struct RangeKey: Hashable {
    var coder: String
    var code: String
}
