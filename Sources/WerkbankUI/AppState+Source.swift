import TerminalKit
import WerkbankCore

extension AppState {
    /// The codings the reader shows: everyone's, or only the current coder's.
    func visibleCodings(in data: WorkbenchData) -> [Coding] {
        reader.showAllCoders ? data.sourceCodings : data.sourceCodings.filter { $0.coder == coder }
    }

    /// The codings on the selection, as the panel lists them.
    public func codingsHere(in data: WorkbenchData) -> [Coding] {
        guard let range = selection(in: data) else { return [] }
        return visibleCodings(in: data).filter { $0.range.overlaps(range) }
    }

    /// The selection as it will be coded: widened to whole characters (a drag or an old
    /// offset may end inside 👍🏽; the store refuses such a range).
    func codableSelection(in data: WorkbenchData) -> ScalarRange? {
        guard let range = selection(in: data), !range.isEmpty else { return nil }
        guard let source = data.source else { return range }
        return data.sourceCache.boundaries(for: source).widened(range)
    }

    /// The coding chosen in the panel, if the panel has the focus.
    func chosenCoding(in data: WorkbenchData) -> Coding? {
        let here = codingsHere(in: data)
        return reader.panelFocused && here.indices.contains(reader.panelIndex) ? here[reader.panelIndex] : nil
    }

    /// Actions of the source reader that the general reducer does not handle.
    mutating func reduceSource(_ action: Action, data: WorkbenchData) -> [Effect] {
        guard screen == .source, let source = data.source else { return [] }
        let motion = SelectionMotion(text: source.text, units: data.sourceUnits)
        switch action {
        case .visualMode:
            if reader.visual != nil {
                reader.visual = nil
                say(text(.messageSelectionStopped))
            } else if let range = selection(in: data) {
                reader.visual = VisualSelection(anchor: range.start, head: range.end)
                say(text(.messageSelecting))
            }
        case .extendWord, .shrinkWord, .extendSentence, .shrinkSentence, .extendTurn, .shrinkTurn:
            if reader.visual == nil, let range = selection(in: data) { reader.visual = VisualSelection(anchor: range.start, head: range.end) }
            guard var current = reader.visual else { return [] }
            let step: SelectionStep = [.extendWord, .shrinkWord].contains(action) ? .word
                : [.extendSentence, .shrinkSentence].contains(action) ? .sentence : .turn
            let forward = [.extendWord, .extendSentence, .extendTurn].contains(action)
            current = motion.move(current, forward: forward, by: step)
            reader.visual = current
        case .swapEnds:
            if let current = reader.visual { reader.visual = VisualSelection(anchor: current.head, head: current.anchor) }
        case .pickCode:
            guard let range = codableSelection(in: data) else { return [] }
            modal = .picker(CodePicker(purpose: .code(range)))
        case .focusPanel:
            reader.panelFocused.toggle()
            reader.panelIndex = 0
        case .removeCoding:
            guard let coding = chosenCoding(in: data) else { return needPanel() }
            return removeAsking(coding)
        case .recode:
            guard let coding = chosenCoding(in: data) else { return needPanel() }
            modal = .picker(CodePicker(purpose: .recode(coding.id)))
        case .growCoding, .shrinkCoding:
            guard let coding = chosenCoding(in: data) else { return needPanel() }
            guard let end = motion.codingEnd(of: coding.range, growing: action == .growCoding) else {
                if action == .growCoding { message = StatusMessage(text: text(.messageCodingAtTurnEnd), isError: true) }
                return []
            }
            return [.changeRange(coding.id, ScalarRange(start: coding.range.start, end: end))]
        case .fitCoding:
            // The start can move too: shape the selection with v, o and w, then R.
            guard let coding = chosenCoding(in: data) else { return needPanel() }
            guard let whole = codableSelection(in: data), whole != coding.range else { return [] }
            return [.changeRange(coding.id, whole)]
        case .editText:
            return [.editSourceText(id: source.id)]
        case .search:
            reader.searchInput = TextInput()
        case .nextMatch, .previousMatch:
            guard let query = reader.searchQuery else { return [] }
            findMatch(query, backward: action == .previousMatch, data: data)
        case .memo:
            if let coding = chosenCoding(in: data) {
                modal = .memo(MemoEditor(target: .coding(coding.id), title: "\(coding.code) · \(coding.coder)", text: coding.memo ?? ""))
            } else if practice != nil {
                // A student writes memos on their own codings only: said before anything is typed.
                _ = keepPractising([.saveMemo(.memo(.source(source.id)), text: "")])
            } else {
                modal = .memo(MemoEditor(target: .memo(.source(source.id)), title: source.title, text: data.memos[.source(source.id)] ?? ""))
            }
        default:
            break
        }
        return []
    }

