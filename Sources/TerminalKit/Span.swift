/// A run of text in one style: the unit a ``Line`` is made of.
public struct Span: Hashable, Sendable {
    /// The text; it should not contain newlines.
    public var text: String
    /// How the text looks.
    public var style: Style

    /// Creates a span of `text` in `style`.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Columns the text takes on a terminal.
    public var width: Int { DisplayWidth.of(text) }
}
