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

    /// Applies one terminal event: the reducer changes the state, then its effects run.
    public func handle(_ event: InputEvent) {
        run(state.handle(event, data: data))
    }

    /// Runs the workbench on a terminal until the user quits (or a scripted terminal runs out
    /// of events): draws a frame whenever something changed, then waits for the next event.
    /// The same loop runs on the curses terminal and on ``TestTerminal``.
    public func run(on terminal: TerminalBackend, pollMilliseconds: Int = 250) {
        var dirty = true
        while !state.shouldQuit {
            if dirty {
                terminal.draw(render())
                dirty = false
            }
            guard let event = terminal.nextEvent(timeoutMilliseconds: pollMilliseconds) else {
                if terminal.hasEnded { return }
                continue
            }
            handle(event)
            dirty = true
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
        let (buffer, feedback) = Renderer(state: state, data: data).render()
        state.reduce(rendered: feedback)
        return buffer
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
    private func markDecided(consensus: String) throws {
        let decided = try project.decisions(consensus: consensus)
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
        for effect in state.refreshEffects(data: data) { try perform(effect) }
    }

    private func perform(_ effect: Effect) throws {
        switch effect {
        case .loadDecisions(let consensus):
            try markDecided(consensus: consensus)
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
        case .addSubcode(let parent, let short, let colour, let pending):
            let code = try project.addSubcode(short: short, name: short, parent: parent, colour: colour)
            try reloadAfterEdit(studyChanged: true)
            if let pending {
                try perform(.addCoding(sourceID: pending.sourceID, range: pending.range, code: code.short, coder: pending.coder))
            }
        case .saveMemo(let target, let text):
            switch target {
            case .coding(let id): _ = try project.updateCoding(id, memo: .some(text.isEmpty ? nil : text))
            case .memo(let memoTarget): try project.setMemo(on: memoTarget, text: text)
            }
            try reloadAfterEdit()
            state.message = StatusMessage(text: state.text(.messageMemoSaved), isError: false)
        case .addCoding(let sourceID, let range, let code, let coder):
            // Committed before the next frame shows it.
            let coding = try project.addCoding(source: sourceID, range: range, code: code, coder: coder)
            applyAdded(coding)
            state.message = StatusMessage(text: Text.messageCoded.string(state.language, code), isError: false)
        case .loadDisagreements(let coderA, let coderB, let consensus):
            let sourceOrder = data.cases.flatMap { data.sourcesByCase[$0.id] ?? [] }.map(\.id)
            let all = try project.allCodings()
            data.disagreements = Disagreement.find(codings: all, coderA: coderA, coderB: coderB, sourceOrder: sourceOrder)
            for id in Set(data.disagreements.map(\.sourceID)) where data.disagreementTexts[id] == nil {
                data.disagreementTexts[id] = try project.source(id).text
            }
            try markDecided(consensus: consensus)
        case .resolve(let stretch, let choice, let keep, let consensus):
            // The kept codings go to the consensus coder with the decision: one committed,
            // undoable step.
            try project.decide(stretch, consensus: consensus, choice: choice, keep: keep)
            try reloadAfterEdit()
            state.message = StatusMessage(text: Text.messageResolved.string(state.language, consensus), isError: false)
        case .loadAnalysis(let coders, let unit, let mode):
            if coders.count == 2 {
                let input = try project.agreementInput(coders: (coders[0], coders[1]))
                let order = try project.codeOrder()
                let used = Set(input.usedCodes)
                data.agreementTable = input.reportTable(unit: unit, codes: order.filter(used.contains) + used.subtracting(order).sorted())
            }
            data.coOccurrenceTable = try project.coOccurrence(mode: mode).report
        case .loadPairs(let a, let b, let mode):
            var seen = Set<Coding.ID>()
            data.fragments = try project.coOccurrencePairs(a, b, mode: mode).flatMap { [$0.0, $0.1] }.filter { seen.insert($0.id).inserted }
        case .loadMatrix(let axis, let measure, let collapsed, let coders, let kinds):
            // The matrix follows the coder and source-kind filter of `:filter` (shown in its title).
            data.matrix = try project.matrix(by: axis, measure: measure, coders: coders, kinds: kinds, collapseSubcodes: collapsed)
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
            state.lists[.units] = units
            state.reader.selectedRange = range
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
