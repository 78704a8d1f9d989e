/// A key and what it does, as shown at the bottom of the screen: `q quit`.
public struct KeyHint: Hashable, Sendable {
    /// The key as the user reads it (`"Enter"`, `"↑↓"`, `"q"`); see ``Key/displayName``.
    public var key: String
    /// What the key does.
    public var label: String

    /// Creates a hint.
    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }

    /// Columns the hint takes: the key, a space, the label.
    public var width: Int { DisplayWidth.of(key) + 1 + DisplayWidth.of(label) }
}
