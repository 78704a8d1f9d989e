import Foundation
import TerminalKit
import WerkbankCore
import WerkbankStore

/// The effect runner: reads and writes the project and keeps the data the screens show. It
/// changes no interface state; what follows comes back as ``EffectResult``s for the reducer.
extension Workbench {
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
    /// the open source's codings; only a new code changes the study itself. Says when the
    /// source in the reader is gone.
    func reloadAfterEdit(studyChanged: Bool = false) throws -> [EffectResult] {
        if studyChanged { data.study = try project.study() }
        let counts = try project.codeCaseCounts()
        data.fragmentsByCase = Dictionary(grouping: counts, by: \.caseID).mapValues { $0.map(\.fragments).reduce(0, +) }
        data.sourcesByCase = WorkbenchData.byCase(try project.sources())
        data.findings = [:]
        data.memos = try project.memos()
        data.attributes = try project.attributeDefinitions()
        data.attributeValues = try project.attributeValues()
        data.practiceSetup = try project.practiceSetup()
        if let source = data.source {
            if data.sourcesByCase.values.contains(where: { $0.contains { $0.id == source.id } }) {
                data.sourceCodings = try project.codings(inSource: source.id, coder: state.practice?.student)
                data.sourceReviews = Self.reviews(try project.codingsNeedingReview(source: source.id))
                // An undone correction (or another's) changes the text under the reader. Only
                // undo, redo and others' commits read again with `studyChanged`; an own coding
                // cannot change the text, and reading a long text for every key would cost.
                if studyChanged, try project.text(ofSource: source.id) != source.text {
                    data.source = try project.source(source.id)
                    data.sourceUnits = WorkbenchData.units(of: data.source!)
                    data.sourceCache.forget()
                }
            } else {
                // Its import was undone: the reader has nothing to show.
                data.source = nil
                data.sourceCodings = []
                data.sourceUnits = []
                return [.sourceClosed]
            }
        }
        return []
    }

