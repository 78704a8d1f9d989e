/// A stretch of a source's text in Unicode scalars, end exclusive.
///
/// Offsets never count grapheme clusters or UTF-8 bytes: a scalar count is what REFI-QDA's
/// code-point tools use and stays stable whatever the terminal makes of combining marks.
public struct ScalarRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    /// A range from `start` up to, not including, `end`; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "ScalarRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether the two ranges share at least one scalar.
    public func overlaps(_ other: ScalarRange) -> Bool {
        start < other.end && other.start < end
    }

    /// Whether `other` lies wholly inside this range.
    public func contains(_ other: ScalarRange) -> Bool {
        start <= other.start && other.end <= end
    }

    public static func < (lhs: ScalarRange, rhs: ScalarRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// `start..end`, the form the command line takes.
    public var description: String { "\(start)..\(end)" }
}

extension String {
    /// The number of Unicode scalars in the string: the unit of every offset.
    public var scalarCount: Int { unicodeScalars.count }

    /// The text of a scalar range, or `nil` when the range runs past the end.
    public func scalars(in range: ScalarRange) -> String? {
        let scalars = unicodeScalars
        guard range.start >= 0,
              let lower = scalars.index(scalars.startIndex, offsetBy: range.start, limitedBy: scalars.endIndex),
              let upper = scalars.index(lower, offsetBy: range.length, limitedBy: scalars.endIndex)
        else { return nil }
        return String(scalars[lower..<upper])
    }

    /// Every scalar range at which `needle` occurs, in order.
    public func scalarRanges(of needle: String) -> [ScalarRange] {
        let haystack = Array(unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
        var found: [ScalarRange] = []
        for start in 0...(haystack.count - pattern.count)
        where haystack[start] == pattern[0] && haystack[start..<start + pattern.count].elementsEqual(pattern) {
            found.append(ScalarRange(start: start, end: start + pattern.count))
        }
        return found
    }
}
