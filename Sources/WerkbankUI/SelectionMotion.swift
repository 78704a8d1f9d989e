import WerkbankCore

/// How far a visual selection's moving end goes with one key.
public enum SelectionStep: Hashable, Sendable {
    case word, sentence, turn
}

/// Finds word, sentence and turn boundaries in a source's text, in Unicode scalars.
///
/// Text outside the units (speaker labels, blank lines between turns) counts as a gap, like
/// white space: a selection never starts or ends on either, and a word or sentence never runs
/// from one turn into the next. Every range it gives is widened to whole characters (grapheme
/// clusters), so 👍🏽 is never cut from its skin tone.
struct SelectionMotion {
    let scalars: [Unicode.Scalar]
    let units: [ScalarRange]

    init(text: String, units: [ScalarRange]) {
        scalars = Array(text.unicodeScalars)
        self.units = units.sorted()
    }

    /// Moves the head of `selection` by one `step`. Which boundary it goes to depends on the
    /// end the head is: the end of the range stops after a word or sentence, the start before
    /// one. The result never starts or ends in a gap.
    func move(_ selection: VisualSelection, forward: Bool, by step: SelectionStep) -> VisualSelection {
        let headIsEnd = selection.head > selection.anchor || (selection.head == selection.anchor && forward)
        var moved = selection
        moved.head = headIsEnd ? endBoundary(from: selection.head, forward: forward, by: step)
            : startBoundary(from: selection.head, forward: forward, by: step)
        return trimmed(moved)
    }

    /// The next (or previous) place where a word, sentence or turn ends.
    func endBoundary(from position: Int, forward: Bool, by step: SelectionStep) -> Int {
        var index = clamp(position)
        switch (step, forward) {
        case (.word, true):
            while index < scalars.count, isGap(index) { index += 1 }
            while index < scalars.count, !isGap(index) { index += 1 }
        case (.word, false):
            while index > 0, isGap(index - 1) { index -= 1 }
            while index > 0, !isGap(index - 1) { index -= 1 }
            // Land at the end of the previous word, so that a selection end shrinks word by word.
            while index > 0, isGap(index - 1) { index -= 1 }
        case (.sentence, true):
            index += 1
            while index < scalars.count, !endsSentence(at: index) { index += 1 }
        case (.sentence, false):
            index -= 1
            while index > 0, !endsSentence(at: index) { index -= 1 }
        case (.turn, true):
            index = units.first { $0.end > position }?.end ?? scalars.count
        case (.turn, false):
            index = units.last { $0.end < position }?.end ?? 0
        }
        return clamp(index)
    }

    /// The next (or previous) place where a word, sentence or turn starts.
    func startBoundary(from position: Int, forward: Bool, by step: SelectionStep) -> Int {
        var index = clamp(position)
        switch (step, forward) {
        case (.word, true):
            while index < scalars.count, !isGap(index) { index += 1 }
            while index < scalars.count, isGap(index) { index += 1 }
        case (.word, false):
            while index > 0, isGap(index - 1) { index -= 1 }
            while index > 0, !isGap(index - 1) { index -= 1 }
        case (.sentence, true):
            index = endBoundary(from: index, forward: true, by: .sentence)
            while index < scalars.count, isGap(index) { index += 1 }
        case (.sentence, false):
            while index > 0, isGap(index - 1) { index -= 1 }
            index -= 1
            while index > 0, !endsSentence(at: index) { index -= 1 }
            index = max(0, index)
            while index < scalars.count, isGap(index) { index += 1 }
        case (.turn, true):
            index = units.first { $0.start > position }?.start ?? scalars.count
        case (.turn, false):
            index = units.last { $0.start < position }?.start ?? 0
        }
        return clamp(index)
    }

    /// `selection` with gaps cut from both ends and widened to whole characters; the anchor
    /// and head keep their roles.
    func trimmed(_ selection: VisualSelection) -> VisualSelection {
        var low = max(0, min(selection.anchor, selection.head))
        var high = clamp(max(selection.anchor, selection.head))
        while low < high, isGap(low) { low += 1 }
        while high > low, isGap(high - 1) { high -= 1 }
        let whole = ClusterBoundaries(scalars: scalars).widened(ScalarRange(start: min(low, high), end: high))
        return selection.anchor <= selection.head
            ? VisualSelection(anchor: whole.start, head: whole.end)
            : VisualSelection(anchor: whole.end, head: whole.start)
    }

    /// The new end of a coding grown (or shrunk) by a word: never past the end of the turn it
    /// ends in, never before its start. `nil` when it cannot move.
    func codingEnd(of range: ScalarRange, growing: Bool) -> Int? {
        let end: Int
        if growing {
            end = endBoundary(from: range.end, forward: true, by: .word)
            let unit = units.last { $0.start < range.end }
            if let unit, range.end <= unit.end, end > unit.end { return nil }
        } else {
            end = endBoundary(from: range.end, forward: false, by: .word)
        }
        let whole = ClusterBoundaries(scalars: scalars).end(atOrAfter: end)
        return whole > range.start && whole != range.end ? whole : nil
    }

    /// Whether `index` is white space or outside every unit (a speaker label, the lines
    /// between turns).
    func isGap(_ index: Int) -> Bool {
        scalars[index].properties.isWhitespace || !isInUnit(index)
    }

    private func isInUnit(_ index: Int) -> Bool {
        guard !units.isEmpty else { return true }
        // The last unit starting at or before `index`.
        var low = 0, high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].start <= index { low = middle + 1 } else { high = middle }
        }
        return low > 0 && index < units[low - 1].end
    }

    /// Whether a sentence ends just before `index`: after `.`, `!`, `?` or `…` followed by a
    /// gap, and at the end of a unit.
    private func endsSentence(at index: Int) -> Bool {
        guard index > 0, index <= scalars.count, !isGap(index - 1) else { return false }
        guard index < scalars.count else { return true }
        return isGap(index) && (Self.endsSentence(scalars[index - 1]) || !isInUnit(index))
    }

    private func clamp(_ index: Int) -> Int { min(max(0, index), scalars.count) }

    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }
}

/// A visual selection: a fixed anchor and an end that keys move.
public struct VisualSelection: Hashable, Sendable {
    public var anchor: Int
    public var head: Int

    public var range: ScalarRange { ScalarRange(start: min(anchor, head), end: max(anchor, head)) }
}