    /// Keys while the search is typed: Enter searches, Esc cancels.
    mutating func handleSearchKey(_ key: Key, data: WorkbenchData) -> [Effect] {
        switch key {
        case .escape, .control("c"):
            reader.searchInput = nil
        case .enter:
            let query = reader.searchInput?.text ?? ""
            reader.searchInput = nil
            guard !query.isEmpty else { return [] }
            reader.searchQuery = query
            findMatch(query, backward: false, data: data)
        default:
            _ = reader.searchInput?.handle(key)
        }
        return []
    }

    /// Selects the next (or previous) match of `query` after the current selection.
    mutating func findMatch(_ query: String, backward: Bool, data: WorkbenchData) {
        guard let source = data.source else { return }
        let current = selection(in: data)
        let from = backward ? (current?.start ?? 0) : (current.map { reader.selectedRange == $0 ? $0.start + 1 : $0.start } ?? 0)
        guard let match = data.sourceCache.search(for: source).find(query, from: from, backward: backward) else {
            message = StatusMessage(text: Text.messageNotFound.string(language, query), isError: true)
            return
        }
        select(match, data: data)
        // Say where the match is among all, and when the search went round the end.
        let all = data.sourceCache.search(for: source).all(query)
        let wrapped = backward ? match.start >= from : match.start < from
        let position = Text.messageMatchOf.string(language, query, "\((all.firstIndex(of: match) ?? 0) + 1)", "\(all.count)")
        say(wrapped ? position + Text.labelWrapped.string(language) : position)
    }

    /// Selects a stretch of the open source and puts the cursor on its turn.
    mutating func select(_ range: ScalarRange, data: WorkbenchData) {
        var units = list(.units)
        if let unit = data.sourceUnits.lastIndex(where: { $0.start <= range.start }) {
            units.select(unit, count: data.sourceUnits.count, visibleRows: pageSize)
        }
        lists[.units] = units
        reader.visual = nil
        reader.selectedRange = range
        reader.scrollTop = nil
    }

    /// Keeps the selection being coded, so that undoing the coding gives it back.
    mutating func rememberCodedSelection(data: WorkbenchData) {
        guard let source = data.source else { return }
        reader.codedSelection = CodedSelection(sourceID: source.id, visual: reader.visual, selectedRange: reader.selectedRange,
                                               unit: list(.units).selected)
    }

    /// After `u` undid a coding: the selection it was made from, as it was (SELECT again, with
    /// the same moving end), when the reader still shows its source.
    mutating func restoreCodedSelection(data: WorkbenchData) {
        guard let coded = reader.codedSelection else { return }
        reader.codedSelection = nil
        guard screen == .source, data.source?.id == coded.sourceID else { return }
        var units = list(.units)
        units.select(coded.unit, count: data.sourceUnits.count, visibleRows: pageSize)
        lists[.units] = units
        reader.visual = coded.visual
        reader.selectedRange = coded.selectedRange
        reader.scrollTop = nil
    }

    private mutating func needPanel() -> [Effect] {
        message = StatusMessage(text: text(.messageChooseCoding), isError: true)
        return []
    }

    /// Keys while naming a new sub-code in the picker.
    mutating func handleSubcodeNaming(_ key: Key, picker: inout CodePicker, parent: Code, data: WorkbenchData) -> [Effect] {
        switch key {
        case .escape:
            picker.newUnder = nil
            picker.input = TextInput()
            modal = .picker(picker)
        case .enter:
            guard let new = picker.newSubcode(under: parent) else {
                message = StatusMessage(text: text(.messageSubcodeName), isError: true)
                return []
            }
            modal = nil
            if case .code = picker.purpose { rememberCodedSelection(data: data) }
            reader.visual = nil
            let use: SubcodeUse? = switch picker.purpose {
            case .code(let range): data.source.map { .code(PendingCoding(sourceID: $0.id, range: range, coder: coder)) }
            case .recode(let id): .recode(id)
            case .autocode(let hits): .autocode(hits: hits)
            }
            return [.addSubcode(parent: parent.short, short: new.short, colour: new.colour, then: use)]
        default:
            _ = picker.input.handle(key)
            modal = .picker(picker)
        }
        return []
    }
}
