import TerminalKit
import WerkbankCore

/// `J` in a cell of the synthesis grid: one of the four statuses, then why in one line.
public struct JudgementPicker: Hashable, Sendable {
    public var cell: CellKey
    public var title: String
    public var selected: Int
    /// The justification being typed, once a status is chosen; `nil` while choosing.
    public var why: TextInput?
    var currentWhy: String

    init(cell: CellKey, title: String, current: RecognitionJudgement?) {
        self.cell = cell
        self.title = title
        selected = current.flatMap { RecognitionStatus.allCases.firstIndex(of: $0.status) } ?? 0
        currentWhy = current?.why ?? ""
    }

    var status: RecognitionStatus { RecognitionStatus.allCases[selected] }
}

extension AppState {
    /// Keys while the judgement is chosen: ↑↓ or 1-4 and Enter, then a line and Enter; Esc
    /// leaves the judgement as it was.
    mutating func handleJudgementKey(_ key: Key, picker: JudgementPicker) -> [Effect] {
        var picker = picker
        let count = RecognitionStatus.allCases.count
        if var why = picker.why {
            switch key {
            case .escape, .control("c"):
                modal = nil
                say(text(.messageJudgementCancelled))
                return []
            case .enter:
                modal = nil
                let line = why.text.trimmingCharacters(in: .whitespaces)
                return [.editSynthesis(.judge(picker.cell, status: picker.status, why: line, author: coder))]
            default:
                _ = why.handle(key)
                picker.why = why
            }
            modal = .judgement(picker)
            return []
        }
        switch key {
        case .escape, .control("c"):
            modal = nil
            say(text(.messageJudgementCancelled))
            return []
        case .up, .character("k"): picker.selected = max(0, picker.selected - 1)
        case .down, .character("j"): picker.selected = min(count - 1, picker.selected + 1)
        case .character(let digit) where digit.wholeNumberValue.map { (1...count).contains($0) } ?? false:
            picker.selected = digit.wholeNumberValue! - 1
        case .enter:
            var input = TextInput()
            for character in picker.currentWhy { _ = input.handle(.character(character)) }
            picker.why = input
        default: break
        }
        modal = .judgement(picker)
        return []
    }
}

struct JudgementOverlay: OverlayModule {
    static func handle(_ key: Key, state: inout AppState, data: WorkbenchData) -> [Effect] {
        guard case .judgement(let picker) = state.modal else { return [] }
        return state.handleJudgementKey(key, picker: picker)
    }

    static func render(state: AppState, data: WorkbenchData, into buffer: inout ScreenBuffer, screen: Rect, bottomLine: Rect) {
        guard case .judgement(let picker) = state.modal else { return }
        let width = min(64, screen.width - 2), height = min(9, screen.height - 2)
        let outer = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width: width, height: height)
        buffer.fill(outer, style: state.style("ui.dialog"))
        let inner = state.frame(Text.labelJudgementTitle.string(state.language, picker.title)).render(into: &buffer, area: outer)
        guard inner.height >= 3 else { return }
        for (index, status) in RecognitionStatus.allCases.enumerated() where index < inner.height - 2 {
            let line = "\(index + 1) " + SynthesisTable.judgement(status, state)
            let style = index == picker.selected ? state.style("ui.selection") : state.style("ui.dialog")
            buffer.fill(Rect(x: inner.x, y: inner.y + index, width: inner.width, height: 1), style: style)
            buffer.write(line, x: inner.x + 1, y: inner.y + index, style: style, maxWidth: inner.width - 1)
        }
        let last = Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1)
        if let why = picker.why {
            Prompt(label: state.text(.labelWhy), input: why, style: state.style("ui.prompt"), labelStyle: state.style("ui.prompt"))
                .render(into: &buffer, area: Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 1))
            buffer.write(state.text(.labelWhyHint), x: last.x, y: last.y, style: state.style("ui.text.dim"), maxWidth: last.width)
        } else {
            buffer.write(state.text(.labelJudgementHint), x: last.x, y: last.y, style: state.style("ui.text.dim"), maxWidth: last.width)
        }
    }
}
