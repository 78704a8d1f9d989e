import Foundation
import TerminalKit
import WerkbankCore

/// Every fragment of the filter, with its speaker, role, case and quote.
///
/// The frame's title says the filter in words and how many fragments it finds. Each
/// fragment takes two to four rows: a header (the code in its colour, case, source, speaker
/// and role, coder), the quote cut to ``quoteRows`` rows, and the coding's memo, dimmed,
/// when it has one. Only the fragments on screen are laid out.
struct FragmentsScreen {
    let state: AppState
    let data: WorkbenchData

    // The first fragment a frame showed goes back in the feedback so that the next frame
    // scrolls from there: fragments differ in height, and the reducer moves the list's stored
    // offset as if each took one row, so that offset cannot say where the view stood.
    /// Columns that the quote and memo are indented under the header.
    static let indent = 3
    static let quoteRows = 2
    /// A title shorter than this is left out of a narrow header rather than cut to nothing.
    static let minimumTitleWidth = 6

    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback) {
        let inner = state.frame(title).render(into: &buffer, area: area)
        buffer.fill(inner, style: state.style("ui.text"))
        guard !inner.isEmpty else { return }
        guard let selected = state.selectedFragmentIndex(in: data) else {
            feedback.fragmentsTop = 0
            feedback.fragmentsPage = 1
            buffer.write(state.text(.labelNoMatchingFragments), x: inner.x, y: inner.y, style: state.style("ui.text.dim"),
                         maxWidth: inner.width)
            return
        }
        let fragments = data.fragments
        var blocks: [Int: [Line]] = [:]
        func rows(_ index: Int) -> [Line] {
            if let rows = blocks[index] { return rows }
            let rows = block(of: fragments[index], selected: index == selected, width: inner.width)
            blocks[index] = rows
            return rows
        }
        // From where the last frame stood, scroll just enough to show the selected fragment
        // whole; fill the rows under it; at the end of the list, show earlier ones above.
        let stored = state.feedback.fragmentsTop ?? state.list(.fragments).offset
        // A fragment takes a row at least, so none further up than a screen's height can show:
        // `G` from the top of a list of a million laid out every fragment in between.
        var top = min(max(0, stored, selected - inner.height), selected)
        var used = (top...selected).reduce(0) { $0 + rows($1).count }
        while used > inner.height && top < selected {
            used -= rows(top).count
            top += 1
        }
        var last = selected
        while used < inner.height && last + 1 < fragments.count {
            last += 1
            used += rows(last).count
        }
        while used < inner.height && top > 0 && used + rows(top - 1).count <= inner.height {
            top -= 1
            used += rows(top).count
        }
        feedback.fragmentsTop = top

        var y = inner.y
        var whole = 0
        let selection = state.style("ui.selection")
        for index in top...last {
            let base = index == selected ? selection : state.style("ui.text")
            if y + rows(index).count <= inner.maxY { whole += 1 }
            for line in rows(index) where y < inner.maxY {
                if index == selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: selection) }
                buffer.write(line, x: inner.x, y: y, maxWidth: inner.width, baseStyle: base)
                y += 1
            }
        }
        feedback.fragmentsPage = max(1, whole)
    }

    /// `Fragments · LOS · Revalidatie 1 · Studenten · coder Bram — 5`; `— 256+` while the rest
    /// of the list is read.
    var title: String {
        ([state.text(.screenFragments)] + (state.fragments.note.map { [$0] } ?? state.fragmentFilterWords(data: data))).joined(separator: " · ")
            + " — \(data.fragments.count)" + (data.fragmentsComplete ? "" : "+")
    }

    /// The rows of one fragment at `width` columns, in the selection's colours when
    /// `selected` (the swatch keeps its code's colour, other spans their attributes).
    func block(of fragment: Fragment, selected: Bool, width: Int) -> [Line] {
        let selection = state.style("ui.selection")
        func style(_ scope: String) -> Style {
            selected ? selection.patched(with: Style(attributes: state.style(scope).attributes)) : state.style(scope)
        }
        let text = Self.textCache.text(of: fragment, width: width)
        let header = text.header.map { part -> Span in
            switch part.kind {
            case .swatch: Span(part.text, style: selected ? selection.patched(with: state.swatch(fragment.coding.code, in: data.study.codebook)) : state.swatch(fragment.coding.code, in: data.study.codebook))
            case .code: Span(part.text, style: style("ui.text.emphasis"))
            case .text: Span(part.text, style: style("ui.text"))
            case .speaker: Span(part.text, style: style("speaker.label"))
            case .interviewer: Span(part.text, style: style("speaker.interviewer"))
            case .coder: Span(part.text, style: style("ui.text.dim"))
            }
        }
        let quoteStyle = style("ui.text")
        var rows = [Line(header)] + text.quote.map { Line($0, style: quoteStyle) }
        if let memo = text.memo { rows.append(Line(memo, style: style("ui.text.dim"))) }
        return rows
    }


    static let textCache = FragmentTextCache()

    /// A fragment's rows as text, without styles: worked out once per fragment and width
    /// (wrapping is what a frame of this screen would otherwise spend its time on).
    struct FragmentText: Sendable {
        /// What a part of the header is, for its style.
        enum Kind: Sendable { case swatch, code, text, speaker, interviewer, coder }

        /// `██ LOS  Revalidatie 1 · Focusgroep met studenten… · S2 (Studenten) · Bram`: the
        /// source title takes what the rest leaves, so that speaker and coder stay in view (and
        /// a PDF's page: `Beleidsplan, p. 4`).
        var header: [(text: String, kind: Kind)]
        /// The quote wrapped under the header, at most ``FragmentsScreen/quoteRows`` rows, a
        /// cut one ending in `…”`.
        var quote: [String]
        var memo: String?

        init(_ fragment: Fragment, width: Int) {
            let separator = " · "
            var tail: [(String, Kind)] = []
            // The page of a PDF stays in view with the title shortened, as it is cited.
            if let page = fragment.page { tail.append((", " + Source.pageLabel(page), .text)) }
            if let speaker = fragment.speaker {
                tail.append((separator + (fragment.role.map { "\(speaker) (\($0))" } ?? speaker), fragment.role == nil ? .interviewer : .speaker))
            }
            tail.append((separator + fragment.coding.coder, .coder))
            let head: [(String, Kind)] = [("██ ", .swatch), (fragment.coding.code, .code), ("  \(fragment.caseName)", .text)]
            let room = width - (head + tail).reduce(0) { $0 + DisplayWidth.of($1.0) } - DisplayWidth.of(separator)
            let title: [(String, Kind)] = room >= FragmentsScreen.minimumTitleWidth
                ? [(separator + FragmentsScreen.shortened(fragment.sourceTitle, to: room), .text)] : []
            header = FragmentsScreen.truncated(head + title + tail, to: width)

            let padding = String(repeating: " ", count: FragmentsScreen.indent)
            let line = FragmentsScreen.oneLine(fragment.quote, characters: FragmentsScreen.quoteRows * width + 2)
            var rows = TextLine(Line([Span(padding), Span("“\(line.text)\(line.cut ? "" : "”")")]),
                                hangingIndent: FragmentsScreen.indent).wrapped(width: width)
            if line.cut || rows.count > FragmentsScreen.quoteRows {
                rows = Array(rows.prefix(FragmentsScreen.quoteRows))
                rows[rows.count - 1] = FragmentsScreen.cut(rows[rows.count - 1], width: width)
            }
            quote = rows.map(\.plainText)
            let memo = fragment.coding.memo.map { FragmentsScreen.oneLine($0, characters: width + 2).text } ?? ""
            self.memo = memo.isEmpty ? nil : DisplayWidth.truncate(padding + memo, to: width)
        }
    }

    /// Parts cut to `width` columns, the last part kept ending in `…` when any is cut.
    static func truncated<Kind>(_ parts: [(String, Kind)], to width: Int) -> [(text: String, kind: Kind)] {
        let total = parts.reduce(0) { $0 + DisplayWidth.of($1.0) }
        guard total > width else { return parts.map { ($0.0, $0.1) } }
        var result: [(text: String, kind: Kind)] = []
        var used = 0
        for (text, kind) in parts {
            let columns = DisplayWidth.of(text)
            // The `…` takes the last column, so a part that reaches it is cut too.
            if used + columns < width {
                result.append((text, kind))
                used += columns
            } else {
                result.append((DisplayWidth.truncate(text + "…", to: width - used), kind))
                break
            }
        }
        return result
    }

    /// Text cut to `width` columns with `…`, without a space or comma left before the `…`.
    static func shortened(_ text: String, to width: Int) -> String {
        let cut = DisplayWidth.truncate(text, to: width)
        guard cut != text, cut.hasSuffix("…") else { return cut }
        // Walked back from the end: reversing the whole cut twice was most of a Memos frame.
        var kept = cut.dropLast()
        while let last = kept.last, last.isWhitespace || ",;:".contains(last) { kept.removeLast() }
        return String(kept) + "…"
    }

    /// Text on one line (runs of white space become one space), at most about `characters`
    /// long: it stops at the first word boundary after that, or a while later inside a long
    /// word, so that wrapping the result breaks its first rows as it would the whole text.
    static func oneLine(_ text: String, characters limit: Int) -> (text: String, cut: Bool) {
        var result = ""
        var count = 0
        var space = false
        for character in text {
            if character.isWhitespace {
                space = !result.isEmpty
                continue
            }
            if count >= limit && (space || count >= limit + 100) { return (result, true) }
            if space {
                result.append(" ")
                count += 1
                space = false
            }
            result.append(character)
            count += 1
        }
        return (result, false)
    }

    /// The last row of a cut quote, ending in `…”` within `width` columns.
    static func cut(_ row: Line, width: Int) -> Line {
        let ending = "…”"
        var kept = row.width + DisplayWidth.of(ending) <= width ? row : row.truncated(to: width - DisplayWidth.of(ending), ellipsis: false)
        while let last = kept.spans.last, last.text.last == " " {
            kept.spans[kept.spans.count - 1].text.removeLast()
            if kept.spans[kept.spans.count - 1].text.isEmpty { kept.spans.removeLast() }
        }
        return Line(kept.spans + [Span(ending)])
    }
}

