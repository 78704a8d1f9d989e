import TerminalKit

/// Help for the screen the user came from, generated from the action table.
struct HelpScreen {
    let state: AppState

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let inner = state.frame(state.text(.helpTitle)).render(into: &buffer, area: area)
        ScrollingText(name: .help, lines: lines, state: state)
            .render(into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height), feedback: &feedback)
    }

    /// The screen whose help is shown: the one before Help.
    var subject: ScreenKind {
        state.history.last(where: { $0 != .help }) ?? .cases
    }

    /// Columns of the keys and of the commands: their descriptions wrap under themselves.
    static let keyColumn = 16
    static let commandColumn = 24

    var lines: [TextLine] {
        var lines: [TextLine] = []
        if let reason = state.readOnlyReason {
            lines += [TextLine(Line(Text.helpReadOnly.string(state.language, reason.text(state.language)),
                                    style: state.style("ui.message.error"))),
                      TextLine(Line([]))]
        }
        let applicable = ActionTable.entries(for: subject)
        let own = applicable.filter { $0.screens.contains(subject) }
        if !own.isEmpty {
            lines.append(TextLine(state.heading("\(state.text(.helpScreen)): \(state.text(subject.title))")))
            lines += own.map(line)
            lines.append(TextLine(Line([])))
        }
        lines.append(TextLine(state.heading(state.text(.helpGlobal))))
        lines += applicable.filter { $0.screens.isEmpty }.map(line)
        lines.append(TextLine(Line([])))
        lines.append(TextLine(state.heading(state.text(.helpCommands))))
        lines += CommandTable.entries.map { entry in
            let aliases = entry.aliases.isEmpty ? "" : " (:\(entry.aliases.joined(separator: ", :")))"
            return TextLine(Line([Span(DisplayWidth.pad(":" + entry.usage, to: Self.commandColumn), style: state.style("ui.hint.key")),
                                  Span(entry.help(state.language) + aliases, style: state.style("ui.text"))]),
                            hangingIndent: Self.commandColumn)
        }
        return lines
    }

    private func line(_ entry: ActionEntry) -> TextLine {
        let keys = entry.keys.map(\.displayName).joined(separator: " ")
        var text = entry.help(state.language)
        if entry.action.edits && state.readOnly { text += " (\(state.text(.labelReadOnly)))" }
        return TextLine(Line([Span(DisplayWidth.pad(keys, to: Self.keyColumn), style: state.style("ui.hint.key")),
                              Span(text, style: state.style("ui.text"))]), hangingIndent: Self.keyColumn)
    }
}

extension HelpScreen: ScreenModule {
    init(state: AppState, data: WorkbenchData) {
        self.init(state: state)
    }

    static func activeList(_ state: AppState) -> ListID { .help }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .help, rows: HelpScreen(state: state).lines.plainRows)
    }
}
