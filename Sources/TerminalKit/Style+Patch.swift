extension Style {
    /// This style with `other` laid over it: `other`'s colours where they are not
    /// ``Color/default``, and the attributes of both.
    ///
    /// Widgets use it to draw a span in their own style: a span in ``Style/plain`` then looks
    /// like the widget, and a span with a foreground keeps it on the widget's background.
    public func patched(with other: Style) -> Style {
        Style(foreground: other.foreground == .default ? foreground : other.foreground,
              background: other.background == .default ? background : other.background,
              attributes: attributes.union(other.attributes))
    }
}
