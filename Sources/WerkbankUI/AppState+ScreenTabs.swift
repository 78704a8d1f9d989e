import TerminalKit

extension AppState {
    /// The screens with a tab on top: every screen a key goes to.
    static let tabScreens: [ScreenKind] = [.cases, .studyCase, .respondents, .model, .help, .matrix, .disagreements, .analysis,
                                           .fragments, .synthesis]

    /// The tab bar: each tab shows the key that goes there from here, none where that key does
    /// something else on this screen (in the reader the digits code). Where the titles do not
    /// fit (80 columns), long ones are shortened and the separators narrowed; where those do
    /// not fit either (50 columns), the other tabs show only their keys.
    var screenTabs: (screens: [ScreenKind], widget: Tabs) {
        // The Memos screen has a tab while it is shown: the bar of 80 columns is full (decision 50).
        // So have the practice screens (decision 61); a student practising sees no tab of a
        // screen that shows others' codings.
        var screens = [.memos, .feedback, .practiceClass].contains(screen) ? Self.tabScreens + [screen] : Self.tabScreens
        if practice != nil { screens.removeAll { Self.hiddenWhilePractising.contains($0) } }
        func titled(_ tab: ScreenKind, _ title: Text) -> String {
            ActionTable.screenKey(for: tab, on: screen).map { "\($0) " + text(title) } ?? text(title)
        }
        // The reader and the import dialog belong to a case.
        // The Search screen has no tab: the screen it was opened from keeps its own.
        let shown = screen == .search ? history.last { $0 != .search } ?? .cases : screen
        let current = shown == .source || shown == .importer ? .studyCase : shown == .synthesisCell ? .synthesis : shown
        return (screens, Tabs(titles: screens.map { titled($0, $0.title) }, selected: screens.firstIndex(of: current) ?? 0,
                              style: style("ui.tab"), selectedStyle: style("ui.tab.active"),
                              compactTitles: screens.map { titled($0, $0.shortTitle) },
                              smallestTitles: screens.map { ActionTable.screenKey(for: $0, on: screen) ?? text($0.shortTitle) }))
    }

    /// A click on a tab goes to its screen, as its key does (where the screen can be left).
    mutating func clickTab(atColumn x: Int, data: WorkbenchData) -> [Effect] {
        guard !screen.isDialog, modal == nil,
              let index = screenTabs.widget.title(atColumn: x, in: Rect(x: 0, y: 0, width: width, height: 1)) else { return [] }
        let target = screenTabs.screens[index]
        guard let action = Action.allCases.first(where: { $0.targetScreen == target }) else { return [] }
        return reduce(action, data: data)
    }
}
