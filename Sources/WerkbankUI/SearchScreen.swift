import TerminalKit
import WerkbankCore
import WerkbankStore

/// Project-wide search (`/`, `:search`): the hits of a query as keyword in context, under a
/// header per case (or per source) with its count. Each hit is one row: a mark, the words
/// before it right-aligned, the hit in one column for every row, the words after it, then
/// source, speaker (role) and case. Space marks hits, `a` all, `c` codes the marked ones.
struct SearchScreen {
    let state: AppState
    let data: WorkbenchData

    /// A row of the list: a group's header or a hit (by index in the hits).
    enum Row: Hashable {
        case header(String)
        case hit(Int)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let inner = state.frame(title).render(into: &buffer, area: area)
        buffer.fill(inner, style: state.style("ui.text"))
        guard !inner.isEmpty else { return }
        let hits = data.searchHits
        guard !hits.isEmpty else {
            let note = state.search.query.isEmpty ? state.text(.labelSearchPrompt) : state.text(.labelNoHits)
            buffer.write(note, x: inner.x + 1, y: inner.y, style: state.style("ui.text.dim"), maxWidth: inner.width - 1)
            return
        }
        let rows = Self.rows(hits: hits, counts: data.searchCounts, bySource: state.search.bySource, language: state.language)
        let selected = min(max(0, state.list(.search).selected), hits.count - 1)
        var selectedRow = rows.firstIndex(of: .hit(selected)) ?? 0
        // The group's header shows above its first hit.
        if selectedRow > 0, case .header = rows[selectedRow - 1] { selectedRow -= 1 }
        let top = AppState.offset(showing: selectedRow, from: state.feedback.textTops[.search] ?? 0, visible: inner.height)
        feedback.textTops[.search] = top
        let layout = KWICLayout(hits: hits, width: inner.width)
        for (slot, row) in rows[top..<min(rows.count, top + inner.height)].enumerated() {
            let y = inner.y + slot
            switch row {
            case .header(let text):
                buffer.write(DisplayWidth.truncate(text, to: inner.width), x: inner.x, y: y, style: state.style("ui.table.header"))
            case .hit(let index):
                let chosen = index == selected
                let base = state.style(chosen ? "ui.selection" : "ui.text")
                if chosen { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
                let marked = state.search.markedAll || state.search.marked.contains(index)
                let match = chosen ? base : state.style("ui.text.emphasis")
                let dim = chosen ? base : state.style("ui.text.dim")
                buffer.write(Line(layout.spans(of: hits[index], marked: marked, styles: (base, match, dim))), x: inner.x, y: y,
                             maxWidth: inner.width, baseStyle: base)
            }
        }
    }

    /// `Search · samenwerk* — 24 hits in 3 cases · by case · 2 marked`.
    var title: String {
        var parts = [state.text(.screenSearch)]
        if !state.search.query.isEmpty { parts.append((state.search.regex ? "regex " : "") + state.search.query) }
        var line = parts.joined(separator: " · ")
        guard !state.search.query.isEmpty else { return line }
        let total = data.searchCounts.reduce(0) { $0 + $1.hits }
        line += " — " + (data.searchCounts.count == 1 ? Text.labelHitsInOneCase.string(state.language, "\(total)")
            : Text.labelHitsInCases.string(state.language, "\(total)", "\(data.searchCounts.count)"))
        if data.searchHits.count < total { line += " " + Text.labelFirstHits.string(state.language, "\(data.searchHits.count)") }
        line += " · " + state.text(state.search.bySource ? .labelBySource : .labelByCase)
        let marked = state.search.markedAll ? total : state.search.marked.count
        if marked > 0 { line += " · " + Text.labelMarked.string(state.language, "\(marked)") }
        return line
    }

