import Foundation

/// How the terminal lays out emoji sequences, which terminals disagree about: newer ones
/// draw 👍🏽 and 👨‍👩‍👧 in two columns, tmux 3.3 draws 👍🏽 as 👍 and 🏽 side by side (four
/// columns) but joins 👨‍👩‍👧, xterm joins neither. The screen buffer must count the
/// columns the terminal will use, or every border after such a character shifts; the curses
/// backend measures the terminal at start-up and sets ``DisplayWidth/terminalEmojiLayout``.
///
/// A cluster is laid out as *parts*: a scalar that takes columns of its own starts a part,
/// marks, joiners and joined emoji ride on it. A regional indicator is always a part of one
/// column, so a flag takes two columns whether the terminal joins the pair or not.
public struct EmojiLayout: Hashable, Sendable {
    /// A skin-tone modifier joins the emoji before it: 👍🏽 takes 2 columns, not 4.
    public var joinsModifiers: Bool
    /// An emoji after a zero-width joiner joins the one before: 👨‍👩‍👧 takes 2 columns, not 6.
    public var joinsSequences: Bool

    public init(joinsModifiers: Bool, joinsSequences: Bool) {
        self.joinsModifiers = joinsModifiers
        self.joinsSequences = joinsSequences
    }

    /// Every emoji sequence is one character of two columns (Unicode's emoji rules).
    public static let joined = EmojiLayout(joinsModifiers: true, joinsSequences: true)

    /// The layout told by the widths a terminal gave 👍🏽 and 👨‍👩‍👧 (see ``probes``).
    public init(modifierSequenceWidth: Int, joinerSequenceWidth: Int) {
        self.init(joinsModifiers: modifierSequenceWidth <= 2, joinsSequences: joinerSequenceWidth <= 2)
    }

    /// What the terminal is asked to draw, in this order, to find its layout.
    public static let probes = ["\u{1F44D}\u{1F3FD}", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"]

    /// The parts of a character (the scalars of one grapheme cluster), in order, each a base
    /// scalar and what rides on it.
    public func parts(of scalars: String.UnicodeScalarView) -> [[Unicode.Scalar]] {
        var parts: [[Unicode.Scalar]] = []
        var afterJoiner = false
        for scalar in scalars {
            if let last = parts.indices.last, !startsPart(scalar, afterJoiner: afterJoiner) {
                parts[last].append(scalar)
            } else {
                parts.append([scalar])
            }
            afterJoiner = scalar == Self.joiner
        }
        return parts
    }

    /// Columns of a character of several scalars: the sum of its parts.
    func width(of scalars: Character.UnicodeScalarView) -> Int {
        var total = 0
        var part: (base: Unicode.Scalar, hasSelector: Bool)?
        var afterJoiner = false
        for scalar in scalars {
            if let current = part {
                if startsPart(scalar, afterJoiner: afterJoiner) {
                    total += Self.width(ofPart: current.base, hasSelector: current.hasSelector)
                    part = (scalar, false)
                } else if scalar == Self.presentationSelector {
                    part = (current.base, true)
                }
            } else {
                part = (scalar, false)
            }
            afterJoiner = scalar == Self.joiner
        }
        if let current = part { total += Self.width(ofPart: current.base, hasSelector: current.hasSelector) }
        // A run of modifiers is one grapheme cluster however long; the row has its limits.
        return min(total, Self.widest)
    }

    /// Columns of one part (of ``parts(of:)``), as the screen buffer gives it.
    public static func width(ofPart part: [Unicode.Scalar]) -> Int {
        guard let base = part.first else { return 0 }
        return width(ofPart: base, hasSelector: part.contains(presentationSelector))
    }

    /// Columns of one part: its base's; an emoji asked for in emoji style (U+FE0F) takes 2.
    static func width(ofPart base: Unicode.Scalar, hasSelector: Bool) -> Int {
        let width = DisplayWidth.of(base)
        return width == 1 && hasSelector && base.properties.isEmoji && !isRegionalIndicator(base) ? 2 : width
    }

    /// Whether `scalar`, inside a cluster, takes columns of its own. Only emoji do; other
    /// scalars ride on the base, as they always did (the base decides a cluster's width).
    private func startsPart(_ scalar: Unicode.Scalar, afterJoiner: Bool) -> Bool {
        guard scalar.value >= 0x80, DisplayWidth.of(scalar) > 0, scalar.properties.isEmoji else { return false }
        if Self.isRegionalIndicator(scalar) { return true }
        if afterJoiner { return !joinsSequences }
        if scalar.properties.isEmojiModifier { return !joinsModifiers }
        return false
    }

    /// The columns in the cursor position reports (`ESC [ row ; column R`) found in `bytes`,
    /// in order: what the terminal answers after drawing each of the ``probes``.
    public static func reportedColumns(in bytes: [UInt8]) -> [Int] {
        var columns: [Int] = []
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x1B, bytes[index + 1] == UInt8(ascii: "[") else { continue }
            var numbers = [0]
            var end = index + 2
            while end < bytes.count {
                let byte = bytes[end]
                if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    numbers[numbers.count - 1] = min(numbers[numbers.count - 1] * 10 + Int(byte - UInt8(ascii: "0")), 100_000)
                } else if byte == UInt8(ascii: ";") {
                    numbers.append(0)
                } else {
                    break
                }
                end += 1
            }
            if end < bytes.count, bytes[end] == UInt8(ascii: "R"), numbers.count == 2 {
                columns.append(numbers[1])
                index = end
            }
        }
        return columns
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static let joiner: Unicode.Scalar = "\u{200D}"
    static let presentationSelector: Unicode.Scalar = "\u{FE0F}"
    /// The most columns one cluster is given.
    static let widest = 8
}

extension DisplayWidth {
    /// The layout widths are counted in: a task's override (tests), else the terminal's.
    public static var emojiLayout: EmojiLayout { emojiLayoutOverride ?? terminalLayout.value }

    /// A layout for one task and its children, whatever the terminal's (tests of layouts).
    @TaskLocal public static var emojiLayoutOverride: EmojiLayout?

    /// The terminal's layout, for the whole process: set once at start-up, before drawing.
    public static var terminalEmojiLayout: EmojiLayout {
        get { terminalLayout.value }
        set { terminalLayout.value = newValue }
    }

    private static let terminalLayout = LockedLayout()
}

/// The process-wide layout behind a lock: set by the backend's thread, read by any.
private final class LockedLayout: @unchecked Sendable {
    private let lock = NSLock()
    private var layout = EmojiLayout.joined

    var value: EmojiLayout {
        get { lock.withLock { layout } }
        set { lock.withLock { layout = newValue } }
    }
}
