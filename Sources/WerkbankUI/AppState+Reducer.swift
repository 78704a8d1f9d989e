import TerminalKit
import WerkbankCore

extension AppState {
    /// Handles a key: the command line takes it while open; otherwise the action table
    /// decides. Returns the effects to run.
    public mutating func handle(_ key: Key, data: WorkbenchData) -> [Effect] {
        // Nothing behind "Enlarge the terminal" takes a key but Ctrl-C: the user cannot see
        // what a key would act on.
        if isTooSmall { return key == .control("c") ? reduce(.forceQuit, data: data) : [] }
        if let overlay { return overlay.module.handle(key, state: &self, data: data) }
        guard let action = ActionTable.action(for: key, on: screen) else { return [] }
        return reduce(action, data: data)
    }

    /// Applies an action.
    public mutating func reduce(_ action: Action, data: WorkbenchData) -> [Effect] {
        message = nil
        if action.edits, let readOnlyReason {
            message = StatusMessage(text: Text.messageReadOnly.string(language, readOnlyReason.text(language),
                                                                      ActionTable.name(of: action, on: screen, language)),
                                    isError: true)
            return []
        }
        if refusedWhilePractising(action) { return [] }
        if let effects = screen.module.reduce(action, state: &self, data: data) { return effects }
        switch action {
        case .moveUp: move(by: -1, data: data)
        case .moveDown: move(by: 1, data: data)
        case .pageUp: move(by: -pageStep, data: data)
        case .pageDown: move(by: pageStep, data: data)
        case .top: move(by: -1_000_000, data: data)
        case .bottom: move(by: 1_000_000, data: data)
        case .back: goBack()
        case .quit: if screen == .cases && history.isEmpty { shouldQuit = true } else { goBack() }
        case .forceQuit: shouldQuit = true
        case .help, .goHelp: go(to: .help)
        case .commandLine: commandInput = TextInput()
        case .goCases: go(to: .cases)
        case .goCase: return openCase(caseIndex, data: data)
        case .goRespondents: go(to: .respondents)
        case .goModel: go(to: .model)
        case .goFragments: return openFragments(data: data)
        case .goMatrix:
            go(to: .matrix)
            return [loadMatrixEffect]
        case .goDisagreements:
            if disagreements.coders.count != 2 { disagreements.coders = Array(data.researchCoders.prefix(2)) }
            guard disagreements.coders.count == 2 else { return [] }
            go(to: .disagreements)
            return [.loadDisagreements(coderA: disagreements.coders[0], coderB: disagreements.coders[1], consensus: disagreements.consensus)]
        case .goSynthesis:
            go(to: .synthesis)
            return [loadSynthesisEffect]
        case .goMemos:
            go(to: .memos)
            return [.loadMemos]
        case .goAnalysis:
            go(to: .analysis)
            return [loadAnalysisEffect(data: data)]
        case .redraw: return [.redraw, .reload(forced: true)]
        case .suspend: return [.suspend]
        case .find: startFind()
        case .projectSearch: startProjectSearch()
        case .findNext: return findAgain(backward: false, data: data)
        case .findPrevious: return findAgain(backward: true, data: data)
        case .undo: return [.undo]
        case .redo: return [.redo]
        case .goPractice: return openPractice(data: data)
        default:
            // An action of another screen (the table binds it there only).
            break
        }
        return []
    }

    /// Loads the Analysis screen's tables for its unit and mode, of the two coders compared
    /// (the first two when none were chosen).
    mutating func loadAnalysisEffect(data: WorkbenchData) -> Effect {
        if disagreements.coders.count != 2 { disagreements.coders = Array(data.researchCoders.prefix(2)) }
        return .loadAnalysis(coders: disagreements.coders, unit: analysis.unit, mode: analysis.mode)
    }

    /// What to read again after an edit: what is on screen or can be gone back to.
    func refreshEffects(data: WorkbenchData) -> [Effect] {
        var effects: [Effect] = []
        if !data.disagreements.isEmpty { effects.append(.loadDecisions(consensus: disagreements.consensus)) }
        if data.matrix != nil { effects.append(loadMatrixEffect) }
        if data.synthesisGrid != nil { effects.append(loadSynthesisEffect) }
        if screen == .synthesisCell || history.contains(.synthesisCell), let loadCellEffect { effects.append(loadCellEffect) }
        if screen == .memos || history.contains(.memos) { effects.append(.loadMemos) }
        if screen == .fragments || history.contains(.fragments), fragments.note == nil { effects.append(.loadFragments(fragments.filter)) }
        // Hits change only when a source comes or goes; read them again while they show.
        if screen == .search, !search.query.isEmpty {
            effects.append(.search(textSearch, limit: Self.searchHitLimit, context: Self.searchContextWords))
        }
        if screen == .studyCase, studyCase.tab == .findings, data.cases.indices.contains(caseIndex) {
            effects.append(.loadFindings(caseID: data.cases[caseIndex].id))
        }
        if data.feedback != nil, let practice { effects.append(.loadFeedback(student: practice.student)) }
        if data.classAgreement != nil { effects.append(.loadClass) }
        return effects
    }

