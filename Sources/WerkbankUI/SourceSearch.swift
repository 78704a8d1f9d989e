import Foundation
import WerkbankCore

/// Finds words in a source's text without regard to case or diacritics (`clienten` finds
/// `Cliënten`, precomposed or with a combining mark), returning ranges in Unicode scalars.
/// The query is compared a scalar at a time, and a match is widened to whole characters: `👍`
/// finds `👍🏽` whole, never the hand without its skin tone.
struct SourceSearch {
    /// The folded text, one entry per scalar of the source: its base letter in lower case, or
    /// nothing for a combining mark.
    private let folded: [Character?]
    private let boundaries: ClusterBoundaries

    init(text: String) {
        let scalars = Array(text.unicodeScalars)
        folded = scalars.map(Self.fold)
        boundaries = ClusterBoundaries(scalars: scalars)
    }

    /// One scalar as the search compares it.
    private static func fold(_ scalar: Unicode.Scalar) -> Character? {
        if scalar.properties.generalCategory == .nonspacingMark { return nil }
        return String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).first
    }

    /// The query folded as the text is, a scalar at a time.
    private static func needle(_ query: String) -> [Character] {
        query.unicodeScalars.compactMap(fold)
    }

    /// The first match at or after `start`, wrapping round to the beginning; `nil` if none.
    func find(_ query: String, from start: Int, backward: Bool = false) -> ScalarRange? {
        let needle = Self.needle(query)
        guard !needle.isEmpty, !folded.isEmpty else { return nil }
        let count = folded.count
        let order = backward
            ? Array(stride(from: start - 1, through: 0, by: -1)) + Array(stride(from: count - 1, through: start, by: -1))
            : Array(start..<count) + Array(0..<min(start, count))
        var again: ScalarRange?
        for origin in order where folded[origin] == needle[0] {
            guard let end = match(needle, at: origin) else { continue }
            let whole = boundaries.widened(ScalarRange(start: origin, end: end))
            // A match inside the character the last one started at is that match again: found
            // only when there is no other (after going round).
            if !backward, origin >= start, whole.start < start {
                again = again ?? whole
                continue
            }
            return whole
        }
        return again
    }

    /// Every match, in text order (for "3 of 7").
    func all(_ query: String) -> [ScalarRange] {
        let needle = Self.needle(query)
        guard !needle.isEmpty else { return [] }
        var found: [ScalarRange] = []
        var origin = 0
        while origin < folded.count {
            if folded[origin] == needle[0], let end = match(needle, at: origin) {
                let whole = boundaries.widened(ScalarRange(start: origin, end: end))
                if found.last != whole { found.append(whole) }
                origin = whole.end
            } else {
                origin += 1
            }
        }
        return found
    }

    /// The end of a match of `needle` starting at `origin`, skipping combining marks.
    private func match(_ needle: [Character], at origin: Int) -> Int? {
        var index = origin
        var matched = 0
        while matched < needle.count {
            guard index < folded.count else { return nil }
            if let character = folded[index] {
                guard character == needle[matched] else { return nil }
                matched += 1
            }
            index += 1
        }
        while index < folded.count, folded[index] == nil { index += 1 }
        return index
    }
}
