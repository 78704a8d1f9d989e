import TerminalKit

extension Theme {
    /// The theme used when no theme file can be found (an installed binary without its
    /// `Themes` folder): attributes only, so it works on every terminal.
    public static let builtIn = Theme(name: "built-in", scopes: [
        "ui.title": StyleSpec(attributes: .bold),
        "ui.text.dim": StyleSpec(attributes: .dim),
        "ui.text.emphasis": StyleSpec(attributes: .bold),
        "ui.selection": StyleSpec(attributes: .reverse),
        "ui.selection.unfocused": StyleSpec(attributes: .underline),
        "ui.statusbar": StyleSpec(attributes: .reverse),
        "ui.statusbar.mode": StyleSpec(attributes: [.reverse, .bold]),
        "ui.statusbar.presence": StyleSpec(attributes: [.reverse, .bold]),
        "ui.hint.key": StyleSpec(attributes: .bold),
        "ui.tab.active": StyleSpec(attributes: [.bold, .underline]),
        "ui.table.header": StyleSpec(attributes: .bold),
        "ui.table.total": StyleSpec(attributes: .bold),
        "ui.message.error": StyleSpec(attributes: .bold),
        "ui.border.focused": StyleSpec(attributes: .bold),
        "speaker.label": StyleSpec(attributes: .bold),
    ])
}