    /// The rows: a header before each case's (or source's) hits, with their count.
    static func rows(hits: [TextHit], counts: [SearchCaseCount], bySource: Bool, language: Language) -> [Row] {
        var rows: [Row] = []
        var group: String?
        let perCase = Dictionary(counts.map { ($0.caseID, $0.hits) }, uniquingKeysWith: +)
        var perSource: [String: Int] = [:]
        if bySource { for hit in hits { perSource[hit.sourceID, default: 0] += 1 } }
        for (index, hit) in hits.enumerated() {
            let key = bySource ? hit.caseID + "\u{1F}" + hit.sourceID : hit.caseID
            if key != group {
                group = key
                let header = bySource
                    ? "\(hit.caseName) · \(hit.sourceID) — \(perSource[hit.sourceID] ?? 0)"
                    : "\(hit.caseName) — \(perCase[hit.caseID] ?? 0)"
                rows.append(.header(header))
            }
            rows.append(.hit(index))
        }
        return rows
    }
}

/// Where the parts of a keyword-in-context row go at a width: the hits start in one column,
/// the words before end one column before it, the source, speaker and case take the right.
struct KWICLayout {
    /// Columns of the mark (`● `).
    static let markWidth = 2
    let width: Int
    /// The column (after the mark) where every hit starts.
    let hitColumn: Int
    /// Columns of the words before, hit and words after together.
    let kwicWidth: Int

    init(hits: [TextHit], width: Int) {
        self.width = width
        let tails = hits.prefix(200).map { DisplayWidth.of(Self.tail(of: $0)) }.max() ?? 0
        let tail = min(tails, width / 3)
        kwicWidth = max(8, width - Self.markWidth - 1 - tail)
        hitColumn = kwicWidth * 2 / 5
    }

    /// `S1 (Studenten) · interview-1 · revalidatie-1`: the speaker first, as source ids are
    /// long and alike within a case; without the case (its header names it) when that does
    /// not fit in `width` columns.
    static func tail(of hit: TextHit, width: Int = .max) -> String {
        let speaker = hit.speaker.map { speaker in hit.role.map { "\(speaker) (\($0))" } ?? speaker }
        let parts = (speaker.map { [$0] } ?? []) + [hit.sourceID]
        let whole = (parts + [hit.caseID]).joined(separator: " · ")
        return DisplayWidth.of(whole) <= width ? whole : parts.joined(separator: " · ")
    }

    /// One hit's row as spans: mark, words before, hit, words after, then the tail.
    func spans(of hit: TextHit, marked: Bool, styles: (base: Style, match: Style, dim: Style)) -> [Span] {
        let before = Self.oneLine(hit.before)
        let match = Self.oneLine(hit.match)
        let after = Self.oneLine(hit.after)
        let room = hitColumn - 1
        let left = Self.suffix(before, fitting: room)
        let shownMatch = DisplayWidth.truncate(match, to: max(1, kwicWidth - hitColumn))
        // Punctuation right after the hit stays against it, as in the text.
        let gap = after.first.map { $0.isPunctuation } == true ? "" : " "
        let rightRoom = max(0, kwicWidth - hitColumn - DisplayWidth.of(shownMatch) - gap.count)
        let right = DisplayWidth.pad(DisplayWidth.truncate(after, to: rightRoom), to: rightRoom)
        let leftPadded = String(repeating: " ", count: max(0, room - DisplayWidth.of(left))) + left + " "
        let tailWidth = max(0, width - Self.markWidth - kwicWidth - 1)
        let tail = DisplayWidth.truncate(Self.tail(of: hit, width: tailWidth), to: tailWidth)
        return [Span(marked ? "● " : "  ", style: styles.match), Span(leftPadded, style: styles.base),
                Span(shownMatch, style: styles.match), Span(gap + right, style: styles.base), Span(" " + tail, style: styles.dim)]
    }

    /// Text on one line: line breaks and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// The end of `text` that fits in `width` columns, starting with `…` when cut; whole
    /// characters only, so a wide character or one with a combining accent is never split.
    static func suffix(_ text: String, fitting width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var kept: [Character] = []
        var used = 1
        for character in text.reversed() {
            let columns = DisplayWidth.of(character)
            if used + columns > width { break }
            kept.append(character)
            used += columns
        }
        return "…" + String(kept.reversed())
    }
}

extension SearchScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        state.reduceSearch(action, data: data)
    }

    static func activeList(_ state: AppState) -> ListID { .search }
}
