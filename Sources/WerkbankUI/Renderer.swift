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

    /// The frame, and what it measured (fed back into the state through the reducer).
    public func render() -> (buffer: ScreenBuffer, feedback: RenderFeedback) {
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
            buffer.paintDefaultBackground(background)
            return (buffer, state.feedback)
        }
        let rows = Layout.split(buffer.bounds, .vertical, [.fixed(1), .fill(1), .fixed(1), .fixed(1)])
        renderScreenTabs(into: &buffer, area: rows[0])
        var feedback = RenderFeedback()
        state.screen.module.init(state: state, data: data).render(into: &buffer, area: rows[1], feedback: &feedback)
        state.overlay?.module.render(state: state, data: data, into: &buffer, screen: rows[1], bottomLine: rows[3])
        let measured = feedback.merged(over: state.feedback)
        renderStatusBar(into: &buffer, area: rows[2], measured: measured)
        renderBottomLine(into: &buffer, area: rows[3])
        // Code colours and other scopes outside `ui` are drawn without a background.
        buffer.paintDefaultBackground(background)
        return (buffer, measured)
    }

    private func renderScreenTabs(into buffer: inout ScreenBuffer, area: Rect) {
        state.screenTabs.widget.render(into: &buffer, area: area)
    }

    /// The status bar; `measured` is this frame's feedback, so that the reader's position is
    /// the one on screen.
    private func renderStatusBar(into buffer: inout ScreenBuffer, area: Rect, measured: RenderFeedback) {
        let bar = state.style("ui.statusbar")
        let mode = state.isSelecting ? state.text(.modeSelect) : state.text(state.screen.title)
        var left = [Span(" \(mode.uppercased()) ", style: state.style("ui.statusbar.mode")),
                    Span(" \(state.projectName)", style: bar),
                    Span(" · \(state.text(.labelCoder)) \(state.coder)", style: bar)]
        if let visual = state.reader.visual, state.isSelecting {
            // Which end w b ) ( } { move, where the project's name stands otherwise (o swaps).
            left[1] = Span(" " + state.text(visual.head < visual.anchor ? .labelMovingStart : .labelMovingEnd),
                           style: bar.patched(with: Style(attributes: .bold)))
        }
        if state.readOnly { left.append(Span(" · \(state.text(.labelReadOnly))", style: bar)) }
        if state.practice != nil { left.append(Span(" · \(state.text(.labelPractising))", style: bar)) }
        var current = state
        current.feedback = measured
        if state.screen == .source, let position = current.readerPosition(in: data) {
            left.append(Span(" · \(position)", style: bar))
        }
        let help = Span("? \(state.text(.hintHelp)) ", style: bar)
        var right = [help]
        let room = area.width - Line(left).width - Line([help]).width - 2
        if let others = state.presenceSummary(room: room, reading: data.source?.id) {
            right.insert(Span(others + "  ", style: state.style("ui.statusbar.presence")), at: 0)
        }
        StatusBar(left: left, right: right, style: bar)
            .render(into: &buffer, area: area)
    }

    private func renderBottomLine(into buffer: inout ScreenBuffer, area: Rect) {
        if state.overlay?.module.usesBottomLine == true {
            return
        } else if let message = state.message {
            buffer.write(message.text, x: area.x + 1, y: area.y,
                         style: state.style(message.isError ? "ui.message.error" : "ui.message.info"), maxWidth: area.width - 1)
        } else {
            KeyHintBar(hints: hints, keyStyle: state.style("ui.hint.key"), labelStyle: state.style("ui.hint.label"))
                .render(into: &buffer, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: 1))
        }
    }

    /// The hint bar, generated from the action table for the screen and mode.
    private var hints: [KeyHint] {
        let canGoBack = !(state.screen == .cases && state.history.isEmpty)
        return ActionTable.hints(for: state.screen, readOnly: state.readOnly, canGoBack: canGoBack, selecting: state.isSelecting,
                                  practising: state.practice != nil)
            .map { KeyHint($0.keys, state.text($0.label)) }
    }
}
