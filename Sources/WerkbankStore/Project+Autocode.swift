import Foundation
import GRDB
import WerkbankCore

/// What autocoding codes for each hit: the hit itself, its sentence, or its turn (passage).
public enum AutocodeUnit: String, CaseIterable, Hashable, Sendable {
    case hit
    case sentence
    case turn
}

/// Where a hit is: its source and its stretch (``TextHit/range``).
public struct HitPlace: Hashable, Sendable {
    public var sourceID: String
    public var range: ScalarRange

    public init(sourceID: String, range: ScalarRange) {
        self.sourceID = sourceID
        self.range = range
    }
}

/// What autocoding did (or, in a dry run, would do).
public struct AutocodeResult: Hashable, Sendable {
    public var hits: Int
    /// The codings made (or to be made), in order of case, source and start.
    public var codings: [Coding]
    /// Of those, how many overlap an existing coding of the same code (by any coder).
    public var overlapping: Int
    /// Units left alone because the coder already coded exactly that stretch with the code.
    public var alreadyCoded: Int
}

extension Project {
    /// Codes every hit of a search (as the hit, its sentence or its turn) with `code`, as one
    /// journaled step: one `undo` takes all the codings out again. Several hits in one unit
    /// make one coding. Nothing is written when `dryRun`. With `only`, just the hits of the
    /// search at those places (marked on the Search screen) are coded.
    public func autocode(_ search: TextSearch, code: String, unit: AutocodeUnit, coder: String,
                         dryRun: Bool = false, only: Set<HitPlace>? = nil) throws -> AutocodeResult {
        var units: [(source: String, range: ScalarRange)] = []
        var seen: Set<String> = []
        var hits = 0
        try eachHit(search, limit: nil) { passage, scalars, local in
            if let only, !only.contains(HitPlace(sourceID: passage.sourceID, range: ScalarRange(start: passage.range.start + local.start,
                                                                                                   end: passage.range.start + local.end))) {
                return true
            }
            hits += 1
            let range = Self.unit(unit, of: local, in: scalars)
            let absolute = ScalarRange(start: passage.range.start + range.start, end: passage.range.start + range.end)
            guard !absolute.isEmpty, seen.insert("\(passage.sourceID)\u{1F}\(absolute)").inserted else { return true }
            units.append((passage.sourceID, absolute))
            return true
        }
        guard let code = try study().codebook.code(code)?.short else { throw ProjectError.unknownCode(code) }
        let existing = try read { db in
            var bySource: [String: [(range: ScalarRange, coder: String)]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.slug, c.start, c."end", d.name FROM coding c JOIN source s ON s.id = c.sourceID JOIN coder d ON d.id = c.coderID
                WHERE c.codeID = (SELECT id FROM code WHERE short = ?)
                """, arguments: [code]) {
                bySource[row[0], default: []].append((ScalarRange(start: row[1], end: row[2]), row[3]))
            }
            return bySource
        }
        let now = Date()
        var result = AutocodeResult(hits: hits, codings: [], overlapping: 0, alreadyCoded: 0)
        for unit in units {
            let others = existing[unit.source] ?? []
            if others.contains(where: { $0.range == unit.range && $0.coder == coder }) {
                result.alreadyCoded += 1
                continue
            }
            if others.contains(where: { $0.range.overlaps(unit.range) }) { result.overlapping += 1 }
            result.codings.append(Coding(sourceID: unit.source, range: unit.range, code: code, coder: coder, created: now, modified: now))
        }
        guard !dryRun, !result.codings.isEmpty else { return result }
        let codings = result.codings
        try write { db in
            try CodingWriter(db: db).insert(codings)
            try Journal(db: db, coder: actingCoder).record("autocode \(code) ×\(codings.count)", entity: .codings,
                                       before: nil as [CodingSnapshot]?, after: codings.map(CodingSnapshot.init))
        }
        return result
    }

    /// The stretch of the passage to code for a hit at `local`.
    static func unit(_ unit: AutocodeUnit, of local: ScalarRange, in scalars: [Unicode.Scalar]) -> ScalarRange {
        switch unit {
        case .hit:
            return local
        case .turn:
            var end = scalars.count
            while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
            return ScalarRange(start: 0, end: max(end, local.end))
        case .sentence:
            func ends(_ index: Int) -> Bool { ".!?…".unicodeScalars.contains(scalars[index]) }
            var start = local.start
            while start > 0, !(ends(start - 1) || scalars[start - 1] == "\n") { start -= 1 }
            while start < local.start, scalars[start].properties.isWhitespace { start += 1 }
            var end = local.end
            while end < scalars.count, !(end > 0 && ends(end - 1)), scalars[end] != "\n" { end += 1 }
            while end > local.end, scalars[end - 1].properties.isWhitespace { end -= 1 }
            return ScalarRange(start: start, end: end)
        }
    }
}
