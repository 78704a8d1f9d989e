import TerminalKit
import WerkbankCore

/// What the user had selected before the live view read the project again, by identity
/// rather than by row: when others add or remove rows above it, the selection stays on the
/// same fragment, coding or source, at the same height on screen (decision 62).
struct KeptSelections {
    private var rows: [ListID: (id: String, state: ListState)] = [:]
    private var panelCoding: Coding.ID?

    /// The identities of what is selected now.
    init(state: AppState, data: WorkbenchData) {
        let fragments = state.list(.fragments)
        if data.fragments.indices.contains(fragments.selected) {
            rows[.fragments] = (data.fragments[fragments.selected].id.uuidString, fragments)
        }
        let sources = Self.caseSources(state: state, data: data)
        if sources.indices.contains(state.list(.sources).selected) {
            rows[.sources] = (sources[state.list(.sources).selected], state.list(.sources))
        }
        if state.screen == .source, state.reader.panelFocused {
            let here = state.codingsHere(in: data)
            if here.indices.contains(state.reader.panelIndex) { panelCoding = here[state.reader.panelIndex].id }
        }
    }

    /// The ids of the open case's sources, in the order of its Sources tab.
    private static func caseSources(state: AppState, data: WorkbenchData) -> [String] {
        guard data.cases.indices.contains(state.caseIndex) else { return [] }
        return (data.sourcesByCase[data.cases[state.caseIndex].id] ?? []).map(\.id)
    }

    /// Moves each selection to where its item is now; an item that is gone leaves the row.
    func restore(in state: inout AppState, data: WorkbenchData) {
        if let (id, before) = rows[.fragments], let index = data.fragments.firstIndex(where: { $0.id.uuidString == id }),
           index != before.selected {
            state.lists[.fragments] = Self.moved(before, to: index)
        }
        if let (id, before) = rows[.sources], let index = Self.caseSources(state: state, data: data).firstIndex(of: id),
           index != before.selected {
            state.lists[.sources] = Self.moved(before, to: index)
        }
        if let panelCoding, let index = state.codingsHere(in: data).firstIndex(where: { $0.id == panelCoding }) {
            state.reader.panelIndex = index
        }
    }

    /// The list state with the selection on `index` and the view shifted as far, so that the
    /// row stays where it was on screen.
    private static func moved(_ before: ListState, to index: Int) -> ListState {
        ListState(selected: index, offset: max(0, before.offset + index - before.selected))
    }
}
