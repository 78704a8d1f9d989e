import TerminalKit
import WerkbankCore

extension AppState {
    /// Takes the result of an effect: the message, screen or selection that follows from it.
    /// Returns the effects to run next (reading again what is on screen after an edit).
    public mutating func reduce(result: EffectResult, data: WorkbenchData) -> [Effect] {
        // The selection of the last coding is given back only while that coding is the last
        // edit; any other edit (or a failure) lets it go.
        switch result {
        case .edited, .changed, .removed, .memoSaved, .freeMemoEdited, .redone, .resolved, .imported, .sourceClosed, .nothingToUndo, .failed, .synthesisEdited, .autocoded:
            reader.codedSelection = nil
        default: break
        }
        switch result {
        case .edited:
            return refreshEffects(data: data)
        case .coded(let code):
            say(Text.messageCoded.string(language, code))
        case .changed(let coding):
            say(Text.messageChanged.string(language, coding.code, coding.coder, "\(coding.range)"))
            return refreshEffects(data: data)
        case .removed(let coding):
            say(Text.messageRemoved.string(language, coding.code, coding.coder, "\(coding.range)"))
            return refreshEffects(data: data)
        case .memoSaved:
            say(text(.messageMemoSaved))
            return refreshEffects(data: data)
        case .attributeChanged(let name, let target, let value):
            let on = attributeTargetLabel(target, data: data)
            say(value.map { Text.messageAttributeSet.string(language, name, $0, on) } ?? Text.messageAttributeUnset.string(language, name, on))
            return refreshEffects(data: data)
        case .freeMemoEdited(let message, let written, let isError):
            say(text(message), isError: isError)
            if let written { selectMemo(written, data: data) }
            return isError ? [] : refreshEffects(data: data)
        case .undone(let label):
            say(Text.messageUndone.string(language, label))
            restoreCodedSelection(data: data)
            return refreshEffects(data: data)
        case .reloaded(let summary):
            // A student practising is not told what others coded: it is nothing they see.
            if practice != nil {
                if summary.forced { say(text(.liveReloaded)) }
            } else if let text = summary.text(language) {
                sayLive(text)
            }
            return liveRefreshEffects(data: data)
        case .redone(let label):
            say(Text.messageRedone.string(language, label))
            return refreshEffects(data: data)
        case .nothingToUndo:
            say(text(.messageNothingToUndo))
        case .nothingToRedo:
            say(text(.messageNothingToRedo))
        case .undoBlocked(let conflict):
            let message = conflict.redo ? Text.messageRedoBlocked : Text.messageUndoBlocked
            modal = .confirm(Confirmation(title: text(.titleUndoBlocked),
                                          message: message.string(language, conflict.label, conflict.coder ?? text(.labelSomeone), conflict.theirLabel),
                                          effects: [.overrideStep(redo: conflict.redo, skip: false)],
                                          skipEffects: [.overrideStep(redo: conflict.redo, skip: true)],
                                          cancelled: .messageNothingUndone))
        case .skipped(let label):
            say(Text.messageSkipped.string(language, label))
        case .resolved(let consensus):
            say(Text.messageResolved.string(language, consensus))
            return refreshEffects(data: data)
        case .subcodeAdded(let code, let use):
            switch use {
            case .code(let pending):
                return refreshEffects(data: data) + [.addCoding(sourceID: pending.sourceID, range: pending.range, code: code, coder: pending.coder)]
            case .recode(let id):
                return refreshEffects(data: data) + [.recode(id, code: code)]
            case .autocode(let hits):
                askAutocodeUnit(code: code, hits: hits)
                return refreshEffects(data: data)
            case nil:
                return refreshEffects(data: data)
            }
        case .sourceClosed:
            // The reader has nothing to show.
            history.removeAll { $0 == .source }
            if screen == .source { goBack() }
        case .sourceOpened(let range):
            var units = ListState()
            if let unit = data.sourceUnits.lastIndex(where: { $0.start <= range.start }) {
                units.select(unit, count: data.sourceUnits.count, visibleRows: pageSize)
            }
            lists[.units] = units
            reader.selectedRange = range
            go(to: .source)
        case .transcriptRead(let read, let fileName, let request):
            openImport(read, fileName: fileName, request: request, data: data)
        case .pathCompletions(let typed, let candidates):
            completePath(typed, candidates: candidates)
        case .importUnavailable:
            say(text(.messageImportUnavailable), isError: true)
        case .importFailed(let detail):
            // Nothing is written: the project stays as it was.
            say(Text.messageImportFailed.string(language, detail), isError: true)
        case .alreadyImported(let fileName, let existing):
            say(Text.messageAlreadyImported.string(language, fileName, existing), isError: true)
        case .imported(let source, let fileName):
            finishImport(source, fileName: fileName, data: data)
            return refreshEffects(data: data)
        case .themeLoaded(let loaded):
            theme = loaded
            say(Text.messageThemeSet.string(language, loaded.name))
        case .themeFailed(let detail):
            say(Text.messageNoSuchTheme.string(language, detail), isError: true)
        case .synthesisEdited(let edit, let finding, let evidence):
            tookSynthesisEdit(edit, finding: finding, evidence: evidence, data: data)
            return refreshEffects(data: data)
        case .autocoded(let summary):
            tookAutocode(summary)
            return refreshEffects(data: data)
        case .findingEmpty:
            say(text(.messageFindingEmpty), isError: true)
        case .corrected(let summary):
            say(Text.messageCorrected.string(language, summary))
        case .textUnchanged:
            say(text(.messageTextUnchanged))
        case .fragmentsQuoted(let request):
            findMatch(request.query, backward: request.backward, includingCurrent: request.includingCurrent, data: data)
            return []
        case .failed(let detail):
            say(detail, isError: true)
        }
        return []
    }

    /// Puts a line in the message row.
    mutating func say(_ text: String, isError: Bool = false) {
        message = StatusMessage(text: text, isError: isError)
    }

    /// Says what others changed. A message of the user's own action (until their next key) is
    /// kept in front, so that what they just did is not replaced by what others did meanwhile.
    mutating func sayLive(_ text: String) {
        guard let current = message, !current.isLive else {
            message = StatusMessage(text: text, isError: false)
            message?.isLive = true
            return
        }
        let own = current.own ?? current.text
        message = StatusMessage(text: own + " · " + text, isError: current.isError, own: own)
    }
}
