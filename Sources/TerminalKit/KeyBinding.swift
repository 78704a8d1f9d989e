/// Keys that trigger an action, with the help text that describes it.
public struct KeyBinding<Action: Hashable & Sendable>: Hashable, Sendable {
    /// The keys, the first being the one hints show.
    public var keys: [Key]
    /// What the keys do.
    public var action: Action
    /// A short description for the help screen.
    public var help: String

    /// Creates a binding.
    public init(_ keys: [Key], _ action: Action, help: String) {
        self.keys = keys
        self.action = action
        self.help = help
    }

    /// The keys as help shows them, such as `j/↓`.
    public var keysDisplayName: String {
        keys.map(\.displayName).joined(separator: "/")
    }
}
