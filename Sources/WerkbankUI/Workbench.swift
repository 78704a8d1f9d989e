import Foundation
import TerminalKit
import WerkbankCore
import WerkbankStore

/// The running workbench: state, data and the project, without a terminal. Events go in
/// (``handle(_:)``), frames come out (``render()``); effects such as undo run against the
/// project before the next frame, so the screen never shows an edit that is not stored.
public final class Workbench {
    public private(set) var state: AppState
    public private(set) var data: WorkbenchData
    public let project: Project
    let themeLoader: ThemeLoader?
    /// Reads transcript files for `:import`; without one, `:import` says to use `werkbank import`.
    let readTranscript: TranscriptReading?
    /// Where `:import` looks for relative paths and `~`.
    let currentDirectory: String
    let homeDirectory: String

    public init(project: Project, state: AppState, themeLoader: ThemeLoader? = nil, readTranscript: TranscriptReading? = nil,
                currentDirectory: String = FileManager.default.currentDirectoryPath,
                homeDirectory: String = NSHomeDirectory()) throws(ProjectError) {
        self.project = project
        self.state = state
        self.themeLoader = themeLoader
        self.readTranscript = readTranscript
        self.currentDirectory = currentDirectory
        self.homeDirectory = homeDirectory
        data = try WorkbenchData.load(from: project)
    }

    /// Applies one terminal event.
    public func handle(_ event: InputEvent) {
        switch event {
        case .key(let key):
            run(state.handle(key, data: data))
        case .resize(let width, let height):
            state.width = width
            state.height = height
        case .mouse(let mouse):
            handleMouse(mouse)
        }
    }

    /// Presses keys one after another (what key-script tests do).
    public func press(_ keys: Key...) {
        for key in keys { handle(.key(key)) }
    }

    /// Types text, one character key at a time.
    public func type(_ text: String) {
        for character in text { handle(.key(.character(character))) }
    }

    /// The current frame. Records how far text views can scroll.
    public func render() -> ScreenBuffer {
        let (buffer, limits) = Renderer(state: state, data: data).render()
        state.scrollLimits = limits
        return buffer
    }

    private func handleMouse(_ mouse: MouseEvent) {
        switch mouse.kind {
        case .scrollUp: run(state.reduce(.moveUp, data: data))
        case .scrollDown: run(state.reduce(.moveDown, data: data))
        case .press(button: 1) where state.screen == .source:
            state.mouseAnchor = sourceOffset(at: mouse)
        case .release where state.screen == .source:
            guard let anchor = state.mouseAnchor, let offset = sourceOffset(at: mouse) else { return }
            state.mouseAnchor = nil
            if anchor == offset {
                // A click: the turn under the pointer.
                state.select(ScalarRange(start: offset, end: offset + 1), data: data)
                state.selectedRange = nil
            } else {
                state.select(ScalarRange(start: min(anchor, offset), end: max(anchor, offset)), data: data)
            }
        case .press(button: 1) where state.screen == .cases:
            // Rows of the cases table start under the tabs, the frame border and the header.
            let row = mouse.y - 3
            if data.cases.indices.contains(row) {
                if row == state.caseIndex { run(state.openCase(row, data: data)) } else {
                    var list = state.list("cases")
                    list.select(row, count: data.cases.count, visibleRows: state.pageSize)
                    state.lists["cases"] = list
                    state.caseIndex = row
                }
            }
        default: break
        }
    }

    /// The offset of the source's text under the pointer, from where the last frame put it.
    private func sourceOffset(at mouse: MouseEvent) -> Int? {
        let limits = state.scrollLimits
        guard let source = data.source, let x = limits["sourceTextX"], let y = limits["sourceTextY"],
              let width = limits["sourceTextWidth"], let height = limits["sourceTextHeight"], let first = limits["sourceFirstRow"],
              mouse.x >= x, mouse.y >= y, mouse.y < y + height else { return nil }
        let layout = data.sourceCache.layout(for: source, width: width)
        return layout.offset(row: first + mouse.y - y, column: mouse.x - x)
    }

    private func run(_ effects: [Effect]) {
        for effect in effects {
            do {
                try perform(effect)
            } catch {
                state.message = StatusMessage(text: "\(error)", isError: true)
            }
        }
    }

