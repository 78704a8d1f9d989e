import Foundation
import TerminalKit
import WerkbankCore

extension AppState {
    /// The memos the Memos screen lists: every memo that its filter lets through (filtered
    /// once per filter, not in every frame).
    func visibleMemos(_ data: WorkbenchData) -> [MemoEntry] {
        data.memoList.visible(data.memoEntries ?? [], filter: memos.filter)
    }

    /// The memo under the cursor.
    func chosenMemo(in data: WorkbenchData) -> MemoEntry? {
        let visible = visibleMemos(data)
        let index = list(.memos).selected
        return visible.indices.contains(index) ? visible[index] : nil
    }

    /// `:memos [WORDS]`: the Memos screen, with words only the memos whose title or text has
    /// them all.
    mutating func openMemos(searching words: String) -> [Effect] {
        let words = Self.unquoted(words)
        if !words.isEmpty, words != memos.filter.search {
            memos.filter.search = words
            lists[.memos] = ListState()
        }
        go(to: .memos)
        return [.loadMemos]
    }

    /// The keys of the Memos screen.
    mutating func reduceMemos(_ action: Action, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .open:
            guard let memo = chosenMemo(in: data) else { return [] }
            return openMemo(memo, data: data)
        case .newMemo:
            let subject: FreeMemoSubject = memos.filter.code.flatMap { data.study.codebook.code($0) }.map { .element($0.short) } ?? .project
            let on = if case .element(let short) = subject { short } else { text(.labelOnProject) }
            modal = .memo(MemoEditor(target: .newFreeMemo(subject, author: coder), title: Text.labelNewMemo.string(language, on), text: ""))
        case .editMemo:
            guard let memo = chosenMemo(in: data) else { return refuseMemo() }
            modal = .memo(editor(for: memo))
        case .deleteMemo:
            guard let memo = chosenMemo(in: data) else { return refuseMemo() }
            let effect: Effect = if let id = memo.memoID { .editFreeMemo(.remove(id)) } else { .saveMemo(editor(for: memo).target, text: "") }
            modal = .confirm(Confirmation(title: text(.titleDeleteMemo),
                                          message: "\(memo.heading) · \(memo.belongsTo)", effects: [effect]))
        case .memoKind:
            let kinds: [MemoEntry.Kind?] = [nil, .free, .coding, .source, .case, .code]
            let current = kinds.firstIndex(of: memos.filter.kinds.count == 1 ? memos.filter.kinds.first : nil) ?? 0
            memos.filter.kinds = kinds[(current + 1) % kinds.count].map { [$0] } ?? []
            lists[.memos] = ListState()
        case .memoAuthor:
            let authors = Set((data.memoEntries ?? []).compactMap(\.author)).sorted()
            memos.filter.author = Self.next(after: memos.filter.author, in: authors)
            lists[.memos] = ListState()
        case .memoElement:
            memos.filter.code = Self.next(after: memos.filter.code, in: data.study.codebook.elements.map(\.short))
            lists[.memos] = ListState()
        default:
            return nil
        }
        return []
    }

    /// The value after `current` in `values`, then none again.
    private static func next(after current: String?, in values: [String]) -> String? {
        guard let current, let index = values.firstIndex(of: current) else { return values.first }
        return index + 1 < values.count ? values[index + 1] : nil
    }

    private mutating func refuseMemo() -> [Effect] {
        say(text(.messageNoMemo), isError: true)
        return []
    }

    /// The editor on a memo: a free memo with its title as first line, the others as the
    /// reader and the Case screen edit them.
    func editor(for memo: MemoEntry) -> MemoEditor {
        let title = "\(text(kindName(memo.kind))) · \(memo.belongsTo)"
        switch memo.kind {
        case .free:
            return MemoEditor(target: .freeMemo(memo.memoID ?? UUID()), title: Text.labelEditMemo.string(language, memo.belongsTo),
                              text: memo.title + "\n" + memo.text)
        case .coding:
            return MemoEditor(target: .coding(memo.codingID ?? UUID()), title: title, text: memo.text)
        case .source:
            return MemoEditor(target: .memo(.source(memo.sourceID ?? "")), title: title, text: memo.text)
        case .case:
            return MemoEditor(target: .memo(.case(memo.caseID ?? "")), title: title, text: memo.text)
        case .code:
            return MemoEditor(target: .memo(.code(memo.code ?? "")), title: title, text: memo.text)
        }
    }

    /// What a memo belongs to, opened: the reader at a coding, a source, a case, a code's
    /// fragments; a free memo in the editor.
    private mutating func openMemo(_ memo: MemoEntry, data: WorkbenchData) -> [Effect] {
        switch memo.kind {
        case .coding:
            guard let source = memo.sourceID, let range = memo.range else { return [] }
            return [.openSource(id: source, selecting: range)]
        case .source:
            guard let source = memo.sourceID else { return [] }
            lists[.units] = ListState()
            go(to: .source)
            return [.loadSource(id: source)]
        case .case:
            guard let index = data.cases.firstIndex(where: { $0.id == memo.caseID }) else { return [] }
            return openCase(index, data: data)
        case .code:
            guard let code = memo.code else { return [] }
            fragments.note = nil
            fragments.filter = FragmentFilter(codes: [code])
            lists[.fragments] = ListState()
            feedback.fragmentsTop = nil
            go(to: .fragments)
            return [.loadFragments(fragments.filter)]
        case .free:
            // Through the reducer, so that a read-only project says why it cannot be edited.
            return reduce(.editMemo, data: data)
        }
    }

    func kindName(_ kind: MemoEntry.Kind) -> Text {
        switch kind {
        case .free: .kindMemoFree
        case .coding: .kindMemoCoding
        case .source: .kindMemoSource
        case .case: .kindMemoCase
        case .code: .kindMemoCode
        }
    }

    /// `:filter kind|author|code|text VALUE` on the Memos screen (Dutch `soort`, `auteur`,
    /// `tekst`); `clear` shows every memo. A value not known changes nothing.
    mutating func applyMemoFilter(_ words: String, data: WorkbenchData) -> [Effect] {
        let trimmed = words.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.split(separator: " ", maxSplits: 1).first else {
            say(text(.messageMemoFilterUsage), isError: true)
            return []
        }
        let value = Self.unquoted(String(trimmed.dropFirst(first.count)))
        var filter = memos.filter
        let dimension = first.lowercased()
        guard !value.isEmpty || ["clear", "wis", "text", "tekst", "search", "zoek"].contains(dimension) else {
            say(text(.messageMemoFilterUsage), isError: true)
            return []
        }
        switch dimension {
        case "clear", "wis":
            filter = MemoFilter()
        case "kind", "soort":
            let names: [String: MemoEntry.Kind] = ["free": .free, "vrij": .free, "coding": .coding, "codering": .coding,
                                                   "source": .source, "bron": .source, "case": .case, "casus": .case, "code": .code]
            guard let kind = names[value.lowercased()] else {
                say(Text.messageNoSuchMemoKind.string(language, value), isError: true)
                return []
            }
            filter.kinds.insert(kind)
        case "author", "auteur", "coder", "codeur":
            filter.author = value
        case "code", "element":
            guard let code = data.study.codebook.code(value) else {
                say(Text.messageNoSuchCode.string(language, value), isError: true)
                return []
            }
            filter.code = code.short
        case "text", "tekst", "search", "zoek":
            filter.search = value
        default:
            say(text(.messageMemoFilterUsage), isError: true)
            return []
        }
        if filter != memos.filter {
            memos.filter = filter
            lists[.memos] = ListState()
        }
        go(to: .memos)
        return data.memoEntries == nil ? [.loadMemos] : []
    }

    /// The filter in words for the screen's title: `free · Anouk · LOS · “werkplaats”`.
    func memoFilterWords() -> [String] {
        var words: [String] = []
        if !memos.filter.kinds.isEmpty {
            words.append(memos.filter.kinds.sorted { $0.rawValue < $1.rawValue }.map { text(kindName($0)) }
                .joined(separator: " \(text(.labelOr)) "))
        }
        if let author = memos.filter.author { words.append(author) }
        if let code = memos.filter.code { words.append(code) }
        if !memos.filter.search.isEmpty { words.append("“\(memos.filter.search)”") }
        return words
    }

    /// Puts the cursor on the free memo just written or changed.
    mutating func selectMemo(_ id: UUID, data: WorkbenchData) {
        let visible = visibleMemos(data)
        guard let row = visible.firstIndex(where: { $0.memoID == id }) else { return }
        var state = list(.memos)
        state.select(row, count: visible.count, visibleRows: pageSize)
        lists[.memos] = state
    }
}
