import TerminalKit
import WerkbankCore

extension AppState {
    /// Keys while a question is asked: `y` or Enter runs its effects, `n` or Esc nothing.
    mutating func handleConfirmKey(_ key: Key, confirmation: Confirmation) -> [Effect] {
        switch key {
        case .character("y"), .character("Y"), .character("j"), .enter:
            modal = nil
            return confirmation.effects
        case .character("s"), .character("S") where !confirmation.skipEffects.isEmpty:
            modal = nil
            return confirmation.skipEffects
        case .character("n"), .character("N"), .escape, .control("c"):
            modal = nil
            say(text(confirmation.cancelled))
        default: break
        }
        return []
    }

    /// Keys while the code picker is open: type to filter, ↑↓ choose, Enter code, Tab a new
    /// sub-code, Esc cancel.
    mutating func handlePickerKey(_ key: Key, picker: CodePicker, data: WorkbenchData) -> [Effect] {
        var picker = picker
        if let parentShort = picker.newUnder, let parent = data.study.codebook.code(parentShort) {
            return handleSubcodeNaming(key, picker: &picker, parent: parent, data: data)
        }
        let matches = picker.matches(in: data.study.codebook)
        switch key {
        case .escape, .control("c"):
            modal = nil
        case .up, .control("p"):
            picker.selected = max(0, picker.selected - 1)
            modal = .picker(picker)
        case .down, .control("n"):
            picker.selected = min(max(0, matches.count - 1), picker.selected + 1)
            modal = .picker(picker)
        case .enter:
            guard matches.indices.contains(picker.selected) else {
                // The picker stays open: the user can type again or Esc.
                say(Text.messageNoCodeMatches.string(language, picker.input.text), isError: true)
                return []
            }
            modal = nil
            let code = matches[picker.selected].short
            if case .code = picker.purpose { rememberCodedSelection(data: data) }
            reader.visual = nil
            switch picker.purpose {
            case .code(let range):
                guard let source = data.source else { return [] }
                return [.addCoding(sourceID: source.id, range: range, code: code, coder: coder)]
            case .recode(let id):
                return [.recode(id, code: code)]
            case .autocode(let hits):
                askAutocodeUnit(code: code, hits: hits)
                return []
            }
        case .tab:
            guard matches.indices.contains(picker.selected) else { return [] }
            let chosen = matches[picker.selected]
            // Sub-codes hang under a top-level code, so refining a sub-code makes a sibling.
            picker.newUnder = chosen.parent ?? chosen.short
            picker.input = TextInput()
            modal = .picker(picker)
        default:
            if picker.input.handle(key) { picker.selected = 0 }
            modal = .picker(picker)
        }
        return []
    }

    /// Keys while a memo is written: Esc saves, Ctrl-C discards, the rest edits.
    mutating func handleMemoKey(_ key: Key, editor: MemoEditor) -> [Effect] {
        var editor = editor
        switch key {
        case .escape:
            modal = nil
            return [.saveMemo(editor.target, text: editor.text)]
        case .control("c"):
            modal = nil
        default:
            _ = editor.handle(key)
            modal = .memo(editor)
        }
        return []
    }
}