    /// Takes a coding just committed into the data without reading the project again: one
    /// more fragment for its source and case. (Typing codes in a long transcript stays fast.)
    private func applyAdded(_ coding: Coding) {
        if data.source?.id == coding.sourceID {
            let index = data.sourceCodings.firstIndex { ($0.range.start, $0.range.end) > (coding.range.start, coding.range.end) }
            data.sourceCodings.insert(coding, at: index ?? data.sourceCodings.endIndex)
        }
        for (caseID, sources) in data.sourcesByCase {
            guard let index = sources.firstIndex(where: { $0.id == coding.sourceID }) else { continue }
            data.sourcesByCase[caseID]?[index].codingCount += 1
            data.fragmentsByCase[caseID, default: 0] += 1
            data.findings[caseID] = nil
        }
    }

    /// Which disagreements the consensus coder has decided, from the project.
    private func markDecided() throws {
        let decided = try project.decisions(consensus: state.consensusCoder)
        data.resolvedDisagreements = Set(data.disagreements.filter { stretch in
            decided.contains { $0.sourceID == stretch.sourceID && $0.code == stretch.code && $0.range == stretch.range }
        }.map(\.id))
    }

    /// Reads again what an edit can change. A coding changes the counts, the findings and
    /// the open source's codings; only a new code changes the study itself.
    private func reloadAfterEdit(studyChanged: Bool = false) throws {
        if studyChanged { data.study = try project.study() }
        let counts = try project.codeCaseCounts()
        data.fragmentsByCase = Dictionary(grouping: counts, by: \.caseID).mapValues { $0.map(\.fragments).reduce(0, +) }
        data.sourcesByCase = Dictionary(grouping: try project.sources(), by: \.caseID)
        data.findings = [:]
        data.memos = try project.memos()
        if let source = data.source {
            if data.sourcesByCase.values.contains(where: { $0.contains { $0.id == source.id } }) {
                data.sourceCodings = try project.codings(inSource: source.id)
            } else {
                // Its import was undone: the reader has nothing to show.
                data.source = nil
                data.sourceCodings = []
                data.sourceUnits = []
                state.history.removeAll { $0 == .source }
                if state.screen == .source { state.goBack() }
            }
        }
        if !data.disagreements.isEmpty { try markDecided() }
        if data.matrix != nil {
            data.matrix = try project.matrix(by: state.matrixAxis, measure: state.matrixMeasure, coders: state.fragmentFilter.coders,
                                             kinds: state.fragmentFilter.kinds, collapseSubcodes: state.matrixCollapsed)
        }
        // The Fragments screen shows what the store holds when it is on screen or can be gone back to.
        if state.screen == .fragments || state.history.contains(.fragments), state.fragmentsNote == nil {
            data.fragments = try project.fragments(state.fragmentFilter)
        }
        if state.screen == .studyCase, state.caseTab == .findings, data.cases.indices.contains(state.caseIndex) {
            try perform(.loadFindings(caseID: data.cases[state.caseIndex].id))
        }
    }

