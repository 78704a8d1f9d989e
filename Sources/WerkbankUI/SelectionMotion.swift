import WerkbankCore

/// How far a visual selection's moving end goes with one key.
public enum SelectionStep: Hashable, Sendable {
    case word, sentence, turn
}

/// Finds word, sentence and turn boundaries in a source's text, in Unicode scalars.
struct SelectionMotion {
    let scalars: [Unicode.Scalar]
    let units: [ScalarRange]

    init(text: String, units: [ScalarRange]) {
        scalars = Array(text.unicodeScalars)
        self.units = units
    }

    /// The next boundary after `position`, or the text's end.
    func forward(from position: Int, by step: SelectionStep) -> Int {
        var index = min(max(0, position), scalars.count)
        switch step {
        case .word:
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            while index < scalars.count, !scalars[index].properties.isWhitespace { index += 1 }
        case .sentence:
            index += 1
            while index < scalars.count, !(Self.endsSentence(scalars[index - 1]) && scalars[index].properties.isWhitespace) {
                index += 1
            }
            index = min(index, scalars.count)
        case .turn:
            index = units.first { $0.end > position }?.end ?? scalars.count
        }
        return index
    }

    /// The previous boundary before `position`, or the text's start.
    func backward(from position: Int, by step: SelectionStep) -> Int {
        var index = min(max(0, position), scalars.count)
        switch step {
        case .word:
            while index > 0, scalars[index - 1].properties.isWhitespace { index -= 1 }
            while index > 0, !scalars[index - 1].properties.isWhitespace { index -= 1 }
            // Land at the end of the previous word, so that a selection end shrinks word by word.
            while index > 0, scalars[index - 1].properties.isWhitespace { index -= 1 }
        case .sentence:
            index -= 1
            while index > 0, !(Self.endsSentence(scalars[index - 1]) && scalars[index].properties.isWhitespace) { index -= 1 }
            index = max(0, index)
        case .turn:
            index = units.last { $0.start < position }?.start ?? 0
        }
        return index
    }

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
