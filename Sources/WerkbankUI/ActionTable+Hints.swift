import TerminalKit

/// A hint of the hint bar before it is put into words: the keys as shown and the label.
public struct ActionHint: Hashable, Sendable {
    /// The keys, as the user reads them: `1-6`, `↑↓`, `1 2 3 0`, `Enter`.
    public var keys: String
    public var label: Text
}

extension ActionTable {
    /// The hint bar of `screen`, generated from the table: the moves, then the screen's own
    /// bindings, then the global ones, in table order. Bindings that share a label make one
    /// hint. Editing bindings are left out when the project is read-only, undo on screens
    /// where nothing is edited, and Esc where there is nothing to go back to.
    /// While a stretch is being selected in the reader (`selecting`), the hints are the keys
    /// that shape and code it.
    /// While `practising` (decision 61), screens that show others' codings and edits a student
    /// may not make are left out, and `P` (feedback) is hinted.
    public static func hints(for screen: ScreenKind, readOnly: Bool, canGoBack: Bool, selecting: Bool = false,
                             practising: Bool = false) -> [ActionHint] {
        hintBars[HintMode(screen: screen, readOnly: readOnly, canGoBack: canGoBack, selecting: selecting, practising: practising)] ?? []
    }

    /// What a hint bar depends on.
    private struct HintMode: Hashable {
        var screen: ScreenKind, readOnly: Bool, canGoBack: Bool, selecting: Bool, practising: Bool
    }

    /// Every hint bar, worked out once (they are drawn in every frame).
    private static let hintBars: [HintMode: [ActionHint]] = {
        var bars: [HintMode: [ActionHint]] = [:]
        for screen in ScreenKind.allCases {
            for readOnly in [false, true] {
                for canGoBack in [false, true] {
                    for selecting in [false, true] {
                        for practising in [false, true] {
                            bars[HintMode(screen: screen, readOnly: readOnly, canGoBack: canGoBack, selecting: selecting, practising: practising)] =
                                makeHints(for: screen, readOnly: readOnly, canGoBack: canGoBack, selecting: selecting, practising: practising)
                        }
                    }
                }
            }
        }
        return bars
    }()

    private static func makeHints(for screen: ScreenKind, readOnly: Bool, canGoBack: Bool, selecting: Bool,
                                  practising: Bool) -> [ActionHint] {
        let applicable = entries(for: screen).filter { entry in
            guard practising else { return true }
            if let target = entry.action.targetScreen, AppState.hiddenWhilePractising.contains(target) { return false }
            return !entry.action.edits || AppState.practiceEdits.contains(entry.action)
        }
        let editsHere = applicable.contains { !$0.screens.isEmpty && $0.action.edits }
        let shown = applicable.filter { entry in
            guard entry.hint != nil, !(readOnly && entry.action.edits) else { return false }
            if selecting { return selectionActions.contains(entry.action) || entry.action.elementIndex != nil || entry.action == .back }
            if selectionActions.contains(entry.action) { return false }
            if entry.screens.isEmpty && entry.action.edits && !editsHere { return false }
            if entry.screens.isEmpty && entry.action == .back && !canGoBack { return false }
            return true
        }
        let ordered = shown.filter { $0.hint == .hintMove } + shown.filter { $0.hint != .hintMove }
        var labels: [Text] = []
        var keys: [Text: [Key]] = [:]
        for entry in ordered {
            guard let label = entry.hint, let key = entry.keys.first else { continue }
            if keys[label] == nil { labels.append(label) }
            keys[label, default: []].append(key)
        }
        var hints = labels.map { ActionHint(keys: displayName(of: keys[$0] ?? []), label: $0) }
        if practising && !selecting && !screen.isDialog {
            hints.insert(ActionHint(keys: "P", label: .hintFeedback), at: hints.firstIndex { $0.label == .hintCommand } ?? hints.count)
        }
        return hints
    }

    /// The actions that shape a selection: hinted only while selecting.
    static let selectionActions: Set<Action> = [.extendWord, .shrinkWord, .extendSentence, .shrinkSentence, .extendTurn, .shrinkTurn,
                                                 .swapEnds, .pickCode]

    /// Keys of one hint as a user reads them: a run of three or more digits as `1-6` (with any
    /// keys after it: `1-8 f`), arrows side by side (`↑↓`), anything else with spaces between.
    static func displayName(of keys: [Key]) -> String {
        let digits = Array(keys.lazy.map { key -> Int? in
            if case .character(let character) = key { return character.wholeNumberValue } else { return nil }
        }.prefix { $0 != nil }.compactMap { $0 })
        if digits.count >= 3, zip(digits, digits.dropFirst()).allSatisfy({ $1 == $0 + 1 }) {
            return (["\(digits[0])-\(digits[digits.count - 1])"] + keys.dropFirst(digits.count).map(\.displayName)).joined(separator: " ")
        }
        let arrows: [Key] = [.up, .down, .left, .right]
        if keys.allSatisfy(arrows.contains) {
            return keys.sorted { arrows.firstIndex(of: $0)! < arrows.firstIndex(of: $1)! }.map(\.displayName).joined()
        }
        return keys.map(\.displayName).joined(separator: " ")
    }

    /// The keys that go to `screen` from `current`, as the tab bar shows them (`3`), or
    /// `nil` where that key does something else on `current` (in the reader `1`–`6` code).
    public static func screenKey(for screen: ScreenKind, on current: ScreenKind) -> String? {
        screenKeys[current]?[screen]
    }

    private static let screenKeys: [ScreenKind: [ScreenKind: String]] = Dictionary(uniqueKeysWithValues: ScreenKind.allCases.map { current in
        (current, Dictionary(uniqueKeysWithValues: ScreenKind.allCases.compactMap { screen in makeScreenKey(for: screen, on: current).map { (screen, $0) } }))
    })

    private static func makeScreenKey(for screen: ScreenKind, on current: ScreenKind) -> String? {
        guard let entry = entries(for: current).first(where: { $0.action.targetScreen == screen && $0.screens.isEmpty }),
              let key = entry.keys.first else { return nil }
        return key.displayName
    }
}
