import TerminalKit
import WerkbankCore

/// The import dialog: the source's id, case and kind, then one row per detected speaker (turns,
/// the id and role it is mapped to, its first words), the Import button and what is missing.
struct ImportScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        guard let preview = state.importPreview else { return }
        buffer.fill(area, style: state.style("ui.dialog"))
        let inner = state.frame("\(state.text(.screenImport)) · \(preview.fileName)").render(into: &buffer, area: area)
        guard inner.height >= 6, inner.width >= 20 else { return }
        // In a small terminal the blank lines go first.
        let gap = inner.height >= 12 ? 1 : 0
        let x = inner.x + 1
        let width = inner.width - 2
        var y = inner.y
        let chosen = preview.currentRow

        // The source's fields.
        let labelWidth = [Text.labelSourceID, .columnCase, .columnKind].map { DisplayWidth.of(state.text($0)) }.max() ?? 0
        let studyCase = data.cases.first { $0.id == preview.caseID }
        let fields: [(ImportPreview.Row, Text, String)] = [
            (.sourceID, .labelSourceID, preview.sourceID),
            (.studyCase, .columnCase, studyCase.map { "\($0.number) · \($0.name) (\($0.tableLabel))" } ?? preview.caseID),
            (.kind, .columnKind, state.text(preview.kind.title) + (preview.date.map { " · \($0)" } ?? "")),
        ]
        for (row, label, value) in fields {
            let selected = row == chosen
            var spans = [Span(DisplayWidth.pad(state.text(label), to: labelWidth + 2), style: state.style("ui.text.dim"))]
            if selected, let input = preview.editing {
                spans.append(contentsOf: editSpans(input))
            } else {
                spans.append(Span(value, style: state.style("ui.text")))
            }
            write(Line(spans), x: x, y: y, width: width, chosen: selected, editing: preview.editing != nil, into: &buffer)
            y += 1
        }
        y += gap

        // The speakers: a header and as many as fit above the button and the status line.
        let footerY = inner.maxY - 2 - gap
        let visible = max(1, footerY - gap - y - 1)
        if preview.speakers.isEmpty {
            buffer.write(state.text(.labelNoSpeakers), x: x, y: y, style: state.style("ui.text.dim"), maxWidth: width)
            y += 1 + gap
        } else {
            let roleNames = data.study.roles.map(\.name) + [state.text(.labelInterviewer), state.text(.labelUnmapped)]
            let widths = [
                min(20, max(DisplayWidth.of(state.text(.columnSpeaker)), preview.speakers.map { DisplayWidth.of($0.label) }.max() ?? 0)),
                max(DisplayWidth.of(state.text(.columnTurns)), 5),
                min(12, max(DisplayWidth.of(state.text(.columnParticipantID)), 6, preview.speakers.map { DisplayWidth.of($0.id) }.max() ?? 0)),
                min(16, max(DisplayWidth.of(state.text(.columnRole)), roleNames.map(DisplayWidth.of).max() ?? 0)),
            ]
            let header = [Text.columnSpeaker, .columnTurns, .columnParticipantID, .columnRole].enumerated().map { index, key in
                Span(DisplayWidth.pad(state.text(key), to: widths[index], alignRight: index == 1) + "  ", style: state.style("ui.table.header"))
            } + [Span(state.text(.columnFirstWords), style: state.style("ui.table.header"))]
            write(Line(header), x: x, y: y, width: width, into: &buffer)
            y += 1
            let selectedSpeaker: Int? = if case .speaker(let index) = chosen { index } else { nil }
            let first = selectedSpeaker.map { $0 >= visible ? $0 - visible + 1 : 0 } ?? 0
            for index in first..<min(preview.speakers.count, first + visible) {
                let speaker = preview.speakers[index]
                let selected = index == selectedSpeaker
                var spans = [Span(DisplayWidth.pad(DisplayWidth.truncate(speaker.label, to: widths[0]), to: widths[0]) + "  ", style: state.style("ui.text.emphasis")),
                             Span(DisplayWidth.pad(String(speaker.turns), to: widths[1], alignRight: true) + "  ", style: state.style("ui.text"))]
                if selected, let input = preview.editing {
                    spans.append(contentsOf: editSpans(input))
                    spans.append(Span("  ", style: state.style("ui.text")))
                } else {
                    let id = speaker.id.isEmpty ? "–" : speaker.id
                    spans.append(Span(DisplayWidth.pad(DisplayWidth.truncate(id, to: widths[2]), to: widths[2]) + "  ", style: state.style("ui.text")))
                }
                let role: String = switch speaker.mapping {
                case .unmapped: state.text(.labelUnmapped)
                case .interviewer: state.text(.labelInterviewer)
                case .participant(let name): name
                }
                spans.append(Span(DisplayWidth.pad(DisplayWidth.truncate(role, to: widths[3]), to: widths[3]) + "  ",
                                  style: state.style(speaker.isMapped ? "ui.text" : "ui.message.error")))
                spans.append(Span(speaker.firstWords, style: state.style("ui.text.dim")))
                write(Line(spans), x: x, y: y, width: width, chosen: selected, editing: preview.editing != nil, into: &buffer)
                y += 1
            }
            y += gap
        }

        // The button and what it needs.
        y = min(y, footerY)
        write(Line(state.text(.labelImportButton), style: state.style("ui.text.emphasis")), x: x, y: y, width: DisplayWidth.of(state.text(.labelImportButton)),
              chosen: chosen == .importButton, into: &buffer)
        let status: Line
        if preview.editing != nil {
            status = Line(state.text(.labelImportEditing), style: state.style("ui.text.dim"))
        } else if !preview.unmapped.isEmpty {
            status = Line(Text.labelImportWaiting.string(state.language, preview.unmapped.joined(separator: ", ")), style: state.style("ui.message.error"))
        } else {
            let participants = Set(preview.speakers.filter { $0.mapping != .interviewer }.map(\.id)).count
            let interviewers = Set(preview.speakers.filter { $0.mapping == .interviewer }.map(\.id)).count
            status = Line(Text.labelImportReady.string(state.language, String(preview.transcript.turns.count), String(participants), String(interviewers)),
                          style: state.style("ui.text.dim"))
        }
        write(status, x: x, y: y + 1 + gap, width: width, into: &buffer)
    }

    /// An id being typed, with the cursor as a reversed cell.
    private func editSpans(_ input: TextInput) -> [Span] {
        let characters = Array(input.text)
        let cursor = min(max(0, input.cursor), characters.count)
        let prompt = state.style("ui.prompt")
        var cursorStyle = prompt
        cursorStyle.attributes.insert(.reverse)
        return [Span("› ", style: prompt), Span(String(characters[..<cursor]), style: prompt),
                Span(cursor < characters.count ? String(characters[cursor]) : " ", style: cursorStyle),
                Span(cursor + 1 < characters.count ? String(characters[(cursor + 1)...]) : "", style: prompt)]
    }

    /// A row, cut to `width`; the chosen row marked `▸` in the margin and, unless an id is
    /// typed on it, in the selection style across its width.
    private func write(_ line: Line, x: Int, y: Int, width: Int, chosen: Bool = false, editing: Bool = false, into buffer: inout ScreenBuffer) {
        let cut = line.truncated(to: width)
        if chosen { buffer.write("▸", x: x - 1, y: y, style: state.style("ui.text.emphasis")) }
        if chosen && !editing {
            let selection = state.style("ui.selection")
            buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: selection)
            _ = buffer.write(Line(cut.spans.map { Span($0.text, style: selection) }), x: x, y: y, maxWidth: width)
        } else {
            _ = buffer.write(cut, x: x, y: y, maxWidth: width)
        }
    }
}

extension ImportScreen: ScreenModule {
    /// A dialog: every key but help, the command line and Ctrl-C is the dialog's.
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        guard state.importPreview != nil, ![.help, .commandLine, .forceQuit].contains(action) else { return nil }
        return state.reduceImport(action, data: data)
    }

    static func activeList(_ state: AppState) -> ListID { .importer }
}
