import TerminalKit
import WerkbankCore

/// Draws the state into a screen buffer: the screen tabs on top, the current screen, the
/// status bar and the hint, message or command line at the bottom.
public struct Renderer {
    public let state: AppState
    public let data: WorkbenchData

    public init(state: AppState, data: WorkbenchData) {
        self.state = state
        self.data = data
    }

    /// The frame, and how far each text view can scroll (fed back into the state).
    public func render() -> (buffer: ScreenBuffer, scrollLimits: [String: Int]) {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        let background = state.style("ui.background")
        buffer.fill(buffer.bounds, style: background)
        if state.isTooSmall {
            let size = "\(AppState.minimumWidth)×\(AppState.minimumHeight)"
            // Wrapped at words where that fits, else cut into full rows: the whole request shows.
            let text = Array(Text.messageEnlarge.string(state.language, size)), style = state.style("ui.message.error")
            var view = TextView(lines: [Line(String(text), style: style)])
            if view.rows(width: buffer.width).count > buffer.height, buffer.width > 0 {
                view = TextView(lines: stride(from: 0, to: text.count, by: buffer.width).map {
                    Line(String(text[$0..<min($0 + buffer.width, text.count)]), style: style)
                }, wrap: false)
            }
            view.render(into: &buffer, area: buffer.bounds)
            return (buffer, state.scrollLimits)
        }
        let rows = Layout.split(buffer.bounds, .vertical, [.fixed(1), .fill(1), .fixed(1), .fixed(1)])
        renderScreenTabs(into: &buffer, area: rows[0])
        var limits: [String: Int] = [:]
        switch state.screen {
        case .cases: CasesScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .studyCase: CaseScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .respondents: RespondentsScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .model: ModelScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .help: HelpScreen(state: state).render(into: &buffer, area: rows[1], limits: &limits)
        case .source: SourceScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .fragments: FragmentsScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .matrix: MatrixScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .analysis: AnalysisScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .disagreements: DisagreementsScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        case .importer: ImportScreen(state: state, data: data).render(into: &buffer, area: rows[1], limits: &limits)
        }
        ModalView(state: state, data: data).render(into: &buffer, area: rows[1])
        renderStatusBar(into: &buffer, area: rows[2])
        renderBottomLine(into: &buffer, area: rows[3])
        return (buffer, state.scrollLimits.merging(limits) { $1 })
    }

    private func renderScreenTabs(into buffer: inout ScreenBuffer, area: Rect) {
        let main: [ScreenKind] = [.cases, .studyCase, .respondents, .model, .help, .matrix]
        let titles = main.enumerated().map { index, screen in "\(index + 1) \(state.text(screen.title))" }
        // The reader and the import dialog belong to a case.
        let current = state.screen == .source || state.screen == .importer ? .studyCase : state.screen
        // The Fragments screen has no tab of its own; none is highlighted there.
        Tabs(titles: titles, selected: main.firstIndex(of: current) ?? 0, style: state.style("ui.tab"),
             selectedStyle: state.style("ui.tab.active")).render(into: &buffer, area: area)
    }

    private func renderStatusBar(into buffer: inout ScreenBuffer, area: Rect) {
        let bar = state.style("ui.statusbar")
        var left = [Span(" \(state.text(state.screen.title).uppercased()) ", style: state.style("ui.statusbar.mode")),
                    Span(" \(state.projectName)", style: bar),
                    Span(" · \(state.text(.labelCoder)) \(state.coder)", style: bar)]
        if state.readOnly { left.append(Span(" · \(state.text(.labelReadOnly))", style: bar)) }
        StatusBar(left: left, right: [Span("? \(state.text(.hintHelp)) ", style: bar)], style: bar)
            .render(into: &buffer, area: area)
    }

    private func renderBottomLine(into buffer: inout ScreenBuffer, area: Rect) {
        if let input = state.searchInput {
            Prompt(label: "/", input: input, style: state.style("ui.prompt"), labelStyle: state.style("ui.prompt"))
                .render(into: &buffer, area: area)
        } else if let input = state.commandInput {
            Prompt(label: ":", input: input, style: state.style("ui.prompt"), labelStyle: state.style("ui.prompt"))
                .render(into: &buffer, area: area)
        } else if let message = state.message {
            buffer.write(message.text, x: area.x + 1, y: area.y,
                         style: state.style(message.isError ? "ui.message.error" : "ui.message.info"), maxWidth: area.width - 1)
        } else {
            KeyHintBar(hints: hints, keyStyle: state.style("ui.hint.key"), labelStyle: state.style("ui.hint.label"))
                .render(into: &buffer, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: 1))
        }
    }

    private var hints: [KeyHint] {
        var hints = [KeyHint("↑↓", state.text(.hintMove))]
        switch state.screen {
        case .cases: hints += [KeyHint("Enter", state.text(.hintOpen)), KeyHint("Tab", state.text(.hintPane))]
        case .studyCase: hints += [KeyHint("←→", state.text(.hintTabs)), KeyHint("Enter", state.text(.hintOpen)), KeyHint("Esc", state.text(.hintBack))]
        case .source: hints += [KeyHint("1-6", state.text(.hintCode)), KeyHint("u", state.text(.hintUndo)), KeyHint("Esc", state.text(.hintBack))]
        case .matrix: hints += [KeyHint("←→", state.text(.hintColumn)), KeyHint("Enter", state.text(.hintFragments)),
                                KeyHint("b", state.text(.hintAxis)), KeyHint("s", state.text(.hintMeasure))]
        case .disagreements: hints += [KeyHint("1 2 3 0", state.text(.hintResolve)), KeyHint("u", state.text(.hintUndo))]
        case .analysis: hints += [KeyHint("Tab", state.text(.hintTabs)), KeyHint("t", state.text(.hintUnit)), KeyHint("o", state.text(.hintMode))]
        case .importer:
            return [KeyHint("↑↓", state.text(.hintMove)), KeyHint("←→", state.text(.hintChange)), KeyHint("e", state.text(.hintEditID)),
                    KeyHint("Enter", state.text(.hintImport)), KeyHint("Esc", state.text(.hintCancel)), KeyHint("?", state.text(.hintHelp))]
        default: hints += [KeyHint("Esc", state.text(.hintBack))]
        }
        if state.screen != .source { hints.append(KeyHint("1-5", state.text(.hintScreens))) }
        hints += [KeyHint(":", state.text(.hintCommand)),
                  KeyHint("?", state.text(.hintHelp)), KeyHint("q", state.text(.hintQuit))]
        return hints
    }
}
