import TerminalKit
import WerkbankCore

/// An opened cell of the synthesis grid: its judgement on top, its fragments on the left, its
/// findings with their evidence on the right. Tab moves the focus between the sides.
struct SynthesisCellScreen {
    let state: AppState
    let data: WorkbenchData

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        guard let key = state.synthesis.cell else { return }
        let inner = state.frame("\(state.text(.screenSynthesisCell)) · \(state.cellName(key, data: data))").render(into: &buffer, area: area)
        buffer.fill(inner, style: state.style("ui.text"))
        guard let cell = data.cell, cell.key == key, inner.height >= 4 else { return }
        let judgement = SynthesisTable.judgement(cell.judgement?.status, state) + (cell.judgement.map { $0.why.isEmpty ? "" : " — \($0.why)" } ?? "")
        buffer.write(judgement, x: inner.x + 1, y: inner.y, style: state.style(SynthesisScreen.scope(cell.judgement?.status))
            .patched(with: Style(attributes: .bold)), maxWidth: inner.width - 2)
        let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let left = Rect(x: body.x, y: body.y, width: body.width / 2, height: body.height)
        let right = Rect(x: left.maxX, y: body.y, width: body.width - left.width, height: body.height)
        let fragmentsFocused = !state.synthesis.findingsFocused
        let fragmentsArea = state.frame("\(state.text(.screenFragments)) — "
            + (cell.fragments.count >= CellContents.fragmentLimit ? Text.labelFirstOnly.string(state.language, "\(cell.fragments.count)")
                : "\(cell.fragments.count)"), focused: fragmentsFocused)
            .render(into: &buffer, area: left)
        let findingsArea = state.frame("\(state.text(.tabFindings)) — \(cell.findings.count)", focused: !fragmentsFocused)
            .render(into: &buffer, area: right)
        let linked = Set(state.chosenFinding(in: data)?.evidence.map(\.codingID) ?? [])
        if cell.fragments.isEmpty {
            buffer.write(state.text(.labelNoCellFragments), x: fragmentsArea.x, y: fragmentsArea.y, style: state.style("ui.text.dim"), maxWidth: fragmentsArea.width)
        }
        // Only the blocks on screen are laid out: a cell can hold thousands of fragments.
        renderBlocks(count: cell.fragments.count, selected: state.list(.cellFragments).selected, focused: fragmentsFocused,
                     into: &buffer, area: fragmentsArea) { index in
            fragmentBlock(cell.fragments[index], linked: linked.contains(cell.fragments[index].coding.id), width: fragmentsArea.width)
        }
        let rows = cell.findingRows
        if rows.isEmpty {
            buffer.write(state.text(.labelNoFindings), x: findingsArea.x, y: findingsArea.y, style: state.style("ui.text.dim"), maxWidth: findingsArea.width)
        }
        renderBlocks(count: rows.count, selected: state.resolvedFindingRow(data), focused: !fragmentsFocused, into: &buffer,
                     area: findingsArea) { index in
            findingBlock(cell, row: rows[index], width: findingsArea.width)
        }
    }

    /// Blocks of lines top to bottom, the selected one whole in view and highlighted.
    private func renderBlocks(count: Int, selected: Int, focused: Bool, into buffer: inout ScreenBuffer, area: Rect,
                              block: (Int) -> [String]) {
        guard count > 0, area.height > 0 else { return }
        var blocks: [Int: [String]] = [:]
        func lines(_ index: Int) -> [String] {
            if let lines = blocks[index] { return lines }
            let lines = block(index)
            blocks[index] = lines
            return lines
        }
        let selected = min(max(0, selected), count - 1)
        var top = selected, used = lines(selected).count
        while top > 0 && used + lines(top - 1).count <= area.height {
            top -= 1
            used += lines(top).count
        }
        // Rows left under the selected block show the next ones.
        var y = area.y
        let highlight = state.style(focused ? "ui.selection" : "ui.selection.unfocused")
        for index in top..<count {
            guard y < area.maxY else { break }
            for line in lines(index) where y < area.maxY {
                let style = index == selected ? highlight : state.style("ui.text")
                if index == selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
                buffer.write(line, x: area.x, y: y, style: style, maxWidth: area.width)
                y += 1
            }
        }
    }

    /// `S2 (Studenten) · Focusgroep…` and the quote on two rows; `✓` when it is evidence of the
    /// chosen finding.
    private func fragmentBlock(_ fragment: Fragment, linked: Bool, width: Int) -> [String] {
        let speaker = fragment.speaker.map { speaker in fragment.role.map { "\(speaker) (\($0))" } ?? speaker } ?? "—"
        let header = (linked ? "✓ " : "  ") + "\(speaker) · \(fragment.sourceTitle) · \(fragment.coding.coder)"
        return [DisplayWidth.truncate(header, to: width)] + quoteRows(fragment.quote, width: width, rows: 2)
    }

    /// A finding (`•`, up to three rows, its role), or one of its evidence under it.
    private func findingBlock(_ cell: CellContents, row: (finding: Int, evidence: Int?), width: Int) -> [String] {
        let finding = cell.findings[row.finding]
        guard let index = row.evidence else {
            let role = finding.role.map { " [\($0)]" } ?? ""
            let text = FragmentsScreen.oneLine(finding.text, characters: width * 3).text + role
            return TextLine(Line("• " + text), hangingIndent: 2).wrapped(width: width).prefix(3).map(\.plainText)
        }
        let evidence = finding.evidence[index]
        if evidence.isRemoved {
            return [DisplayWidth.truncate("   ✗ \(state.text(.labelEvidenceRemoved)): “\(FragmentsScreen.oneLine(evidence.quote, characters: width).text)”", to: width)]
        }
        let fragment = cell.evidenceFragments[evidence.codingID]
        let speaker = fragment.flatMap { fragment in fragment.speaker.map { speaker in fragment.role.map { "\(speaker) (\($0))" } ?? speaker } }
        let quote = FragmentsScreen.oneLine(evidence.quote, characters: width).text
        return [DisplayWidth.truncate("   " + (speaker.map { "\($0): " } ?? "") + "“\(quote)”", to: width)]
    }

    private func quoteRows(_ quote: String, width: Int, rows: Int) -> [String] {
        let line = FragmentsScreen.oneLine(quote, characters: rows * width + 2)
        let wrapped = TextLine(Line("  “\(line.text)\(line.cut ? "" : "”")"), hangingIndent: 3).wrapped(width: width)
        guard line.cut || wrapped.count > rows else { return wrapped.map(\.plainText) }
        var kept = Array(wrapped.prefix(rows))
        kept[rows - 1] = FragmentsScreen.cut(kept[rows - 1], width: width)
        return kept.map(\.plainText)
    }
}

extension AppState {
    /// The findings' row under the cursor, after the finding just written or changed.
    func resolvedFindingRow(_ data: WorkbenchData) -> Int {
        var copy = self
        copy.takePendingFinding(data: data)
        return copy.list(.cellFindings).selected
    }
}

extension SynthesisCellScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        state.reduceCell(action, data: data)
    }

    static func activeList(_ state: AppState) -> ListID { state.synthesis.findingsFocused ? .cellFindings : .cellFragments }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        guard let cell = data.cell else { return nil }
        return state.synthesis.findingsFocused
            ? FindRows(list: .cellFindings, rows: cell.findingRows.map { row in
                row.evidence.map { cell.findings[row.finding].evidence[$0].quote } ?? cell.findings[row.finding].text
            })
            : FindRows(list: .cellFragments, rows: cell.fragments.map { "\($0.speaker ?? "") \($0.role ?? "") \($0.sourceTitle) \($0.quote)" })
    }
}
