import CNCursesW
import TerminalKit

/// Builds the `cchar_t` run for one screen row, ready for a single `mvwadd_wchnstr`.
///
/// `wadd_wchnstr` takes characters, not cells: a wide character advances two columns by
/// itself, so its continuation cell is skipped here. It also stops at a NUL, so every entry
/// gets a visible base character. A cell holds a whole grapheme cluster, sent as the parts the
/// terminal gives columns of their own (``EmojiLayout``). Where the grid and glibc's `wcwidth`
/// (which ncurses uses) disagree about a part's width, it is padded or replaced, so the
/// following columns stay where the grid put them.
final class RowEncoder {
    private let palette: StylePalette
    private var storage: [cchar_t] = []

    init(palette: StylePalette) {
        self.palette = palette
    }

    /// Encodes the first `columns` cells of row `y` and hands the run to `body`.
    func withRow<R>(
        _ y: Int, of buffer: ScreenBuffer, columns: Int, _ body: (UnsafePointer<cchar_t>, Int32) -> R
    ) -> R {
        let columns = min(columns, buffer.width)
        if storage.count < columns { storage = Array(repeating: cchar_t(), count: columns) }
        let count = storage.withUnsafeMutableBufferPointer { out in
            buffer.cells.withUnsafeBufferPointer { cells in
                encode(cells[(y * buffer.width)..<(y * buffer.width + columns)], into: out)
            }
        }
        return storage.withUnsafeBufferPointer { body($0.baseAddress!, Int32(count)) }
    }

    private func encode(_ cells: Slice<UnsafeBufferPointer<Cell>>, into out: UnsafeMutableBufferPointer<cchar_t>) -> Int {
        var count = 0
        var x = cells.startIndex
        var lastStyle = Style.plain
        var rendition = palette.rendition(of: lastStyle)
        func emit(_ chars: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t)) {
            out[count] = cchar_t(attr: rendition.attributes, chars: chars, ext_color: rendition.pair)
            count += 1
        }
        while x < cells.endIndex {
            let cell = cells[x]
            if cell.style != lastStyle {
                lastStyle = cell.style
                rendition = palette.rendition(of: lastStyle)
            }
            if cell.width == 1, let scalar = cell.scalar, scalar.value >= 0x20, scalar.value < 0x7F {
                emit((wchar_t(scalar.value), 0, 0, 0, 0))
                x += 1
                continue
            }
            let width = Int(cell.width)
            if width == 0 {
                // A continuation cell without its wide character (the row started inside one).
                emit(Self.space)
                x += 1
                continue
            }
            guard x + width <= cells.endIndex else {
                // A wide character cut off at the right edge.
                emit(Self.space)
                x += 1
                continue
            }
            var used = 0
            for piece in pieces(of: cell.text) {
                // A cluster cut short by the grid (it caps one at a few columns).
                if used + piece.columns > width { break }
                for chars in piece.characters { emit(chars) }
                used += piece.columns
            }
            for _ in used..<width { emit(Self.space) }
            x += width
        }
        return count
    }

    private static let space: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0x20, 0, 0, 0, 0)
    private static let replacement: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0x3F, 0, 0, 0, 0)

    /// What to send for a cell's text, part by part (see ``EmojiLayout/parts(of:)``): each
    /// part's `cchar_t`s and the columns the grid gave it. ncurses advances by `wcwidth` of a
    /// `cchar_t`'s first character; a part the grid made wider than that (❤️ in emoji style)
    /// is sent without what could widen it and padded, so that ncurses and the terminal agree
    /// where the next column is on every terminal.
    private func pieces(of text: String) -> [(characters: [(wchar_t, wchar_t, wchar_t, wchar_t, wchar_t)], columns: Int)] {
        DisplayWidth.emojiLayout.parts(of: text.unicodeScalars).map { part in
            let columns = EmojiLayout.width(ofPart: part)
            let (chars, width) = Self.characters(of: part, keepingJoined: true)
            if width == columns { return ([chars], columns) }
            if width < columns {
                let (plain, plainWidth) = Self.characters(of: part, keepingJoined: false)
                if plainWidth <= columns { return ([plain] + Array(repeating: Self.space, count: columns - plainWidth), columns) }
            }
            return (Array(repeating: Self.replacement, count: columns), columns)
        }
    }


    /// The base character and up to four characters riding on it, and the columns ncurses
    /// will give it. `keepingJoined`: emoji joined to the base (a skin tone, the rest of a
    /// ZWJ sequence, the emoji-style selector) ride too, as the terminal joins them; without
    /// it only zero-width marks before a joiner do, so nothing can take columns of its own.
    private static func characters(of part: [Unicode.Scalar], keepingJoined: Bool) -> ((wchar_t, wchar_t, wchar_t, wchar_t, wchar_t), Int) {
        var chars: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0x20, 0, 0, 0, 0)
        var slot = 0
        var width = 1
        withUnsafeMutableBytes(of: &chars) { raw in
            let slots = raw.bindMemory(to: wchar_t.self)
            for scalar in part {
                let value = scalar.value
                if value < 0x20 || (0x7F..<0xA0).contains(value) { continue }
                if slot == 0 {
                    let columns = value < 0x300 ? 1 : Int(wcwidth(wchar_t(bitPattern: value)))
                    if columns == 0 {
                        // A mark without a base: show it on a space rather than on the neighbour.
                        slots[0] = 0x20
                        slot = 1
                    } else {
                        width = columns == 2 ? 2 : 1
                    }
                }
                if slot > 0 {
                    if !keepingJoined, value == 0x200D || value == 0xFE0F { break }
                    // Anything else with columns of its own would shift the rest of the row.
                    let joined = keepingJoined && scalar.properties.isEmoji
                    if value < 0x300 || (wcwidth(wchar_t(bitPattern: value)) != 0 && !joined) { continue }
                }
                guard slot < Int(CCHARW_MAX) else { break }
                slots[slot] = wchar_t(bitPattern: value)
                slot += 1
            }
            // A joiner with nothing after it (the sequence was longer than a cell holds).
            if slot > 1, slots[slot - 1] == 0x200D { slots[slot - 1] = 0 }
        }
        return (chars, width)
    }
}
