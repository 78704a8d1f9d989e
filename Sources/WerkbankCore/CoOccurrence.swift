/// When two fragments count as occurring together.
public enum CoOccurrenceMode: String, CaseIterable, Hashable, Sendable {
    /// Same source, ranges sharing at least one scalar; touching ranges (`0..5`, `5..9`) do not.
    case overlap
    /// Same source, starting in the same speaker turn (the turn whose start is the last at or
    /// before the fragment's start). Fragments before the first turn share no turn.
    case turn
}

/// A code × code table of co-occurring fragments.
///
/// Each unordered pair of co-occurring codings of two different codes is counted once, in
/// both `counts[a][b]` and `counts[b][a]`. Pairs of two codings of the same code are not
/// counted: the diagonal holds the code's number of fragments instead, so that a row reads
/// "of its n fragments, so many co-occur with …". Codes are flat (a sub-code is its own row,
/// not added to its parent) and only codes with fragments are listed, in codebook order.
public struct CoOccurrence: Hashable, Sendable {
    public var mode: CoOccurrenceMode
    /// Short names of the codes, rows and columns alike.
    public var codes: [String]
    /// `counts[row][column]`, symmetric.
    public var counts: [[Int]]

    /// The count for a code pair, or 0 for codes not in the table.
    public func count(_ a: String, _ b: String) -> Int {
        guard let row = codes.firstIndex(of: a), let column = codes.firstIndex(of: b) else { return 0 }
        return counts[row][column]
    }

    /// The table as a report: a `Code` column, then a column per code.
    public var report: ReportTable {
        let columns = [ReportTable.Column("Code")] + codes.map { ReportTable.Column($0, alignment: .right) }
        let rows = codes.indices.map { row in [ReportTable.Cell.text(codes[row])] + counts[row].map { .number($0) } }
        return ReportTable(title: "Co-occurrence (\(mode.rawValue))", columns: columns, rows: rows)
    }
}

/// Something that carries a coding: a ``Coding`` itself, or a ``Fragment`` (a coding with its
/// quote and speaker). Co-occurrence counts need codings only; the drill-down shows fragments.
public protocol CodingCarrier {
    var coding: Coding { get }
}

extension Coding: CodingCarrier {
    public var coding: Coding { self }
}

extension Fragment: CodingCarrier {}

/// Works out co-occurrences of fragments; pure.
public struct CoOccurrenceFinder: Sendable {
    public var mode: CoOccurrenceMode
    /// Per source id, its turns; needed for the `turn` mode only.
    public var turns: [String: [Turn]]

    public init(mode: CoOccurrenceMode, turns: [String: [Turn]] = [:]) {
        self.mode = mode
        self.turns = turns
    }

    /// The code × code table of the fragments, rows in the codebook's order.
    public func table<Item: CodingCarrier>(_ fragments: [Item], codebook: Codebook) -> CoOccurrence {
        var fragmentsPerCode: [String: Int] = [:]
        for fragment in fragments { fragmentsPerCode[fragment.coding.code, default: 0] += 1 }
        var codes = codebook.codes.map(\.short).filter { fragmentsPerCode[$0] != nil }
        codes += fragmentsPerCode.keys.filter { !codes.contains($0) }.sorted()
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($0.element, $0.offset) })
        var counts = Array(repeating: Array(repeating: 0, count: codes.count), count: codes.count)
        for (code, count) in fragmentsPerCode { counts[index[code]!][index[code]!] = count }
        forEachPair(fragments) { first, second in
            guard let a = index[first.coding.code], let b = index[second.coding.code], a != b else { return }
            counts[a][b] += 1
            counts[b][a] += 1
        }
        return CoOccurrence(mode: mode, codes: codes, counts: counts)
    }

    /// The drill-down: every co-occurring pair of a coding of `a` and one of `b` (`a` first),
    /// by source and start. With `a == b`, the pairs of two codings of that code.
    public func pairs(_ fragments: [Fragment], _ a: String, _ b: String) -> [(Fragment, Fragment)] {
        var result: [(Fragment, Fragment)] = []
        forEachPair(fragments) { first, second in
            if first.coding.code == a && second.coding.code == b {
                result.append((first, second))
            } else if first.coding.code == b && second.coding.code == a {
                result.append((second, first))
            }
        }
        return result
    }

    /// Calls `body` once for every unordered pair of co-occurring fragments.
    func forEachPair<Item: CodingCarrier>(_ fragments: [Item], _ body: (Item, Item) -> Void) {
        let bySource = Dictionary(grouping: fragments, by: \.coding.sourceID)
        for sourceID in bySource.keys.sorted() {
            // The GUID as text once per fragment, not once per comparison.
            let group = bySource[sourceID]!.map { ($0, $0.coding.id.uuidString) }
                .sorted { ($0.0.coding.range, $0.1) < ($1.0.coding.range, $1.1) }.map(\.0)
            switch mode {
            case .overlap:
                // Sorted by start, a later fragment overlaps an earlier one exactly when it
                // starts before the earlier one ends.
                for i in group.indices {
                    var j = i + 1
                    while j < group.count, group[j].coding.range.start < group[i].coding.range.end {
                        if !group[j].coding.range.isEmpty && !group[i].coding.range.isEmpty { body(group[i], group[j]) }
                        j += 1
                    }
                }
            case .turn:
                let starts = (turns[sourceID] ?? []).map(\.range.start).sorted()
                let byTurn = Dictionary(grouping: group) { fragment in Self.turnIndex(of: fragment.coding.range.start, in: starts) }
                for turn in byTurn.keys.compactMap({ $0 }).sorted() {
                    let members = byTurn[turn]!
                    for i in members.indices {
                        for j in members.indices where j > i { body(members[i], members[j]) }
                    }
                }
            }
        }
    }

    /// The index of the last turn starting at or before `offset`, or `nil` before the first.
    static func turnIndex(of offset: Int, in starts: [Int]) -> Int? {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
