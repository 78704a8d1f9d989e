import CSV
import Foundation
import Testing
@testable import WerkbankExchange

/// The CSV writer against CSV.swift, the library it replaced: the same bytes for every cell.
@Suite struct CSVTextTests {
    /// Cells that need (or seem to need) quoting: quotes, commas, CR, LF, CRLF, spaces at either
    /// end, combining marks joined to a comma or a quote, emoji, wide and right-to-left text.
    static let trickyCells = [
        "", " ", "plain", "say \"ja\"", "\"", "\"\"", "een,twee", ",", "a\rb", "a\nb", "a\r\nb", "\r\n", "\n\r",
        "  leading", "trailing  ", " both ", "Cliënten", "e\u{301}", ",\u{301}", "\"\u{301}x", "\r\u{301}",
        "👩‍👩‍👧 fam", "日本語,テキスト", "שלום \"עולם\"", "tab\there", "\u{FEFF}bom", "end\"", "\"start", "a\u{2028}b",
    ]

    static func library(_ rows: [[String]]) throws -> String {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = try #require(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func everyTrickyCellIsWrittenAsTheLibraryWroteIt() throws {
        for cell in Self.trickyCells {
            let rows = [[cell], [cell, cell], ["x", cell, "y"]]
            #expect(CSVText.lines(rows) == (try Self.library(rows)), "cell \(cell.debugDescription)")
        }
    }

    @Test func allPairsOfTrickyCellsInOneTable() throws {
        let rows = Self.trickyCells.flatMap { first in Self.trickyCells.map { [first, $0, "\(first)\($0)"] } }
        let written = CSVText.lines(rows)
        #expect(Array(written.utf8) == Array(try Self.library(rows).utf8))
    }

    @Test func aSmallBufferGivesTheSameBytesInPieces() throws {
        var pieces: [[UInt8]] = []
        var writer = CSVText(capacity: 16) { pieces.append(Array($0)) }
        let rows = Self.trickyCells.map { [$0, "Cliënten \"zeggen\", één\nregel"] }
        for row in rows { try writer.write(row: row) }
        try writer.finish()
        #expect(pieces.count > 1)
        #expect(pieces.joined().elementsEqual(try Self.library(rows).utf8))
    }
}
