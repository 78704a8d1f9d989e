/// How a theme scope looks, as its file says: colours may be left to the parent scope.
public struct StyleSpec: Hashable, Sendable {
    /// The text colour, or `nil` to take the nearest ancestor's.
    public var foreground: Color?
    /// The background, or `nil` to take the nearest ancestor's.
    public var background: Color?
    /// The attributes; these are never taken from an ancestor.
    public var attributes: TextAttributes

    /// Creates a spec.
    public init(foreground: Color? = nil, background: Color? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