/// The text rows of the fragments drawn so far, by fragment and width. A reference shared by
/// the frames (rendering reads copies of the state and data), like the reader's layout cache.
final class FragmentTextCache: @unchecked Sendable {
    /// Everything of the fragment counts: two coders' codings of one stretch share the quote
    /// but not the header.
    private struct Key: Hashable {
        var fragment: Fragment
        var width: Int
    }

    /// More entries than this and the cache starts again (a few screens of every width).
    static let capacity = 4_096
    private let lock = NSLock()
    private var entries: [Key: FragmentsScreen.FragmentText] = [:]

    func text(of fragment: Fragment, width: Int) -> FragmentsScreen.FragmentText {
        let key = Key(fragment: fragment, width: width)
        if let text = lock.withLock({ entries[key] }) { return text }
        let text = FragmentsScreen.FragmentText(fragment, width: width)
        lock.withLock {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = text
        }
        return text
    }
}

extension FragmentsScreen: ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? {
        switch action {
        case .open: return state.openSelectedFragment(data: data)
        case .uncode: return state.uncodeSelected(data: data)
        case .recode:
            guard let fragment = state.selectedFragment(in: data) else { return [] }
            state.modal = .picker(CodePicker(purpose: .recode(fragment.coding.id)))
            return []
        default: return nil
        }
    }

    static func activeList(_ state: AppState) -> ListID { .fragments }

    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? {
        FindRows(list: .fragments, rows: data.fragments.map { fragment in
            [fragment.coding.code, fragment.caseName, fragment.sourceTitle, fragment.speaker ?? "", fragment.role ?? "",
             fragment.coding.coder, fragment.quote, fragment.coding.memo ?? ""].joined(separator: " ")
        })
    }
}