    /// Runs one effect against the project and the data; what follows for the interface comes
    /// back as results.
    func perform(_ effect: Effect) throws -> [EffectResult] {
        switch effect {
        case .redraw:
            redrawRequested = true
            return []
        case .suspend:
            suspendRequested = true
            return []
        case .reload(let forced):
            return try reloadForOthers(forced: forced)
        case .loadDecisions(let consensus):
            try markDecided(consensus: consensus)
            return []
        case .loadFindings(let caseID):
            data.findings[caseID] = try WorkbenchData.findings(ofCase: caseID, in: project, elements: data.study.codebook.elements)
            return []
        case .undo, .redo, .overrideStep:
            // Only this coder's own edits (decision 55); one someone else changed since is asked about.
            var redo = effect == .redo
            var choice = UndoChoice.refuse
            if case .overrideStep(let isRedo, let skip) = effect { (redo, choice) = (isRedo, skip ? .skip : .anyway) }
            do {
                let label = redo ? try project.redo(choice) : try project.undo(choice)
                if choice == .skip { return [.skipped(label)] }
                return try reloadAfterEdit(studyChanged: true) + [redo ? .redone(label) : .undone(label)]
            } catch ProjectError.nothingToUndo {
                return [.nothingToUndo]
            } catch ProjectError.nothingToRedo {
                return [.nothingToRedo]
            } catch ProjectError.undoBlocked(let conflict) {
                return [.undoBlocked(conflict)]
            }
        case .loadSource(let id):
            let source = try project.source(id)
            data.source = source
            data.sourceUnits = WorkbenchData.units(of: source)
            data.sourceCodings = try project.codings(inSource: id, coder: state.practice?.student)
            data.sourceReviews = Self.reviews(try project.codingsNeedingReview(source: id))
            data.sourceCache.forget()
            return []
        case .editSourceText(let id):
            return try correctText(of: id)
        case .recode(let id, let code):
            let changed = try project.updateCoding(id, code: code)
            return try reloadAfterEdit() + [.changed(changed)]
        case .changeRange(let id, let range):
            let changed = try project.updateCoding(id, range: range)
            return try reloadAfterEdit() + [.changed(changed)]
        case .addSubcode(let parent, let short, let colour, let use):
            let code = try project.addSubcode(short: short, name: short, parent: parent, colour: colour)
            return try reloadAfterEdit(studyChanged: true)
                + [.subcodeAdded(code: code.short, then: use)]
        case .saveMemo(let target, let text):
            switch target {
            case .coding(let id): _ = try project.updateCoding(id, memo: .some(text.isEmpty ? nil : text))
            case .memo(let memoTarget): try project.setMemo(on: memoTarget, text: text)
            case .newFinding(let cell, let author):
                guard !text.isEmpty else { return [.findingEmpty] }
                return try perform(.editSynthesis(.addFinding(cell, text: text, author: author)))
            case .finding(let id):
                guard !text.isEmpty else { return [.findingEmpty] }
                return try perform(.editSynthesis(.updateFinding(id, text: text)))
            case .newFreeMemo, .freeMemo:
                return try performMemos(.saveMemo(target, text: text))
            }
            return try reloadAfterEdit() + [.memoSaved]
        case .setAttribute(let name, let target, let value):
            let assignment = try project.setAttribute(name, on: target, to: value)
            return try reloadAfterEdit() + [.attributeChanged(name: assignment.attribute, target: target, value: assignment.value.text)]
        case .unsetAttribute(let name, let target):
            try project.unsetAttribute(name, on: target)
            return try reloadAfterEdit() + [.attributeChanged(name: name, target: target, value: nil)]
        case .addCoding(let sourceID, let range, let code, let coder):
            // Committed before the next frame shows it.
            let coding = try project.addCoding(source: sourceID, range: range, code: code, coder: coder)
            applyAdded(coding)
            return [.coded(code: code)]
        case .loadDisagreements(let coderA, let coderB, let consensus):
            let sourceOrder = data.cases.flatMap { data.sourcesByCase[$0.id] ?? [] }.map(\.id)
            let all = try project.allCodings()
            data.disagreements = Disagreement.find(codings: all, coderA: coderA, coderB: coderB, sourceOrder: sourceOrder)
            for id in Set(data.disagreements.map(\.sourceID)) where data.disagreementTexts[id] == nil {
                data.disagreementTexts[id] = try project.source(id).text
            }
            try markDecided(consensus: consensus)
            return []
        case .resolve(let stretch, let choice, let keep, let consensus):
            // The kept codings go to the consensus coder with the decision: one committed,
            // undoable step.
            try project.decide(stretch, consensus: consensus, choice: choice, keep: keep)
            return try reloadAfterEdit() + [.resolved(consensus: consensus)]
        case .loadAnalysis(let coders, let unit, let mode):
            if coders.count == 2 {
                data.agreementTable = try project.agreementReport(coders: (coders[0], coders[1]), unit: unit).table
            }
            data.coOccurrenceTable = try project.coOccurrence(mode: mode).report
            return []
        case .loadPairs(let a, let b, let mode):
            var seen = Set<Coding.ID>()
            data.list(try project.coOccurrencePairs(a, b, mode: mode).flatMap { [$0.0, $0.1] }.filter { seen.insert($0.id).inserted },
                      quoted: true)
            fragmentListRead = nil
            return []
        case .loadMatrix(let axis, let measure, let collapsed, let coders, let kinds, let combinations, let within, let attribute,
                         let conditions):
            // The matrix follows the coders, source kinds, combinations and attribute conditions of
            // `:filter` (shown in its title).
            if let attribute {
                data.matrix = try project.matrix(byAttribute: attribute, measure: measure, coders: coders, kinds: kinds,
                                                 collapseSubcodes: collapsed, combinations: combinations,
                                                 combinationMode: within, where: conditions)
            } else {
                data.matrix = try project.matrix(by: axis, measure: measure, coders: coders, kinds: kinds, collapseSubcodes: collapsed,
                                                 combinations: combinations, combinationMode: within, where: conditions)
            }
            return []
        case .loadFragments(let filter):
            try readFragments(filter)
            return []
        case .quoteFragments(let request):
            settle()
            try quoteFragments(pages: data.fragmentPagesWithoutQuotes.sorted())
            return [.fragmentsQuoted(then: request)]
        case .removeCoding(let coding):
            try project.removeCoding(coding.id)
            return try reloadAfterEdit() + [.removed(coding)]
        case .openSource(let id, let range):
            _ = try perform(.loadSource(id: id))
            return [.sourceOpened(selecting: range)]
        case .completePath(let typed):
            let candidates = PathCompletion(currentDirectory: currentDirectory, home: homeDirectory).candidates(for: typed)
            return [.pathCompletions(typed: typed, candidates: candidates)]
        case .readTranscript(let request):
            guard let readTranscript else { return [.importUnavailable] }
            let url = ImportRequest.resolve(request.path, currentDirectory: currentDirectory, home: homeDirectory)
            let read: ReadTranscript
            do {
                read = try readTranscript(url, request.encoding)
            } catch {
                return [.importFailed("\(error)")]
            }
            if let existing = try project.source(withChecksum: read.checksum) {
                return [.alreadyImported(fileName: url.lastPathComponent, existing: existing)]
            }
            return [.transcriptRead(read, fileName: url.lastPathComponent, request: request)]
        case .importSource(let source, let checksum, let fileName):
            do {
                // Committed (and journaled) before the screen says it is imported.
                try project.addSource(source, checksum: checksum)
            } catch {
                return [.importFailed("\(fileName): \(error)")]
            }
            return try reloadAfterEdit() + [.imported(source, fileName: fileName)]
        case .loadSynthesis, .loadCell, .editSynthesis:
            return try performSynthesis(effect)
        case .loadMemos, .editFreeMemo:
            return try performMemos(effect)
        case .loadFeedback, .loadClass:
            return try performPractice(effect)
        case .search, .autocode:
            return try performSearch(effect)
        case .setTheme(let name):
            guard let themeLoader else { return [] }
            do {
                return [.themeLoaded(try themeLoader.load(name))]
            } catch {
                return [.themeFailed(error.description)]
            }
        }
    }
}
