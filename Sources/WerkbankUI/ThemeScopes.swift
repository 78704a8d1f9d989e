/// The theme scopes the workbench uses; a theme file may set only these (and their parents).
public enum ThemeScopes {
    public static let all: Set<String> = [
        "ui", "ui.background", "ui.text", "ui.text.dim", "ui.text.emphasis", "ui.title", "ui.border",
        "ui.border.focused", "ui.selection", "ui.selection.unfocused", "ui.statusbar", "ui.statusbar.mode", "ui.statusbar.presence",
        "ui.hint.key", "ui.hint.label", "ui.tab", "ui.tab.active", "ui.table.header", "ui.table.total",
        "ui.matrix", "ui.matrix.empty", "ui.matrix.low", "ui.matrix.high",
        "ui.synthesis", "ui.synthesis.herkend", "ui.synthesis.deels", "ui.synthesis.niet", "ui.synthesis.onbesproken",
        "ui.message.error", "ui.message.info", "ui.prompt", "ui.dialog", "ui.footnote",
        "speaker", "speaker.interviewer", "speaker.label", "code",
    ]
}