    /// Loads the matrix as the Matrix screen and `:filter` have it.
    var loadMatrixEffect: Effect {
        .loadMatrix(matrix.axis, matrix.measure, collapsed: matrix.collapsed, coders: fragments.filter.coders, kinds: fragments.filter.kinds,
                    combinations: fragments.filter.combinations, within: fragments.filter.combinationMode,
                    attribute: matrix.attribute, conditions: fragments.filter.attributes)
    }

    /// The Fragments screen with the pairs of the chosen co-occurrence cell.
    mutating func openCoOccurrencePairs(data: WorkbenchData) -> [Effect] {
        guard let table = data.coOccurrenceTable, table.rows.indices.contains(list(.cooccurrence).selected),
              table.columns.indices.contains(analysis.column + 1) else { return [] }
        let a = table.rows[list(.cooccurrence).selected][0].display
        let b = table.columns[analysis.column + 1].title
        fragments.note = "\(a) × \(b) (\(analysis.mode.rawValue))"
        lists[.fragments] = ListState()
        go(to: .fragments)
        return [.loadPairs(a, b, analysis.mode)]
    }

    /// The Fragments screen for the chosen cell: its code in its case or role.
    mutating func openMatrixCell(data: WorkbenchData) -> [Effect] {
        guard let table = data.matrix, table.rows.indices.contains(list(.matrix).selected),
              table.columns.indices.contains(matrix.column) else { return [] }
        let row = table.rows[list(.matrix).selected]
        let column = table.columns[matrix.column]
        // The cell's fragments are those the matrix counted: its coders, kinds, combinations and
        // attribute conditions stay.
        let counted = fragments.filter
        var conditions = counted.attributes
        if let attribute = table.attribute {
            // "(none)" is no value to filter by: its fragments cannot be listed as a filter.
            guard column.id != MatrixAttributeAxis.noneColumn else {
                message = StatusMessage(text: Text.messageNoneColumn.string(language, attribute), isError: true)
                return []
            }
            conditions.append(AttributeCondition(name: attribute, value: column.id))
        }
        fragments.note = nil
        fragments.filter = FragmentFilter(codes: [row.code], caseIDs: table.axis == .case && table.attribute == nil ? [column.id] : [],
                                          roles: table.axis == .role ? [column.id] : [], kinds: counted.kinds,
                                          coders: counted.coders, sourceIDs: table.axis == .source ? [column.id] : [],
                                          combinations: counted.combinations,
                                          combinationMode: counted.combinationMode, attributes: conditions)
        lists[.fragments] = ListState()
        go(to: .fragments)
        return [.loadFragments(fragments.filter)]
    }

    /// Opens the source selected on the case's Sources tab in the reader.
    mutating func openSelectedSource(data: WorkbenchData) -> [Effect] {
        guard data.cases.indices.contains(caseIndex) else { return [] }
        let sources = data.sourcesByCase[data.cases[caseIndex].id] ?? []
        let index = list(.sources).selected
        guard sources.indices.contains(index) else { return [] }
        lists[.units] = ListState()
        go(to: .source)
        return [.loadSource(id: sources[index].id)]
    }

    /// The stretch the next coding applies to: the unit under the cursor.
    public func selection(in data: WorkbenchData) -> ScalarRange? {
        if let visual = reader.visual { return visual.range }
        if let selectedRange = reader.selectedRange { return selectedRange }
        let index = list(.units).selected
        return data.sourceUnits.indices.contains(index) ? data.sourceUnits[index] : nil
    }

    /// Codes the selection with the element at `index` of the model (0 LOS … 5 SRI).
    mutating func codeSelection(with index: Int, data: WorkbenchData) -> [Effect] {
        let elements = data.study.codebook.elements
        guard screen == .source, let source = data.source, elements.indices.contains(index),
              let range = codableSelection(in: data) else { return [] }
        rememberCodedSelection(data: data)
        reader.visual = nil
        return [.addCoding(sourceID: source.id, range: range, code: elements[index].short, coder: coder)]
    }

