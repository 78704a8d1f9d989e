/// The differences between an old and a new text, as stretches of the old text replaced by
/// stretches of the new one, in Unicode scalars (the unit of every offset).
///
/// Worked out in three rounds, each only inside what the one before found changed: lines, then
/// words (runs of letters and digits, runs of white space, single other characters), then single
/// scalars inside a replacement of a few words (so that a typo fixed inside a word is an edit
/// of a letter, not of the word). A common start and end are taken off first in every round.
/// A round that would need more than its limit of edits treats its stretch as replaced whole
/// (lines fall back to words first), so a rewrite costs bounded time.
public struct TextDiff: Sendable, Equatable {
    /// A stretch of the old text (`old`, possibly empty: an insertion) replaced by a stretch of
    /// the new text (`new`, possibly empty: a deletion).
    public struct Hunk: Hashable, Sendable, CustomStringConvertible {
        public var old: Range<Int>
        public var new: Range<Int>

        public init(old: Range<Int>, new: Range<Int>) {
            self.old = old
            self.new = new
        }

        public var description: String { "\(old.lowerBound)..\(old.upperBound)→\(new.lowerBound)..\(new.upperBound)" }
    }

    /// In order; no two touch (touching ones are joined).
    public let hunks: [Hunk]
    public let oldCount: Int
    public let newCount: Int

    public init(old: String, new: String) {
        self.init(old: Array(old.unicodeScalars), new: Array(new.unicodeScalars))
    }

    public init(old: [Unicode.Scalar], new: [Unicode.Scalar]) {
        var builder = Builder(old: old, new: new)
        builder.refine(0..<old.count, 0..<new.count, level: .line)
        hunks = Self.joined(builder.hunks)
        oldCount = old.count
        newCount = new.count
    }

    /// Edits allowed per round before its stretch counts as replaced whole.
    static let lineLimit = 2_000
    static let wordLimit = 1_000
    static let scalarLimit = 200
    /// Word replacements at most this many words (or spaces, or signs) long on either side are
    /// compared scalar by scalar.
    static let refinedWords = 3

    private static func joined(_ hunks: [Hunk]) -> [Hunk] {
        var result: [Hunk] = []
        for hunk in hunks where !(hunk.old.isEmpty && hunk.new.isEmpty) {
            if let last = result.last, last.old.upperBound == hunk.old.lowerBound, last.new.upperBound == hunk.new.lowerBound {
                result[result.count - 1] = Hunk(old: last.old.lowerBound..<hunk.old.upperBound, new: last.new.lowerBound..<hunk.new.upperBound)
            } else {
                result.append(hunk)
            }
        }
        return result
    }

    private enum Level { case line, word, scalar }

    private struct Builder {
        let old: [Unicode.Scalar]
        let new: [Unicode.Scalar]
        var hunks: [Hunk] = []

        mutating func refine(_ oldRange: Range<Int>, _ newRange: Range<Int>, level: Level) {
            var (o, n) = (oldRange, newRange)
            while !o.isEmpty, !n.isEmpty, old[o.lowerBound] == new[n.lowerBound] {
                o = o.lowerBound + 1..<o.upperBound
                n = n.lowerBound + 1..<n.upperBound
            }
            while !o.isEmpty, !n.isEmpty, old[o.upperBound - 1] == new[n.upperBound - 1] {
                o = o.lowerBound..<o.upperBound - 1
                n = n.lowerBound..<n.upperBound - 1
            }
            guard !o.isEmpty, !n.isEmpty else {
                if !o.isEmpty || !n.isEmpty { hunks.append(Hunk(old: o, new: n)) }
                return
            }
            switch level {
            case .scalar:
                let a = old[o].map { Int32(bitPattern: $0.value) }
                let b = new[n].map { Int32(bitPattern: $0.value) }
                guard let local = MyersDiff.hunks(a, b, limit: TextDiff.scalarLimit) else {
                    hunks.append(Hunk(old: o, new: n))
                    return
                }
                for hunk in local {
                    hunks.append(Hunk(old: o.lowerBound + hunk.old.lowerBound..<o.lowerBound + hunk.old.upperBound,
                                      new: n.lowerBound + hunk.new.lowerBound..<n.lowerBound + hunk.new.upperBound))
                }
            case .line, .word:
                let oldTokens = level == .line ? Self.lines(old, o) : Self.words(old, o)
                let newTokens = level == .line ? Self.lines(new, n) : Self.words(new, n)
                var numbers: [ArraySlice<Unicode.Scalar>: Int32] = [:]
                func number(_ text: ArraySlice<Unicode.Scalar>) -> Int32 {
                    if let known = numbers[text] { return known }
                    let next = Int32(numbers.count)
                    numbers[text] = next
                    return next
                }
                let a = oldTokens.map { number(old[$0]) }
                let b = newTokens.map { number(new[$0]) }
                guard let local = MyersDiff.hunks(a, b, limit: level == .line ? TextDiff.lineLimit : TextDiff.wordLimit) else {
                    if level == .line { refine(o, n, level: .word) } else { hunks.append(Hunk(old: o, new: n)) }
                    return
                }
                for hunk in local {
                    let oldStretch = Self.span(of: hunk.old, in: oldTokens, at: o.lowerBound)
                    let newStretch = Self.span(of: hunk.new, in: newTokens, at: n.lowerBound)
                    if level == .line {
                        refine(oldStretch, newStretch, level: .word)
                    } else if hunk.old.count <= TextDiff.refinedWords, hunk.new.count <= TextDiff.refinedWords {
                        refine(oldStretch, newStretch, level: .scalar)
                    } else {
                        hunks.append(Hunk(old: oldStretch, new: newStretch))
                    }
                }
            }
        }

        /// The scalars of tokens `tokens` (indices into `all`); an empty run sits before token
        /// `tokens.lowerBound` (or at `end` past the last).
        private static func span(of tokens: Range<Int>, in all: [Range<Int>], at end: Int) -> Range<Int> {
            if tokens.isEmpty {
                let at = tokens.lowerBound < all.count ? all[tokens.lowerBound].lowerBound : (all.last?.upperBound ?? end)
                return at..<at
            }
            return all[tokens.lowerBound].lowerBound..<all[tokens.upperBound - 1].upperBound
        }

        /// Lines with their line feed.
        private static func lines(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var start = range.lowerBound
            for index in range where text[index] == "\n" {
                result.append(start..<index + 1)
                start = index + 1
            }
            if start < range.upperBound { result.append(start..<range.upperBound) }
            return result
        }

        /// Runs of word scalars, runs of white space, and each other scalar on its own.
        private static func words(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var index = range.lowerBound
            while index < range.upperBound {
                let kind = TextDiff.kind(of: text[index])
                var end = index + 1
                if kind != .other {
                    while end < range.upperBound, TextDiff.kind(of: text[end]) == kind { end += 1 }
                }
                result.append(index..<end)
                index = end
            }
            return result
        }
    }

    enum ScalarKind { case word, space, other }

    static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
        if scalar.isASCII {
            let value = scalar.value
            if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { return .word }
            return value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D ? .space : .other
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark || properties.generalCategory == .enclosingMark { return .word }
        return properties.isWhitespace ? .space : .other
    }

    /// Whether a scalar belongs to a word (a letter, a digit or a mark on one).
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { kind(of: scalar) == .word }
}
