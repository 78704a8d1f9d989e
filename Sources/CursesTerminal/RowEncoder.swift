import CNCursesW
import TerminalKit

/// Builds the `cchar_t` run for one screen row, ready for a single `mvwadd_wchnstr`.
///
/// `wadd_wchnstr` takes characters, not cells: a wide character advances two columns by
/// itself, so its continuation cell is skipped here. It also stops at a NUL, so every entry
/// gets a visible base character. Where the grid and glibc's `wcwidth` (which ncurses uses)
/// disagree about a character's width, the row is padded or the character replaced, so the
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
            let utf8 = cell.text.utf8
            if cell.width == 1, utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
                emit((wchar_t(byte), 0, 0, 0, 0))
                x += 1
                continue
            }
            let fits = cell.width == 2 && x + 1 < cells.endIndex
            let (chars, width) = Self.characters(of: cell.text)
            switch (cell.width, width) {
            case (0, _):
                // A continuation cell without its wide character (the row started inside one).
                emit(Self.space)
                x += 1
            case (2, 2) where fits:
                emit(chars)
                x += 2
            case (2, 1) where fits:
                emit(chars)
                emit(Self.space)
                x += 2
            case (1, 1):
                emit(chars)
                x += 1
            default:
                // Wider than its cell, or a wide character cut off at the right edge.
                emit(cell.width == 2 ? Self.space : Self.replacement)
                x += 1
            }
        }
        return count
    }

    private static let space: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0x20, 0, 0, 0, 0)
    private static let replacement: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0x3F, 0, 0, 0, 0)

    /// The base character and up to four combining characters of `text`, and the columns
    /// ncurses will give it.
    private static func characters(of text: String) -> ((wchar_t, wchar_t, wchar_t, wchar_t, wchar_t), Int) {
        var chars: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0x20, 0, 0, 0, 0)
        var slot = 0
        var width = 1
        withUnsafeMutableBytes(of: &chars) { raw in
            let slots = raw.bindMemory(to: wchar_t.self)
            for scalar in text.unicodeScalars {
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
                guard slot < Int(CCHARW_MAX) else { break }
                // Only zero-width characters may ride on the base; anything else would take
                // columns of its own on the terminal and shift the rest of the row.
                if slot > 0, value < 0x300 || wcwidth(wchar_t(bitPattern: value)) != 0 { continue }
                slots[slot] = wchar_t(bitPattern: value)
                slot += 1
            }
        }
        return (chars, width)
    }
}
