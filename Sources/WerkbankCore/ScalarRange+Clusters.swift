/// Where grapheme clusters (what a reader sees as one character: `é` with a combining accent,
/// 👍🏽, 👨‍👩‍👧, 🇳🇱) begin, in scalar offsets, so that no coding stores half of one.
///
/// Only the neighbourhood of an offset is looked at: a cluster never continues across an ASCII
/// character other than a line feed after a carriage return, so the text between the ASCII
/// characters around the offset decides. (A Prepend character before an ASCII one is the only
/// exception Unicode has; no transcript has one.)
public struct ClusterBoundaries: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    public init(text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// Whether a cluster begins (or the text ends) at `offset`.
    public func isBoundary(_ offset: Int) -> Bool {
        around(offset).lower == offset
    }

    /// The start of the cluster that `offset` falls in (itself when it is a boundary).
    public func start(atOrBefore offset: Int) -> Int { around(offset).lower }

    /// The end of the cluster that `offset` falls in (itself when it is a boundary).
    public func end(atOrAfter offset: Int) -> Int { around(offset).upper }

    /// The smallest range of whole clusters that covers `range`.
    public func widened(_ range: ScalarRange) -> ScalarRange {
        let start = start(atOrBefore: range.start)
        return ScalarRange(start: start, end: max(start, end(atOrAfter: range.end)))
    }

    /// The boundaries at or around `offset`: both are `offset` when it is one.
    private func around(_ offset: Int) -> (lower: Int, upper: Int) {
        let count = scalars.count
        guard offset > 0, offset < count else { return (min(max(0, offset), count), min(max(0, offset), count)) }
        var low = offset
        while low > 0, !startsSafely(at: low) { low -= 1 }
        var high = offset + 1
        while high < count, !startsSafely(at: high) { high += 1 }
        var position = low
        let window = String(String.UnicodeScalarView(scalars[low..<high]))
        for character in window {
            let next = position + character.unicodeScalars.count
            if position == offset { return (offset, offset) }
            if next > offset { return (position, next) }
            position = next
        }
        return (offset, offset)
    }

    /// Whether a cluster surely begins at `index`: at an ASCII character, except a line feed
    /// after a carriage return.
    private func startsSafely(at index: Int) -> Bool {
        let value = scalars[index].value
        guard value < 0x80 else { return false }
        return !(value == 0x0A && index > 0 && scalars[index - 1].value == 0x0D)
    }
}

extension String {
    /// `range` widened to whole grapheme clusters of this text (see ``ClusterBoundaries``).
    public func clusterAligned(_ range: ScalarRange) -> ScalarRange {
        ClusterBoundaries(text: self).widened(range)
    }
}
