import Foundation
import TerminalKit
import WerkbankCore

/// `/` on a list or text screen: what is typed, the last query, and where the last match was.
public struct FindState: Hashable, Sendable {
    /// The query being typed after `/`.
    public var input: TextInput?
    /// The last query searched (for `n` and `N`).
    public var query: String?
    /// The line of a text view that the last match is on: the next frame brings it to the
    /// top of the view and marks the match there.
    public var line: FindLine?
}

/// A line of a text view, by its index before wrapping.
public struct FindLine: Hashable, Sendable {
    public var list: ListID
    public var index: Int
    /// Whether the view still has to scroll to it (cleared by the frame that did).
    public var pending: Bool
}

/// A search of a screen's rows from the current one: what Enter after `F`, `n` and `N` ask for.
public struct FindRequest: Hashable, Sendable {
    public var query: String
    public var backward: Bool
    /// Whether the current row itself may match (Enter), or the search starts after it (`n`).
    public var includingCurrent: Bool
}

/// What `/` searches on a screen: the rows of its list (a match selects the row) or the lines
/// of its text view (a match scrolls the line into view), as plain text.
struct FindRows {
    var list: ListID
    var rows: [String]
}

extension AppState {
    /// Opens the `/` prompt on a screen that has something to search.
    mutating func startFind() {
        find.input = TextInput()
    }

    /// Keys while the `/` prompt is open: Enter searches from the current row, Esc closes.
    mutating func handleFindKey(_ key: Key, data: WorkbenchData) -> [Effect] {
        switch key {
        case .escape, .control("c"):
            find.input = nil
        case .enter:
            let query = find.input?.text ?? ""
            find.input = nil
            guard !query.isEmpty else { return [] }
            find.query = query
            return find(FindRequest(query: query, backward: false, includingCurrent: true), data: data)
        case .backspace where find.input?.text.isEmpty == true:
            find.input = nil
        default:
            _ = find.input?.handle(key)
        }
        return []
    }

    /// `n` and `N`: the next or previous match of the last query.
    mutating func findAgain(backward: Bool, data: WorkbenchData) -> [Effect] {
        guard let query = find.query else {
            say(text(.messageNoSearch), isError: true)
            return []
        }
        return find(FindRequest(query: query, backward: backward, includingCurrent: false), data: data)
    }

    /// Runs a search of the screen's rows; on the Fragments screen, whose quotes are read as it
    /// shows them (decision 77), once the whole list and all its quotes are read.
    mutating func find(_ request: FindRequest, data: WorkbenchData) -> [Effect] {
        if screen == .fragments, !data.fragmentsComplete || !data.fragmentPagesWithoutQuotes.isEmpty {
            return [.quoteFragments(then: request)]
        }
        findMatch(request.query, backward: request.backward, includingCurrent: request.includingCurrent, data: data)
        return []
    }

    /// Finds `query` (case and diacritics do not matter) in the screen's rows from the current
    /// one, going round the end; selects the row or scrolls to the line, and says "3 of 7".
    mutating func findMatch(_ query: String, backward: Bool, includingCurrent: Bool, data: WorkbenchData) {
        guard let searched = screen.module.findRows(state: self, data: data) else {
            say(text(.messageNothingToSearch), isError: true)
            return
        }
        let folded = FoldedQuery(query)
        let matches = searched.rows.indices.filter { folded.isFound(in: searched.rows[$0]) }
        guard !matches.isEmpty else {
            say(Text.messageNotFound.string(language, query), isError: true)
            return
        }
        let current = searched.list.hasSelection ? list(searched.list).selected
            : find.line.map { $0.list == searched.list ? $0.index : -1 } ?? list(searched.list).offset - 1
        let next: Int
        var wrapped = false
        if backward {
            if let before = matches.last(where: { $0 < current }) { next = before } else { next = matches.last!; wrapped = true }
        } else if let after = matches.first(where: { includingCurrent ? $0 >= max(0, current) : $0 > current }) {
            next = after
        } else {
            next = matches[0]
            wrapped = true
        }
        if searched.list.hasSelection {
            var state = list(searched.list)
            state.select(next, count: searched.rows.count, visibleRows: pageSize)
            lists[searched.list] = state
            if searched.list == .cases { caseIndex = next }
        } else {
            find.line = FindLine(list: searched.list, index: next, pending: true)
        }
        let position = Text.messageMatchOf.string(language, query, "\(matches.firstIndex(of: next)! + 1)", "\(matches.count)")
        say(wrapped ? position + Text.labelWrapped.string(language) : position)
    }

    /// Takes the line a frame scrolled to for a match: the view stays there.
    mutating func tookFindLine(_ offset: Int, of list: ListID) {
        lists[list] = ListState(selected: offset, offset: offset)
        find.line?.pending = false
    }
}

extension Array where Element == TextLine {
    /// The lines as plain text, for `/`.
    var plainRows: [String] { map(\.line.plainText) }
}
