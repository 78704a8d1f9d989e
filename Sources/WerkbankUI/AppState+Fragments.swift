import WerkbankCore

extension AppState {
    /// Opens the Fragments screen for the current filter.
    mutating func openFragments(data: WorkbenchData) -> [Effect] {
        fragments.note = nil
        go(to: .fragments)
        return [.loadFragments(fragments.filter)]
    }

    /// The index of the selected fragment, kept in the list (after the last fragment's
    /// coding is removed, the stored selection can be one past the end); `nil` for none.
    func selectedFragmentIndex(in data: WorkbenchData) -> Int? {
        guard !data.fragments.isEmpty else { return nil }
        return min(max(0, list(.fragments).selected), data.fragments.count - 1)
    }

    /// The fragment selected on the Fragments screen.
    public func selectedFragment(in data: WorkbenchData) -> Fragment? {
        selectedFragmentIndex(in: data).map { data.fragments[$0] }
    }

    /// Removes the selected fragment's coding (on the Fragments screen).
    mutating func uncodeSelected(data: WorkbenchData) -> [Effect] {
        guard screen == .fragments, let fragment = selectedFragment(in: data) else { return [] }
        return removeAsking(fragment.coding)
    }

    /// Removes a coding; another coder's only after asking (`x` must not remove what the user
    /// did not make without a word).
    mutating func removeAsking(_ coding: Coding) -> [Effect] {
        guard coding.coder != coder else { return [.removeCoding(coding)] }
        modal = .confirm(Confirmation(title: text(.titleRemoveCoding),
                                      message: Text.messageRemoveOthers.string(language, coding.code, coding.coder, "\(coding.range)"),
                                      effects: [.removeCoding(coding)]))
        return []
    }

    /// Opens the selected fragment's source in the reader with the fragment selected (Enter
    /// on the Fragments screen).
    mutating func openSelectedFragment(data: WorkbenchData) -> [Effect] {
        guard screen == .fragments, let fragment = selectedFragment(in: data) else { return [] }
        return [.openSource(id: fragment.coding.sourceID, selecting: fragment.coding.range)]
    }
}

extension AppState {
    /// How far PgUp and PgDn move: on the Fragments screen the fragments the last frame
    /// showed whole (each takes two to four rows), on a table the body rows it shows,
    /// elsewhere ``pageSize`` rows.
    var pageStep: Int {
        if let rows = feedback.tablePages[activeList] { return max(1, rows) }
        return screen == .fragments ? feedback.fragmentsPage ?? pageSize : pageSize
    }
}
