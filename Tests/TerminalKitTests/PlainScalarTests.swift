import Testing
@testable import TerminalKit

/// Text of plain scalars drawn and measured a scalar at a time (decision 76), against doing it
/// a grapheme at a time as before.
@Suite struct PlainScalarTests {
    static let plainScalars = (0..<0x3000).compactMap(Unicode.Scalar.init).filter(DisplayWidth.isPlain)

    @Test func everyPlainScalarIsOneColumnAndACharacterBesideAnyOther() {
        #expect(Self.plainScalars.count == 95 + 0x260 + 24 + 47 + 160)
        var wrong: [String] = []
        for first in Self.plainScalars {
            if DisplayWidth.of(Character(first)) != 1 { wrong.append("width of U+\(String(first.value, radix: 16))") }
            for second in Self.plainScalars {
                var pair = ""
                pair.unicodeScalars.append(first)
                pair.unicodeScalars.append(second)
                if pair.count != 2 { wrong.append("U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func marksJoinersAndLineBreaksAreNotPlain() {
        for value: UInt32 in [0x0A, 0x0D, 0x09, 0x7F, 0x85, 0x300, 0x301, 0x200B, 0x200D, 0x2028, 0x2060, 0x25B6, 0xFE0F, 0x1100, 0x1F1F3] {
            #expect(!DisplayWidth.isPlain(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x20, 0x41, 0xA0, 0xEB, 0x2FF, 0x2026, 0x2500] {
            #expect(DisplayWidth.isPlain(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    static let pieces = ["a", "Cliënten", " ", "…", "─┐", "ÿ", "‼", "e\u{301}", "\u{301}", "漢", "👩‍👩‍👧", "🇳🇱", "\u{200B}", "\n", "\t", "❤️", "x\u{301}\u{302}"]

    @Test func writingMatchesWritingAGraphemeAtATime() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<4_000 {
            let pieces = round.isMultiple(of: 2) ? Array(Self.pieces.prefix(7)) : Self.pieces
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var buffer = ScreenBuffer(width: 12, height: 1)
            buffer.write("漢a字b👍🏽c漢", x: Int.random(in: 0...3, using: &generator), y: 0)
            var expected = buffer
            let x = Int.random(in: -3...12, using: &generator)
            let maxWidth = Bool.random(using: &generator) ? nil : Int.random(in: 0...12, using: &generator)
            let written = buffer.write(text, x: x, y: 0, style: Style(attributes: .bold), maxWidth: maxWidth)
            let expectedWritten = Self.referenceWrite(text, into: &expected, x: x, y: 0, style: Style(attributes: .bold), maxWidth: maxWidth)
            let same = buffer == expected
            #expect(same, "\(text.debugDescription) at \(x), max \(String(describing: maxWidth)): \(buffer.text) for \(expected.text)")
            #expect(written == expectedWritten)
        }
    }

    @Test func cellsKeepTheirTextAndEqualTextsAreEqualCells() {
        for text in ["", " ", "a", "ë", "e\u{308}", "─", "漢", "👍🏽", "👩‍👩‍👧", "🇳🇱", "x\u{301}\u{302}"] {
            #expect(Cell(text: text).text == text)
            #expect(Cell(text: text) == Cell(text: String(text.unicodeScalars)))
        }
        #expect(Cell(text: "e\u{308}") != Cell(text: "e\u{301}"))
        #expect(Cell(text: "a").scalar == "a")
        #expect(Cell(text: "👍🏽").scalar == nil)
        var cell = Cell(text: "e")
        cell.text.append("\u{301}")
        #expect(cell.text == "e\u{301}")
    }

    @Test func theClusterTableStopsGrowingAtItsCapacity() {
        let table = GraphemeTable(capacity: 2)
        let first = table.code(for: "e\u{301}")
        let second = table.code(for: "a\u{302}\u{303}")
        #expect(first != second && first > Grapheme.empty.code && second > Grapheme.empty.code)
        #expect(table.code(for: "e\u{301}") == first, "a cluster seen before keeps its number")
        #expect(table.text(for: second) == "a\u{302}\u{303}")
        #expect(table.code(for: "o\u{308}\u{301}") == UInt32(("o" as Unicode.Scalar).value), "past the capacity: the first scalar")
    }

    /// `ScreenBuffer.write` as it was before decision 76: a grapheme at a time.
    static func referenceWrite(_ text: String, into buffer: inout ScreenBuffer, x: Int, y: Int, style: Style, maxWidth: Int?) -> Int {
        guard y >= 0, y < buffer.height, x < buffer.width else { return 0 }
        let limit = min(buffer.width, x + (maxWidth ?? buffer.width))
        func put(_ cell: Cell, _ at: Int) {
            guard at >= 0, at < buffer.width else { return }
            if buffer[at, y].width != 1 {
                var lead = at
                while lead > 0, buffer[lead, y].width == 0 { lead -= 1 }
                let end = min(buffer.width, lead + Int(buffer[lead, y].width))
                if end > at {
                    for column in lead..<end where column != at { buffer[column, y] = Cell(style: buffer[column, y].style) }
                }
            }
            buffer[at, y] = cell
        }
        var column = x
        for character in text {
            if character == "\n" || character == "\r\n" { break }
            let columns = DisplayWidth.of(character)
            if columns == 0 {
                var lead = column - 1
                while lead > x, lead > 0, lead < buffer.width, buffer[lead, y].width == 0 { lead -= 1 }
                if column > x, lead < buffer.width, lead >= 0 { buffer[lead, y].text.append(character) }
                continue
            }
            if column + columns > limit {
                for blank in max(0, column)..<max(max(0, column), limit) { put(Cell(text: " ", style: style), blank) }
                column = limit
                break
            }
            if column >= 0 {
                put(Cell(text: String(character), style: style, width: UInt8(columns)), column)
                for extra in 1..<max(1, columns) { put(Cell(text: "", style: style, width: 0), column + extra) }
            }
            column += columns
        }
        return max(0, column - x)
    }
}
