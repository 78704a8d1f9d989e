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

    var lines: [Line] {
        var lines: [Line] = []
        if let reason = state.readOnlyReason {
            lines += [Line(Text.helpReadOnly.string(state.language, reason.text(state.language)), style: state.style("ui.message.error")),
                      Line([])]
        }
        let applicable = ActionTable.entries(for: subject)
        let own = applicable.filter { $0.screens.contains(subject) }
        if !own.isEmpty {
            lines.append(state.heading("\(state.text(.helpScreen)): \(state.text(subject.title))"))
            lines += own.map(line)
            lines.append(Line([]))
        }
        lines.append(state.heading(state.text(.helpGlobal)))
        lines += applicable.filter { $0.screens.isEmpty }.map(line)
        lines.append(Line([]))
        lines.append(state.heading(state.text(.helpCommands)))
        lines += CommandTable.entries.map { entry in
            let aliases = entry.aliases.isEmpty ? "" : " (:\(entry.aliases.joined(separator: ", :")))"
            return Line([Span(DisplayWidth.pad(":" + entry.usage, to: 24), style: state.style("ui.hint.key")),
                         Span(entry.help(state.language) + aliases, style: state.style("ui.text"))])
        }
        return lines
    }

    private func line(_ entry: ActionEntry) -> Line {
        let keys = entry.keys.map(\.displayName).joined(separator: " ")
        var text = entry.help(state.language)
        if entry.action.edits && state.readOnly { text += " (\(state.text(.labelReadOnly)))" }
        return Line([Span(DisplayWidth.pad(keys, to: 16), style: state.style("ui.hint.key")), Span(text, style: state.style("ui.text"))])
    }
}

extension HelpScreen: ScreenModule {
    init(state: AppState, data: WorkbenchData) {
        self.init(state: state)
    }

    static func activeList(_ state: AppState) -> ListID { .help }
}
