import TerminalKit
import WerkbankCore
import WerkbankStore

/// The Fragments screen's list (decision 77): its first page at once, the whole list read on
/// another thread meanwhile, quotes a page at a time as the list shows them.
extension Workbench {
    /// Reads `filter`'s fragments for the Fragments screen. With the selection on the first
    /// page (the screen opened or a filter changed) the first page is read, with quotes, and
    /// the whole list on another thread meanwhile; a selection further down, or one the live
    /// view keeps by identity, needs the whole list at once.
    func readFragments(_ filter: FragmentFilter) throws(ProjectError) {
        let page = WorkbenchData.fragmentQuotePage
        fragmentListRead = nil
        guard state.list(.fragments).selected < page, keptSelections == nil else {
            data.list(try project.fragments(filter, quotes: false), quoted: false)
            return
        }
        let first = try project.fragments(filter, limit: page)
        data.list(first, quoted: true, complete: first.count < page)
        if !data.fragmentsComplete { fragmentListRead = FragmentListRead(project: project, filter: filter) }
    }

    /// Puts the whole list in place of the first page once it is read (or, `waiting`, when
    /// it is), keeping the selected fragment selected. Returns whether the list changed.
    @discardableResult
    func takeFragmentList(waiting: Bool) -> Bool {
        guard let read = fragmentListRead, var outcome = waiting ? read.waitAndTake() : read.take() else { return false }
        fragmentListRead = nil
        if case .failure(let error) = outcome {
            state.say("\(error)", isError: true)
            return true
        }
        let selected = state.selectedFragment(in: data)?.id
        data.list((try? outcome.get()) ?? [], quoted: false)
        // Held by `data` alone from here, the list takes its quotes without being copied.
        outcome = .success([])
        // The first page's order of codings that tie on every key may differ from the whole
        // list's (their order is SQLite's), so the selection is found by identity.
        if let selected, let index = data.fragments.firstIndex(where: { $0.id == selected }) {
            state.lists[.fragments, default: ListState()].selected = index
        }
        readFragmentQuotesOnScreen()
        return true
    }

    /// Reads the quotes of the fragments the Fragments screen can show: the pages within a
    /// screen's height of the selection. (A search reads them all first: `quoteFragments`.)
    func readFragmentQuotesOnScreen() {
        guard state.screen == .fragments, !data.fragmentPagesWithoutQuotes.isEmpty else { return }
        // The view always holds the selection, and a fragment takes at least two rows: a
        // screen's height of fragments either side covers every row it can show.
        let selected = state.list(.fragments).selected
        let size = WorkbenchData.fragmentQuotePage
        let pages = (max(0, selected - state.height) / size...max(0, selected + state.height) / size)
        do {
            try quoteFragments(pages: pages.filter(data.fragmentPagesWithoutQuotes.contains))
        } catch {
            state.say("\(error)", isError: true)
        }
    }

    /// Reads the quotes of `pages` of the Fragments screen's list.
    func quoteFragments(pages: [Int]) throws(ProjectError) {
        let size = WorkbenchData.fragmentQuotePage
        for page in pages {
            let range = page * size..<min(data.fragments.count, (page + 1) * size)
            if !range.isEmpty { data.fragments.replaceSubrange(range, with: try project.quoted(Array(data.fragments[range]))) }
            data.fragmentPagesWithoutQuotes.remove(page)
        }
    }
}
