import Testing
@testable import TerminalKit

@Suite struct KeymapTests {
    enum Action: Hashable, Sendable { case down, up, quit, open, refresh }

    let keymap = Keymap<Action>([
        KeyBinding([.character("j"), .down], .down, help: "Next item"),
        KeyBinding([.character("k"), .up], .up, help: "Previous item"),
        KeyBinding([.character("q")], .quit, help: "Back or quit"),
        KeyBinding([.enter, .character("j")], .open, help: "Open"),
        KeyBinding([.control("r")], .refresh, help: "Reload"),
    ])

    @Test func firstBindingWins() {
        #expect(keymap.action(for: .character("j")) == .down)
        #expect(keymap.action(for: .down) == .down)
        #expect(keymap.action(for: .enter) == .open)
        #expect(keymap.action(for: .control("r")) == .refresh)
        #expect(keymap.action(for: .character("x")) == nil)
        #expect(keymap.binding(for: .up)?.help == "Previous item")
    }

    @Test func keysOfAnActionLeaveOutShadowedOnes() {
        #expect(keymap.keys(for: .open) == [.enter])
        #expect(keymap.keys(for: .down) == [.character("j"), .down])
        #expect(keymap.shadowedBindings.map(\.key) == [.character("j")])
        #expect(keymap.shadowedBindings.map(\.action) == [.open])
        #expect(keymap.bindings[0].keysDisplayName == "j/↓")
    }

    @Test func displayNames() {
        let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
                           .backspace, .delete, .insert, .control("r"), .function(1), .function(12),
                           .character("q"), .character("?"), .character(" "), .character("ë")]
        #expect(keys.map(\.displayName) == ["↑", "↓", "←", "→", "PgUp", "PgDn", "Home", "End", "Enter", "Esc", "Tab", "S-Tab",
                                            "Bksp", "Del", "Ins", "Ctrl-R", "F1", "F12", "q", "?", "Space", "ë"])
    }
}
