import Foundation
import TerminalKit
import WerkbankCore
import WerkbankStore

/// The Search screen: the query, its mode and grouping, the prompt while typing, and the
/// hits marked for coding.
public struct SearchScreenState: Hashable, Sendable {
    /// The query being typed after `/`.
    public var input: TextInput?
    /// The query searched (empty before the first search).
    public var query = ""
    public var regex = false
    /// Hits grouped by source rather than by case.
    public var bySource = false
    /// Marked hits, by index in the hits shown.
    public var marked: Set<Int> = []
    /// Every hit of the query marked (`a`), also those past the first ones shown.
    public var markedAll = false
}

/// A question after the code picker on the Search screen: code the marked hits with `code`
/// as the hit, its sentence or its turn.
public struct AutocodeQuestion: Hashable, Sendable {
    public var code: String
    /// How many hits will be coded.
    public var hits: Int
}

extension AppState {
    /// The most hits the screen reads; the title says when there are more (the count is of all).
    static let searchHitLimit = 2_000

    /// Words either side of a hit: enough for a wide terminal; a narrow one cuts them.
    static let searchContextWords = 12

    /// The search as the store takes it.
    var textSearch: TextSearch { TextSearch(search.query, regex: search.regex) }

    /// `/` outside the reader: opens the Search screen with its prompt (↑ brings back the
    /// last query, to mend it).
    mutating func startProjectSearch() {
        go(to: .search)
        search.input = TextInput()
    }

    /// Runs `query` (from the prompt or `:search`).
    mutating func runSearch(_ query: String) -> [Effect] {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        go(to: .search)
        search.query = trimmed
        search.marked = []
        search.markedAll = false
        lists[.search] = ListState()
        feedback.textTops[.search] = 0
        return [.search(textSearch, limit: Self.searchHitLimit, context: Self.searchContextWords)]
    }

    /// Keys while the search prompt is open: Enter searches, Esc closes.
    mutating func handleProjectSearchKey(_ key: Key, data: WorkbenchData) -> [Effect] {
        switch key {
        case .escape, .control("c"):
            search.input = nil
        case .enter:
            let query = search.input?.text ?? ""
            search.input = nil
            return runSearch(query)
        case .backspace where search.input?.text.isEmpty == true:
            search.input = nil
        case .up:
            search.input = TextInput(search.query)
        default:
            _ = search.input?.handle(key)
        }
        return []
    }

    /// The Search screen's own actions.
    mutating func reduceSearch(_ action: Action, data: WorkbenchData) -> [Effect]? {
        let hits = data.searchHits
        let selected = min(max(0, list(.search).selected), max(0, hits.count - 1))
        switch action {
        case .projectSearch:
            search.input = TextInput()
        case .searchRegex:
            search.regex.toggle()
            say(text(search.regex ? .messageRegexOn : .messageRegexOff))
            if !search.query.isEmpty { return runSearch(search.query) }
        case .searchGroup:
            search.bySource.toggle()
            feedback.textTops[.search] = 0
        case .open:
            guard hits.indices.contains(selected) else { return [] }
            return [.openSource(id: hits[selected].sourceID, selecting: hits[selected].range)]
        case .markHit:
            guard hits.indices.contains(selected) else { return [] }
            if search.markedAll {
                search.markedAll = false
                search.marked = Set(hits.indices)
            }
            if search.marked.remove(selected) == nil { search.marked.insert(selected) }
            move(by: 1, data: data)
        case .markAll:
            let all = search.markedAll || (!hits.isEmpty && search.marked.count == hits.count)
            search.markedAll = !all && !hits.isEmpty
            search.marked = []
        case .codeHits:
            guard !hits.isEmpty else {
                say(text(.messageNoHitsToCode), isError: true)
                return []
            }
            let count = search.markedAll ? data.searchCounts.reduce(0) { $0 + $1.hits } : max(1, search.marked.count)
            modal = .picker(CodePicker(purpose: .autocode(hits: count)))
        default:
            return nil
        }
        return []
    }

    /// After the code is chosen: ask for the unit.
    mutating func askAutocodeUnit(code: String, hits: Int) {
        modal = .autocodeUnit(AutocodeQuestion(code: code, hits: hits))
    }

    /// Keys while the unit is asked: `h` the hit, `s` its sentence, `t` its turn; Esc cancels.
    mutating func handleAutocodeUnitKey(_ key: Key, question: AutocodeQuestion, data: WorkbenchData) -> [Effect] {
        let unit: AutocodeUnit
        switch key {
        case .character("h"), .enter: unit = .hit
        case .character("s"), .character("z"): unit = .sentence
        case .character("t"), .character("b"): unit = .turn
        case .escape, .control("c"), .character("q"):
            modal = nil
            say(text(.messageNothingCoded))
            return []
        default: return []
        }
        modal = nil
        let hits = data.searchHits
        let only: Set<HitPlace>?
        if search.markedAll {
            only = nil
        } else {
            let indices = search.marked.isEmpty ? [min(max(0, list(.search).selected), max(0, hits.count - 1))] : Array(search.marked)
            only = Set(indices.filter { hits.indices.contains($0) }.map { HitPlace(sourceID: hits[$0].sourceID, range: hits[$0].range) })
        }
        return [.autocode(textSearch, code: question.code, unit: unit, coder: coder, only: only)]
    }

    /// Takes what autocoding did: the marks go, the message says how many codings were made.
    mutating func tookAutocode(_ result: AutocodeSummary) {
        search.marked = []
        search.markedAll = false
        var words = Text.messageAutocoded.string(language, "\(result.codings)", result.code, "\(result.overlapping)")
        if result.alreadyCoded > 0 { words += Text.messageAlreadyCoded.string(language, "\(result.alreadyCoded)") }
        say(words)
    }
}

/// What an autocoding step came to, for the message.
public struct AutocodeSummary: Hashable, Sendable {
    public var code: String
    public var hits: Int
    public var codings: Int
    public var overlapping: Int
    public var alreadyCoded: Int
}

/// The search prompt on the Search screen.
struct ProjectSearchOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        state.handleProjectSearchKey(key, data: data)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard let input = state.search.input else { return }
        let label = state.search.regex ? "regex /" : "/"
        Prompt(label: label, input: input, style: state.style("ui.prompt"), labelStyle: state.style("ui.prompt")).render(into: &buffer, area: bottomLine)
    }

    static var usesBottomLine: Bool { true }
}

/// The unit question after a code is chosen for the marked hits.
struct AutocodeUnitOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        guard case .autocodeUnit(let question) = state.modal else { return [] }
        return state.handleAutocodeUnitKey(key, question: question, data: data)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard case .autocodeUnit(let question) = state.modal else { return }
        ConfirmDialog(title: Text.titleAutocode.string(state.language, "\(question.hits)", question.code),
                      message: state.text(.messageAutocodeUnit), hint: state.text(.hintAutocodeUnit),
                      style: state.style("ui.dialog"), titleStyle: state.style("ui.text.emphasis")).render(into: &buffer, area: screen)
    }
}
