/// A list of key bindings, looked up in order: when two bind the same key, the first wins.
public struct Keymap<Action: Hashable & Sendable>: Sendable {
    /// The bindings, in order of precedence.
    public var bindings: [KeyBinding<Action>]

    /// Creates a keymap.
    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The action of the first binding with `key`, if any.
    public func action(for key: Key) -> Action? {
        binding(for: key)?.action
    }

    /// The first binding with `key`, if any.
    public func binding(for key: Key) -> KeyBinding<Action>? {
        bindings.first { $0.keys.contains(key) }
    }

    /// The keys that trigger `action`, over all bindings, in order, each once; a key taken by
    /// an earlier binding of another action is left out.
    public func keys(for action: Action) -> [Key] {
        var keys: [Key] = []
        for binding in bindings where binding.action == action {
            for key in binding.keys where !keys.contains(key) && self.action(for: key) == action {
                keys.append(key)
            }
        }
        return keys
    }

    /// Keys bound again to another action after their first binding, with that action
    /// (which the key never triggers): a check for keymap tests.
    public var shadowedBindings: [(key: Key, action: Action)] {
        var shadowed: [(key: Key, action: Action)] = []
        for binding in bindings {
            for key in binding.keys where action(for: key) != binding.action {
                shadowed.append((key, binding.action))
            }
        }
        return shadowed
    }
}
