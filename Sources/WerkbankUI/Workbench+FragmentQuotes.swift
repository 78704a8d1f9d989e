import WerkbankCore

extension Workbench {
    /// Reads the quotes of the fragments the Fragments screen can show (decision 77): the pages
    /// within a screen's height of the selection. `F`, `n` and `N` search the quotes of every
    /// fragment, so with a search under way all are read.
    func readFragmentQuotesOnScreen() {
        guard !data.fragmentPagesWithoutQuotes.isEmpty, state.screen == .fragments else { return }
        let pages: [Int]
        if state.find.input != nil || state.find.query != nil {
            pages = data.fragmentPagesWithoutQuotes.sorted()
        } else {
            // The view always holds the selection, and a fragment takes at least two rows: a
            // screen's height of fragments either side covers every row it can show.
            let selected = state.list(.fragments).selected
            let page = WorkbenchData.fragmentQuotePage
            pages = (max(0, selected - state.height) / page...max(0, selected + state.height) / page)
                .filter(data.fragmentPagesWithoutQuotes.contains)
        }
        for page in pages {
            let range = page * WorkbenchData.fragmentQuotePage..<min(data.fragments.count, (page + 1) * WorkbenchData.fragmentQuotePage)
            guard !range.isEmpty else { continue }
            do {
                data.fragments.replaceSubrange(range, with: try project.quoted(Array(data.fragments[range])))
            } catch {
                state.say("\(error)", isError: true)
                return
            }
            data.fragmentPagesWithoutQuotes.remove(page)
        }
    }
}
