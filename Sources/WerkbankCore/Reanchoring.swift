/// What became of an anchor (a coding, a link to a fragment) when its source's text was corrected.
public enum AnchorStatus: String, Sendable, CaseIterable, Codable {
    /// Same words at the same offsets.
    case unchanged
    /// Same words, other offsets: text before it changed.
    case moved
    /// Its words were edited and it was re-anchored around the edit.
    case changed
    /// Its words were deleted or rewritten beyond recognition (less than half of them are
    /// left); it is kept where they were and marked for a researcher to look at.
    case needsReview = "needs review"
}

/// An anchor's range in the corrected text and what became of it.
public struct ReanchoredRange: Hashable, Sendable {
    public var range: ScalarRange
    public var status: AnchorStatus
    /// The share of the anchor's old scalars that are still there, 0...1.
    public var kept: Double
}

/// Moves ranges of an old text to the same words of a new text (see ``TextDiff``).
///
/// Rules: a range whose scalars the diff left alone moves with them. An edit inside a range
/// stays inside it (the range grows or shrinks with it); a replacement across one of its ends
/// is taken in whole. Text inserted exactly at an end stays outside, unless it continues the
/// word the range starts or ends with (`zorgvrager` → `zorgvragers`). A range of which less than
/// ``reviewThreshold`` of the scalars are left needs review; one whose text is gone keeps the
/// character where the text was, so that no coding is ever dropped. Ends fall on whole characters.
public struct Reanchoring: Sendable {
    public let diff: TextDiff
    let old: [Unicode.Scalar]
    let new: [Unicode.Scalar]
    let clusters: ClusterBoundaries

    /// Below this share of its scalars left, a range needs review.
    public static let reviewThreshold = 0.5

    public init(old: String, new: String) {
        self.init(old: Array(old.unicodeScalars), new: Array(new.unicodeScalars))
    }

    public init(old: [Unicode.Scalar], new: [Unicode.Scalar]) {
        self.old = old
        self.new = new
        diff = TextDiff(old: old, new: new)
        clusters = ClusterBoundaries(scalars: new)
    }

    /// Whether the texts are the same.
    public var isIdentity: Bool { diff.hunks.isEmpty }

    /// The new range of `range` of the old text. A range past the old text's end is clamped to it.
    public func map(_ range: ScalarRange) -> ReanchoredRange {
        let start = min(max(0, range.start), old.count)
        let end = min(max(start, range.end), old.count)
        let length = end - start
        let hunks = diff.hunks
        // An insertion or deletion that could equally sit outside the range (`de ` inserted
        // before `de stage` is the same edit wherever the diff put it) is taken to be outside.
        var outside: Set<Int> = []
        let first = firstHunk(endingAtOrAfter: start)
        let newStart: Int
        if first < hunks.count, hunks[first].old.lowerBound <= end, canLeave(first, before: start) {
            outside.insert(first)
            newStart = start - hunks[first].old.upperBound + hunks[first].new.upperBound
        } else {
            newStart = point(start, isStart: true)
        }
        var last = firstHunk(endingAtOrAfter: end)
        if !(last < hunks.count && hunks[last].old.lowerBound <= end) { last -= 1 }
        var newEnd: Int
        if last >= 0, last < hunks.count, outside.contains(last) {
            newEnd = end - hunks[last].old.upperBound + hunks[last].new.upperBound
        } else if last >= 0, last < hunks.count, hunks[last].old.upperBound >= start, canLeave(last, after: end) {
            outside.insert(last)
            newEnd = end + hunks[last].new.lowerBound - hunks[last].old.lowerBound
        } else {
            newEnd = point(end, isStart: false)
        }
        newEnd = max(newStart, newEnd)
        let mapped = clusters.widened(ScalarRange(start: newStart, end: newEnd))
        if mapped.isEmpty {
            return ReanchoredRange(range: keeper(at: mapped.start), status: length == 0 ? .unchanged : .needsReview, kept: 0)
        }
        if mapped.length == length, new[mapped.start..<mapped.end].elementsEqual(old[start..<end]) {
            return ReanchoredRange(range: mapped, status: mapped == range ? .unchanged : .moved, kept: 1)
        }
        let kept = share(keptOf: start..<end, outside: outside)
        return ReanchoredRange(range: mapped, status: kept < Self.reviewThreshold ? .needsReview : .changed, kept: kept)
    }

    /// How far a pure insertion or deletion could slide left and right and still be the same
    /// edit (its text rotated), without reaching the hunks beside it; (0, 0) for a replacement.
    private func slack(_ index: Int) -> (left: Int, right: Int) {
        let hunks = diff.hunks
        let hunk = hunks[index]
        let (text, stretch, floor, ceiling): ([Unicode.Scalar], Range<Int>, Int, Int)
        if hunk.old.isEmpty {
            (text, stretch) = (new, hunk.new)
            floor = index > 0 ? hunks[index - 1].new.upperBound : 0
            ceiling = index + 1 < hunks.count ? hunks[index + 1].new.lowerBound : new.count
        } else if hunk.new.isEmpty {
            (text, stretch) = (old, hunk.old)
            floor = index > 0 ? hunks[index - 1].old.upperBound : 0
            ceiling = index + 1 < hunks.count ? hunks[index + 1].old.lowerBound : old.count
        } else {
            return (0, 0)
        }
        var left = 0
        while stretch.lowerBound - left - 1 >= floor, text[stretch.lowerBound - left - 1] == text[stretch.upperBound - left - 1] { left += 1 }
        var right = 0
        while stretch.upperBound + right < ceiling, text[stretch.lowerBound + right] == text[stretch.upperBound + right] { right += 1 }
        return (left, right)
    }

