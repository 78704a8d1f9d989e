import TerminalKit

/// A text view whose scroll position lives in the state under a name; reports how far it can
/// scroll so that the reducer can stop there.
struct ScrollingText {
    let name: String
    let lines: [Line]
    let state: AppState

    func render(into buffer: inout ScreenBuffer, area: Rect, limits: inout [String: Int]) {
        let wrapped = lines.flatMap { $0.spans.isEmpty ? [$0] : TextView.wrap($0, width: max(1, area.width)) }
        let limit = max(0, wrapped.count - area.height)
        limits[name] = limit
        let offset = min(state.list(name).offset, limit)
        TextView(lines: wrapped, offset: offset, wrap: false, style: state.style("ui.text")).render(into: &buffer, area: area)
    }
}

extension AppState {
    /// A frame around an area, its border in the focused style when `focused`.
    func frame(_ title: String, focused: Bool = true) -> Frame {
        Frame(title: title, style: style(focused ? "ui.border.focused" : "ui.border"), titleStyle: style("ui.title"))
    }

    /// A label and a value on one line.
    func field(_ label: Text, _ value: String) -> Line {
        Line([Span("\(text(label)): ", style: style("ui.text.dim")), Span(value, style: style("ui.text"))])
    }

    /// The swatch style of a code colour. Without colours (NO_COLOR, mono) the swatch would
    /// vanish, so it is shown bold in the text colour.
    func codeStyle(_ colour: Color) -> Style {
        colorProfile == .none ? style("ui.text.emphasis") : colorProfile.adapt(Style(foreground: colour))
    }

    /// A heading line.
    func heading(_ value: String) -> Line {
        Line(value, style: style("ui.text.emphasis"))
    }
}