    /// Rows a page moves: the body height less its frame and headers.
    var pageSize: Int { max(1, height - 8) }

    /// The list or text view that the arrow keys move on the current screen.
    var activeList: ListID { screen.module.activeList(self) }

    /// How many rows a list has; text views report their height through the render
    /// feedback after each frame.
    func itemCount(of list: ListID, data: WorkbenchData) -> Int {
        switch list {
        case .cases: data.cases.count
        case .sources: data.cases.indices.contains(caseIndex) ? data.sourcesByCase[data.cases[caseIndex].id]?.count ?? 0 : 0
        case .findings: findingQuotes(in: data).count
        case .attributes: attributeRows(in: data).count
        case .units: data.sourceUnits.count
        case .fragments: data.fragments.count
        case .matrix: data.matrix?.rows.count ?? 0
        case .disagreements: data.disagreements.count
        case .cooccurrence: data.coOccurrenceTable?.rows.count ?? 0
        case .synthesis: data.synthesisGrid?.elements.count ?? 0
        case .cellFragments: data.cell?.fragments.count ?? 0
        case .cellFindings: data.cell?.findingRows.count ?? 0
        case .memos: visibleMemos(data).count
        case .search: data.searchHits.count
        case .feedback: data.feedback?.items.count ?? 0
        default: (feedback.scrollLimits[list] ?? 0) + 1
        }
    }

    mutating func move(by delta: Int, data: WorkbenchData) {
        if screen == .source, reader.panelFocused {
            reader.panelIndex = min(max(0, reader.panelIndex + delta), max(0, codingsHere(in: data).count - 1))
            return
        }
        let name = activeList
        if name.isScrollingTable {
            scrollTable(name, rows: delta)
            return
        }
        var state = list(name)
        let count = itemCount(of: name, data: data)
        if name.hasSelection {
            state.move(by: delta, count: count, visibleRows: pageSize)
        } else {
            // A text view: the "selection" is the first visible line.
            state.selected = min(max(0, state.selected + delta), max(0, count - 1))
            state.offset = state.selected
        }
        lists[name] = state
        if name == .cases { caseIndex = state.selected }
        if name == .units {
            reader.selectedRange = nil
            reader.visual = nil
            reader.scrollTop = nil
        }
    }

    /// Scrolls a table without a cursor, stopping where the last frame said it ends.
    mutating func scrollTable(_ name: ListID, rows: Int = 0, columns: Int = 0) {
        var scroll = table(name)
        scroll.scroll(rows: rows, columns: columns, within: feedback.tableLimits[name])
        tables[name] = scroll
    }

    mutating func switchTab(by delta: Int, data: WorkbenchData) -> [Effect] {
        let tabs = CaseTab.allCases.filter(tabShown)
        let at = tabs.firstIndex(of: studyCase.tab) ?? 0
        studyCase.tab = tabs[(at + delta + tabs.count) % tabs.count]
        if data.cases.indices.contains(caseIndex) { studyCase.lastTab[data.cases[caseIndex].id] = studyCase.tab }
        return findingsEffect(data: data)
    }

    /// Opens a case on its current tab.
    public mutating func openCase(_ index: Int, data: WorkbenchData) -> [Effect] {
        guard data.cases.indices.contains(index) else { return [] }
        lists[.findings] = ListState()
        caseIndex = index
        studyCase.tab = studyCase.lastTab[data.cases[index].id] ?? .overview
        var cases = list(.cases)
        cases.select(index, count: data.cases.count, visibleRows: pageSize)
        lists[.cases] = cases
        go(to: .studyCase)
        return findingsEffect(data: data)
    }

    private func findingsEffect(data: WorkbenchData) -> [Effect] {
        guard screen == .studyCase, studyCase.tab == .findings, data.cases.indices.contains(caseIndex) else { return [] }
        let id = data.cases[caseIndex].id
        return data.findings[id] == nil ? [.loadFindings(caseID: id)] : []
    }

    mutating func go(to target: ScreenKind) {
        guard target != screen else { return }
        // A command (`:fragments`, `:memos`) cannot show a student others' codings either.
        if practice != nil, Self.hiddenWhilePractising.contains(target) {
            message = StatusMessage(text: Text.messagePractiseHidden.string(language, text(target.title)), isError: true)
            return
        }
        history.append(screen)
        screen = target
    }

    mutating func goBack() {
        // A closed dialog is not gone back to.
        if importPreview == nil { history.removeAll { $0 == .importer } }
        if let previous = history.popLast() {
            screen = previous
        } else if screen != .cases {
            screen = .cases
        }
    }
}