    /// Whether hunk `index`, at or after `start`, can slide to lie wholly before it.
    private func canLeave(_ index: Int, before start: Int) -> Bool {
        let hunk = diff.hunks[index]
        let (left, _) = slack(index)
        guard left > 0 else { return false }
        if hunk.new.isEmpty { return hunk.old.upperBound - left <= start }
        guard hunk.old.isEmpty else { return false }
        let at = hunk.old.lowerBound - left
        if at < start { return true }
        guard at == start, hunk.old.lowerBound > start, start < old.count else { return false }
        // Slid to the range's very start: outside unless it continues the range's first word.
        return !(TextDiff.isWordScalar(old[start]) && TextDiff.isWordScalar(new[hunk.new.upperBound - left - 1]))
    }

    /// Whether hunk `index`, at or before `end`, can slide to lie wholly after it.
    private func canLeave(_ index: Int, after end: Int) -> Bool {
        let hunk = diff.hunks[index]
        let (_, right) = slack(index)
        guard right > 0 else { return false }
        if hunk.new.isEmpty { return hunk.old.lowerBound + right >= end }
        guard hunk.old.isEmpty else { return false }
        let at = hunk.old.lowerBound + right
        if at > end { return true }
        guard at == end, hunk.old.lowerBound < end, end > 0 else { return false }
        return !(TextDiff.isWordScalar(old[end - 1]) && TextDiff.isWordScalar(new[hunk.new.lowerBound + right]))
    }

    /// The share of the words' scalars of `range` (all its scalars when it has no word) that
    /// no hunk touches: spaces and punctuation that happen to survive a rewrite do not count.
    private func share(keptOf range: Range<Int>, outside: Set<Int>) -> Double {
        func count(_ part: Range<Int>, words: Bool) -> Int {
            words ? part.reduce(0) { $0 + (TextDiff.isWordScalar(old[$1]) ? 1 : 0) } : part.count
        }
        let words = count(range, words: true) > 0
        let total = count(range, words: words)
        guard total > 0 else { return 1 }
        var removed = 0
        var index = firstHunk(endingAtOrAfter: range.lowerBound + 1)
        while index < diff.hunks.count, diff.hunks[index].old.lowerBound < range.upperBound {
            defer { index += 1 }
            guard !outside.contains(index) else { continue }
            let hunk = diff.hunks[index].old
            let overlap = max(hunk.lowerBound, range.lowerBound)..<max(max(hunk.lowerBound, range.lowerBound), min(hunk.upperBound, range.upperBound))
            removed += count(overlap, words: words)
        }
        return Double(total - removed) / Double(total)
    }

    /// Where an offset of the old text lands; `isStart` says which end of a range it is.
    public func point(_ offset: Int, isStart: Bool) -> Int {
        let index = firstHunk(endingAtOrAfter: offset)
        guard index < diff.hunks.count, diff.hunks[index].old.lowerBound <= offset else {
            guard index > 0 else { return offset }
            let before = diff.hunks[index - 1]
            return offset - before.old.upperBound + before.new.upperBound
        }
        let hunk = diff.hunks[index]
        if hunk.old.isEmpty {
            // Inserted exactly here: inside the range only when it continues the range's word.
            let inserted = hunk.new
            if isStart {
                let joins = offset < old.count && TextDiff.isWordScalar(old[offset]) && TextDiff.isWordScalar(new[inserted.upperBound - 1])
                return joins ? inserted.lowerBound : inserted.upperBound
            }
            let joins = offset > 0 && TextDiff.isWordScalar(old[offset - 1]) && TextDiff.isWordScalar(new[inserted.lowerBound])
            return joins ? inserted.upperBound : inserted.lowerBound
        }
        if offset == hunk.old.lowerBound { return hunk.new.lowerBound }
        if offset == hunk.old.upperBound { return hunk.new.upperBound }
        return isStart ? hunk.new.lowerBound : hunk.new.upperBound
    }

    /// The index of the first hunk whose old stretch ends at or after `offset` (binary search).
    private func firstHunk(endingAtOrAfter offset: Int) -> Int {
        var low = 0, high = diff.hunks.count
        while low < high {
            let middle = (low + high) / 2
            if diff.hunks[middle].old.upperBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The one character kept for a range whose text is gone: the one at `offset`, or the last
    /// one when it is the end of the text; empty only for an empty text.
    private func keeper(at offset: Int) -> ScalarRange {
        guard !new.isEmpty else { return ScalarRange(start: 0, end: 0) }
        if offset < new.count { return ScalarRange(start: offset, end: clusters.end(atOrAfter: offset + 1)) }
        return ScalarRange(start: clusters.start(atOrBefore: new.count - 1), end: new.count)
    }

    /// The new text of a range.
    public func newText(_ range: ScalarRange) -> String {
        String(String.UnicodeScalarView(new[max(0, range.start)..<min(new.count, range.end)]))
    }

    /// The old text of a range.
    public func oldText(_ range: ScalarRange) -> String {
        String(String.UnicodeScalarView(old[max(0, range.start)..<min(old.count, range.end)]))
    }
}
