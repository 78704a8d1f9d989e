import Foundation
import WerkbankCore

/// Finds words in a source's text without regard to case or diacritics (`clienten` finds
/// `Cliënten`, precomposed or with a combining mark), returning ranges in Unicode scalars.
struct SourceSearch {
    /// The folded text, one entry per scalar of the source: its base letter in lower case, or
    /// nothing for a combining mark.
    private let folded: [Character?]

    init(text: String) {
        folded = text.unicodeScalars.map { scalar in
            if scalar.properties.generalCategory == .nonspacingMark { return nil }
            let base = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return base.first
        }
    }

    /// The first match at or after `start`, wrapping round to the beginning; `nil` if none.
    func find(_ query: String, from start: Int, backward: Bool = false) -> ScalarRange? {
        let needle = Array(query.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        guard !needle.isEmpty, !folded.isEmpty else { return nil }
        let count = folded.count
        let order = backward
            ? Array(stride(from: start - 1, through: 0, by: -1)) + Array(stride(from: count - 1, through: start, by: -1))
            : Array(start..<count) + Array(0..<min(start, count))
        for origin in order where folded[origin] == needle[0] {
            if let end = match(needle, at: origin) { return ScalarRange(start: origin, end: end) }
        }
        return nil
    }

    /// Every match, in text order (for "3 of 7").
    func all(_ query: String) -> [ScalarRange] {
        let needle = Array(query.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        guard !needle.isEmpty else { return [] }
        var found: [ScalarRange] = []
        var origin = 0
        while origin < folded.count {
            if folded[origin] == needle[0], let end = match(needle, at: origin) {
                found.append(ScalarRange(start: origin, end: end))
                origin = end
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