    private func perform(_ effect: Effect) throws {
        switch effect {
        case .loadFindings(let caseID):
            data.findings[caseID] = try WorkbenchData.findings(ofCase: caseID, in: project, elements: data.study.codebook.elements)
        case .undo, .redo:
            do {
                let label = effect == .undo ? try project.undo() : try project.redo()
                try reloadAfterEdit(studyChanged: true)
                state.message = StatusMessage(text: (effect == .undo ? Text.messageUndone : Text.messageRedone).string(state.language, label),
                                              isError: false)
            } catch ProjectError.nothingToUndo {
                state.message = StatusMessage(text: state.text(.messageNothingToUndo), isError: false)
            } catch ProjectError.nothingToRedo {
                state.message = StatusMessage(text: state.text(.messageNothingToRedo), isError: false)
            }
        case .loadSource(let id):
            let source = try project.source(id)
            data.source = source
            data.sourceUnits = WorkbenchData.units(of: source)
            data.sourceCodings = try project.codings(inSource: id)
        case .recode(let id, let code):
            _ = try project.updateCoding(id, code: code)
            try reloadAfterEdit()
        case .changeRange(let id, let range):
            _ = try project.updateCoding(id, range: range)
            try reloadAfterEdit()
        case .addSubcode(let parent, let short, let colour, let range):
            let code = try project.addSubcode(short: short, name: short, parent: parent, colour: colour)
            try reloadAfterEdit(studyChanged: true)
            if let range, let source = data.source {
                try perform(.addCoding(sourceID: source.id, range: range, code: code.short))
            }
        case .saveMemo(let target, let text):
            switch target {
            case .coding(let id): _ = try project.updateCoding(id, memo: .some(text.isEmpty ? nil : text))
            case .memo(let memoTarget): try project.setMemo(on: memoTarget, text: text)
            }
            try reloadAfterEdit()
            state.message = StatusMessage(text: state.text(.messageMemoSaved), isError: false)
        case .addCoding(let sourceID, let range, let code):
            // Committed before the next frame shows it.
            let coding = try project.addCoding(source: sourceID, range: range, code: code, coder: state.coder)
            applyAdded(coding)
            state.message = StatusMessage(text: Text.messageCoded.string(state.language, code), isError: false)
        case .loadDisagreements(let coderA, let coderB):
            let sourceOrder = data.cases.flatMap { data.sourcesByCase[$0.id] ?? [] }.map(\.id)
            let all = try project.allCodings()
            data.disagreements = Disagreement.find(codings: all, coderA: coderA, coderB: coderB, sourceOrder: sourceOrder)
            for id in Set(data.disagreements.map(\.sourceID)) where data.disagreementTexts[id] == nil {
                data.disagreementTexts[id] = try project.source(id).text
            }
            try markDecided()
        case .resolve(let stretch, let choice, let keep):
            // The kept codings go to the consensus coder with the decision: one committed,
            // undoable step.
            try project.decide(stretch, consensus: state.consensusCoder, choice: choice, keep: keep)
            try reloadAfterEdit()
            state.message = StatusMessage(text: Text.messageResolved.string(state.language, state.consensusCoder), isError: false)
        case .loadAnalysis(let coders, let unit, let mode):
            if coders.count == 2 {
                data.agreementTable = try project.agreementReport(coders: (coders[0], coders[1]), unit: unit).table
            }
            data.coOccurrenceTable = try project.coOccurrence(mode: mode).report
        case .loadPairs(let a, let b, let mode):
            var seen = Set<Coding.ID>()
            data.fragments = try project.coOccurrencePairs(a, b, mode: mode).flatMap { [$0.0, $0.1] }.filter { seen.insert($0.id).inserted }
        case .loadMatrix(let axis, let measure, let collapsed):
            // The matrix follows the coder and source-kind filter of `:filter` (shown in its title).
            data.matrix = try project.matrix(by: axis, measure: measure, coders: state.fragmentFilter.coders,
                                             kinds: state.fragmentFilter.kinds, collapseSubcodes: collapsed)
        case .loadFragments(let filter):
            data.fragments = try project.fragments(filter)
        case .removeCoding(let id):
            try project.removeCoding(id)
            try reloadAfterEdit()
        case .openSource(let id, let range):
            try perform(.loadSource(id: id))
            var units = ListState()
            if let unit = data.sourceUnits.lastIndex(where: { $0.start <= range.start }) {
                units.select(unit, count: data.sourceUnits.count, visibleRows: state.pageSize)
            }
            state.lists["units"] = units
            state.selectedRange = range
            state.go(to: .source)
        case .readTranscript(let request):
            guard let readTranscript else {
                state.message = StatusMessage(text: state.text(.messageImportUnavailable), isError: true)
                return
            }
            let url = ImportRequest.resolve(request.path, currentDirectory: currentDirectory, home: homeDirectory)
            let read: ReadTranscript
            do {
                read = try readTranscript(url, request.encoding)
            } catch {
                // Nothing is written: the project stays as it was.
                state.message = StatusMessage(text: Text.messageImportFailed.string(state.language, "\(error)"), isError: true)
                return
            }
            if let existing = try project.source(withChecksum: read.checksum) {
                state.message = StatusMessage(text: Text.messageAlreadyImported.string(state.language, url.lastPathComponent, existing), isError: true)
                return
            }
            state.openImport(read, fileName: url.lastPathComponent, request: request, data: data)
        case .importSource(let source, let checksum, let fileName):
            do {
                // Committed (and journaled) before the screen says it is imported.
                try project.addSource(source, checksum: checksum)
            } catch {
                state.message = StatusMessage(text: Text.messageImportFailed.string(state.language, "\(fileName): \(error)"), isError: true)
                return
            }
            try reloadAfterEdit()
            state.finishImport(source, fileName: fileName, data: data)
        case .setTheme(let name):
            guard let themeLoader else { return }
            do {
                state.theme = try themeLoader.load(name)
                state.message = StatusMessage(text: Text.messageThemeSet.string(state.language, state.theme.name), isError: false)
            } catch {
                state.message = StatusMessage(text: Text.messageNoSuchTheme.string(state.language, error.description), isError: true)
            }
        }
    }
}
