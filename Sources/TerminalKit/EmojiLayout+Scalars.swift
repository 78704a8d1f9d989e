extension EmojiLayout {
    /// Counts columns a scalar at a time, for code that walks a text's scalars rather than its
    /// characters (the reader's layout, which keeps scalar offsets): over a whole cluster the
    /// scalars add up to what ``DisplayWidth/of(_:)-(Character)`` gives it, so the columns of
    /// a highlight match the columns the screen buffer draws.
    public struct ScalarColumns: Sendable {
        public let layout: EmojiLayout
        /// The scalar that started the current part, and whether an emoji-style selector has
        /// widened it already.
        private var base: Unicode.Scalar?
        private var widened = false
        private var afterJoiner = false

        public init(layout: EmojiLayout = DisplayWidth.emojiLayout) {
            self.layout = layout
        }

        /// The columns `scalar` adds after the scalars counted so far.
        public mutating func columns(of scalar: Unicode.Scalar) -> Int {
            defer { afterJoiner = scalar == EmojiLayout.joiner }
            if scalar.value < 0x80 {
                base = scalar
                widened = false
                return scalar.value < 0x20 || scalar.value == 0x7F ? 0 : 1
            }
            let width = DisplayWidth.of(scalar)
            if width == 0 {
                guard scalar == EmojiLayout.presentationSelector, let base, !widened,
                      EmojiLayout.width(ofPart: base, hasSelector: true) > DisplayWidth.of(base) else { return 0 }
                widened = true
                return 1
            }
            if let base, scalar.properties.isEmoji, !EmojiLayout.isRegionalIndicator(scalar) {
                if afterJoiner, base.properties.isEmoji, base.value >= 0x80, layout.joinsSequences { return 0 }
                if !afterJoiner, scalar.properties.isEmojiModifier, layout.joinsModifiers { return 0 }
            }
            base = scalar
            widened = false
            return width
        }
    }
}
