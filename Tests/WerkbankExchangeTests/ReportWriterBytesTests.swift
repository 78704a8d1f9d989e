import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// The writers of decision 63 work on bytes and count Latin text by scalars; their bytes must
/// be those of the `Character`-based writers before them, kept here as references.
@Suite struct ReportWriterBytesTests {
    /// Columns as `Character`s count them, two for a wide first scalar (the width before 63).
    static func referenceWidth(_ text: String) -> Int {
        text.reduce(0) { width, character in
            let value = character.unicodeScalars.first!.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            return width + (wide ? 2 : 1)
        }
    }

    /// `CodingReport.shorten` as it was before decision 63.
    static func referenceShortened(_ text: String, to length: Int) -> String {
        let hasNewline = text.unicodeScalars.contains { (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
        let line = hasNewline ? text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ") : text
        guard let cut = line.index(line.startIndex, offsetBy: length, limitedBy: line.endIndex), cut != line.endIndex else { return line }
        return String(line[..<line.index(before: cut)]) + "…"
    }

    static let singleScalars: [UInt32] = Array(0..<0x300).filter { $0 != 0x0D } + Array(0x2010...0x2027) + Array(0x2030...0x205E)

    /// Each scalar of the shortcut is a character of its own, beside any other, and one column.
    @Test func theShortcutsScalarsAreEachACharacterOfOneColumn() {
        let neighbours = Self.singleScalars.filter { $0 % 7 == 0 || $0 < 0x30 || (0x7F...0xAF).contains($0) || $0 >= 0x2010 }
        for value in Self.singleScalars {
            let scalar = Unicode.Scalar(value)!
            #expect(SingleScalarCharacters.contains(value))
            for other in neighbours {
                let pair = String(String.UnicodeScalarView([scalar, Unicode.Scalar(other)!]))
                #expect(pair.count == 2, "U+\(String(value, radix: 16)) U+\(String(other, radix: 16))")
                #expect(ReportWriter.displayWidth(pair) == Self.referenceWidth(pair))
            }
        }
        for value: UInt32 in [0x0D, 0x300, 0x301, 0x200D, 0x200B, 0x2028, 0x2060, 0x1100, 0x3000, 0xFE0F, 0x1F600, 0xAC00] {
            #expect(!SingleScalarCharacters.contains(value), "U+\(String(value, radix: 16))")
        }
    }

    static let trickyTexts: [String] = [
        "", "kort", "Cliënten – ‘privé’ … “naïef”", "e\u{301}e\u{301}e\u{301}", "日本語のテキストです", "👩‍👩‍👧 familie 👍🏽",
        "tab\there", "ctrl\u{1}\u{7F}\u{AD}soft", "nbsp end\u{A0}", "ideografisch\u{3000}", "een\ntwee\r\ndrie\rvier",
        "nel\u{85}x\u{2028}y\u{2029}z", "\n\nleeg\n\n", "slot e\u{301}", "Cliënten \"zeggen\", komma's; |pipes| *ster*",
    ]

    /// Texts of 55 to 65 characters around the cut, with a combining mark, an emoji or a line
    /// break at the edge.
    static var shorteningTexts: [String] {
        let latin = "Wat cliënten zeggen – ‘privé’ en reëel … met naïeve “vragen” over de zorg en meer"
        var texts = trickyTexts
        for length in 55...65 {
            let base = String(latin.prefix(length))
            texts += [base, base + "\u{301}", base + "👍🏽", base + "\nverder", String(base.dropLast()) + "\u{301}x",
                      "日" + base, base.replacingOccurrences(of: "c", with: "c\u{327}")]
        }
        return texts
    }

    @Test func shortenedIsWhatTheCharacterWiseShorteningGave() {
        for text in Self.shorteningTexts {
            for length in [1, 2, 10, 40, 59, 60, 61] {
                let shortened = ReportWriter.shortened(text, to: length)
                #expect(Array(shortened.utf8) == Array(Self.referenceShortened(text, to: length).utf8), "\(text.debugDescription) \(length)")
            }
        }
    }

    @Test func displayWidthIsTheCharacterWiseWidth() {
        for text in Self.shorteningTexts {
            #expect(ReportWriter.displayWidth(text) == Self.referenceWidth(text), "\(text.debugDescription)")
        }
    }

    /// A fragments-like table of tricky cells: the text table's bytes are the reference
    /// writer's, the CSV's those of the table of strings written at once.
    @Test func textAndCSVWriteTheBytesOfTheWritersBefore() {
        let cells = Self.trickyTexts + Self.shorteningTexts.prefix(12)
        let rows: [[ReportTable.Cell]] = cells.indices.map { index in
            [.text(cells[index]), .number(index * 37 - 50), .text(cells[(index * 5) % cells.count]),
             .text(ReportWriter.shortened(cells[(index * 3) % cells.count])), .text(cells[(index * 11) % cells.count])]
        }
        let table = ReportTable(title: "Fragmenten (ë)", columns: [.init("Id"), .init("Start", alignment: .right),
                                                                  .init("Quote\nregel"), .init("Kort"), .init("Memo")],
                                rows: rows, footnotes: ["* voetnoot \"a\", b"])
        #expect(Array(ReportWriter.render(table, as: .table).utf8) == Array(ReportWriterTextTests.reference(table).utf8))
        // CSV as the whole table of strings was written before.
        let csvRows = [table.columns.map(\.title)] + rows.map { $0.map(\.display) } + [["* voetnoot \"a\", b", "", "", "", ""]]
        #expect(ReportWriter.bytes(table, as: .csv) == Array((CSVText.lines(csvRows) + "\r\n").utf8))
    }
}
