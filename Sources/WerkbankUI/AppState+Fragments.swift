import WerkbankCore

extension AppState {
    /// Opens the Fragments screen for the current filter.
    mutating func openFragments(data: WorkbenchData) -> [Effect] {
        go(to: .fragments)
        return [.loadFragments(fragmentFilter)]
    }

    /// Removes the selected fragment's coding (on the Fragments screen).
    mutating func uncodeSelected(data: WorkbenchData) -> [Effect] {
        guard screen == .fragments else { return [] }
        let index = list("fragments").selected
        guard data.fragments.indices.contains(index) else { return [] }
        return [.removeCoding(data.fragments[index].coding.id)]
    }
}
