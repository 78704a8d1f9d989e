import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Calls `body` with each hit in order (its passage, the passage's scalars, the hit within
    /// them) until it returns false.
    ///
    /// The marks come from `highlight()`, asked for a stretch of row ids at a time (the
    /// passages about to be reached, and the few matching ones between them): asked row by
    /// row, FTS5 evaluated the whole query again for each passage, which for a prefix of
    /// 30,000 passages cost 2–3 ms a passage (136 ms for the first 50 hits).
    func eachHit(_ search: TextSearch, limit: Int?,
                 _ body: (SearchPassage, [Unicode.Scalar], ScalarRange) throws -> Bool) throws {
        if search.regex { return try eachRegexHit(search, body) }
        let expression = try search.ftsExpression()
        guard !expression.isEmpty else { return }
        try read { db in
            let (matches, resolve) = try Self.matches(search, expression: expression, db: db)
            var marked = try HighlightBatches(expression: expression, ids: matches.map(\.id), db: db)
            let batch = limit.map { max(16, $0) } ?? 2_000
            for (index, match) in matches.enumerated() {
                guard let passage = try resolve(match) else { continue }
                if marked.texts[match.id] == nil {
                    try marked.load(matches[index..<min(matches.count, index + batch)].map(\.id))
                }
                guard let text = marked.texts.removeValue(forKey: match.id) else { continue }
                var scalars: [Unicode.Scalar] = []
                var ranges: [ScalarRange] = []
                var open: Int?
                for scalar in text.unicodeScalars {
                    switch scalar.value {
                    case 0xE000: open = scalars.count
                    case 0xE001: if let start = open { ranges.append(ScalarRange(start: start, end: scalars.count)) }
                    default: scalars.append(scalar)
                    }
                }
                let boundaries = ClusterBoundaries(scalars: scalars)
                for range in ranges {
                    if try !body(passage, scalars, boundaries.widened(range)) { return }
                }
            }
        }
    }
}

/// The marked texts of matching passages, read from `highlight()` a stretch of row ids at a
/// time.
struct HighlightBatches {
    /// Matching passages between two wanted ones that are read along rather than starting a
    /// new stretch (each stretch evaluates the query once more).
    static let gap = 32

    let expression: String
    /// Every matching passage's row id, ascending.
    let sorted: [Int64]
    let statement: Statement
    var texts: [Int64: String] = [:]

    init(expression: String, ids: [Int64], db: Database) throws {
        self.expression = expression
        sorted = ids.sorted()
        statement = try db.cachedStatement(sql: """
            SELECT rowid, highlight(passageIndex, 0, char(57344), char(57345)) FROM passageIndex
            WHERE passageIndex MATCH ? AND rowid BETWEEN ? AND ?
            """)
    }

    /// Reads the marked texts of `ids` (and of the matching passages between them).
    mutating func load(_ ids: [Int64]) throws {
        let wanted = ids.sorted()
        guard var first = wanted.first else { return }
        var last = first
        var lastPosition = position(of: first)
        for id in wanted.dropFirst() {
            let position = position(of: id)
            if position - lastPosition > Self.gap {
                try read(first...last)
                first = id
            }
            last = id
            lastPosition = position
        }
        try read(first...last)
    }

    private mutating func read(_ range: ClosedRange<Int64>) throws {
        let cursor = try Row.fetchCursor(statement, arguments: [expression, range.lowerBound, range.upperBound])
        while let row = try cursor.next() { texts[row[0]] = row[1] }
    }

    /// Where `id` stands among the matching passages (binary search).
    private func position(of id: Int64) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
