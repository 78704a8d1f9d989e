import TerminalKit
import WerkbankCore

/// What takes the keys before the screen does: a prompt in the bottom line (the command line,
/// the reader's search), a dialog over the screen (the code picker, the memo editor, a
/// question), or the import dialog's id field. Like a screen it is a module that takes keys
/// and draws itself; adding one is a type, a case here and that case in ``module``.
enum OverlayKind: CaseIterable, Sendable {
    case commandLine, picker, memo, confirm, judgement, search, find, importField, projectSearch, autocodeUnit

    var module: any OverlayModule.Type {
        switch self {
        case .commandLine: CommandLineOverlay.self
        case .picker: PickerOverlay.self
        case .memo: MemoOverlay.self
        case .confirm: ConfirmOverlay.self
        case .judgement: JudgementOverlay.self
        case .search: SearchOverlay.self
        case .find: FindOverlay.self
        case .importField: ImportFieldOverlay.self
        case .projectSearch: ProjectSearchOverlay.self
        case .autocodeUnit: AutocodeUnitOverlay.self
        }
    }
}

/// A prompt or dialog that takes the keys while it is open.
protocol OverlayModule {
    /// Takes a key; returns the effects to run.
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect]
    /// Draws itself over the screen (`screen`) or in the bottom line.
    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect)
    /// Whether it draws the bottom line (where the message or the hints go otherwise).
    static var usesBottomLine: Bool { get }
}

extension OverlayModule {
    static var usesBottomLine: Bool { false }
}

extension AppState {
    /// The prompt or dialog that has the keys, if any; the command line first, as it can be
    /// opened over anything.
    var overlay: OverlayKind? {
        if commandInput != nil { return .commandLine }
        switch modal {
        case .picker: return .picker
        case .memo: return .memo
        case .confirm: return .confirm
        case .judgement: return .judgement
        case .autocodeUnit: return .autocodeUnit
        case nil: break
        }
        if reader.searchInput != nil { return .search }
        if find.input != nil { return .find }
        if search.input != nil { return .projectSearch }
        if screen == .importer, importPreview?.editing != nil { return .importField }
        return nil
    }
}

struct CommandLineOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        state.handleCommandKey(key, data: data)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard let input = state.commandInput else { return }
        Prompt(label: ":", input: input, style: state.style("ui.prompt"), labelStyle: state.style("ui.prompt")).render(into: &buffer, area: bottomLine)
        // The command line takes the message's row: what Tab listed (commands, files) stands
        // on the screen's last row, above the prompt, as a shell lists them.
        if let message = state.message, screen.height > 0 {
            let row = Rect(x: screen.x, y: screen.maxY - 1, width: screen.width, height: 1)
            buffer.fill(row, style: state.style("ui.background"))
            buffer.write(message.text, x: row.x + 1, y: row.y, style: state.style(message.isError ? "ui.message.error" : "ui.message.info"),
                         maxWidth: row.width - 1)
        }
    }

    static var usesBottomLine: Bool { true }
}

struct SearchOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        state.handleSearchKey(key, data: data)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard let input = state.reader.searchInput else { return }
        Prompt(label: "/", input: input, style: state.style("ui.prompt"), labelStyle: state.style("ui.prompt")).render(into: &buffer, area: bottomLine)
    }

    static var usesBottomLine: Bool { true }
}

/// `/` on a list or text screen.
struct FindOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        state.handleFindKey(key, data: data)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard let input = state.find.input else { return }
        Prompt(label: "/", input: input, style: state.style("ui.prompt"), labelStyle: state.style("ui.prompt")).render(into: &buffer, area: bottomLine)
    }

    static var usesBottomLine: Bool { true }
}

struct PickerOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        guard case .picker(let picker) = state.modal else { return [] }
        return state.handlePickerKey(key, picker: picker, data: data)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard case .picker(let picker) = state.modal else { return }
        ModalView(state: state, data: data).renderPicker(picker, into: &buffer, area: screen)
    }
}

struct MemoOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        guard case .memo(let editor) = state.modal else { return [] }
        return state.handleMemoKey(key, editor: editor)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard case .memo(let editor) = state.modal else { return }
        ModalView(state: state, data: data).renderMemo(editor, into: &buffer, area: screen)
    }
}

struct ConfirmOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        guard case .confirm(let confirmation) = state.modal else { return [] }
        return state.handleConfirmKey(key, confirmation: confirmation)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard case .confirm(let confirmation) = state.modal else { return }
        // A question that offers to skip (an undo someone else is in the way of) names its three keys.
        let hint = state.text(confirmation.skipEffects.isEmpty ? .hintYesNo : .hintAnywaySkipCancel)
        ConfirmDialog(title: confirmation.title, message: confirmation.message, hint: hint,
                      style: state.style("ui.dialog"), titleStyle: state.style("ui.text.emphasis")).render(into: &buffer, area: screen)
    }
}

/// The import dialog's id field: drawn by the import screen itself.
struct ImportFieldOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        state.handleImportEditKey(key, data: data)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {}
}
