import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// Markdown cells written as bytes against the same cells escaped and split as `String`s.
@Suite struct ReportMarkdownTests {
    /// Escaped with `replacingOccurrences`, split at every `Character` that `isNewline`, joined
    /// with `<br>`: how cells were written before decision 70.
    static func reference(_ cell: String) -> String {
        cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "<br>")
    }

    static func written(_ cell: String) -> String {
        var out: [UInt8] = []
        ReportWriter.markdownCell(cell, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static let pieces = ["|", "*", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{301}", "\u{600}",
                         "\u{200D}", "Cliënten", "“zo”", " – ", "…", "a", " ", "é日本👩‍👩‍👧", "\\", "<br>", "\u{A0}"]

    @Test func cellsAreWhatEscapingAndSplittingStringsGave() {
        for cell in ReportJSONTests.tricky + ["", "|", "**vet**", "a|b*c", "|\u{301}", "\u{600}|", "*\u{200D}x", "regel\r\nvolgende\rderde\nvierde",
                                              "a\u{0B}b\u{0C}c", "\u{85}\u{2028}\u{2029}", "“Cliënten” – zeggen…", "\r\n\r\n", "\n\r"] {
            #expect(Self.written(cell) == Self.reference(cell), "\(cell.debugDescription)")
        }
    }

    @Test func randomCellsOfTrickyPieces() {
        var generator = TranscriptTurnsOnBytesTests.Generator(state: 70)
        for _ in 0..<5_000 {
            let cell = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(Self.written(cell) == Self.reference(cell), "\(cell.debugDescription)")
        }
    }

    @Test func tableHasBoldTitleAlignmentRowAndFootnotes() {
        let table = ReportTable(title: "Matrix *LOS* | case", columns: [.init("Code"), .init("Jeugdzorg", alignment: .right)],
                                rows: [[.text("LOS"), .annotated(6, mark: "*")], [.text("a|b\nc"), .notApplicable]],
                                footnotes: ["* 4 van vorig schooljaar", "tweede|noot"])
        #expect(ReportWriter.render(table, as: .md) == """
            **Matrix \\*LOS\\* \\| case**

            | Code | Jeugdzorg |
            |---|---:|
            | LOS | 6 \\* |
            | a\\|b<br>c | - |

            \\* 4 van vorig schooljaar
            tweede\\|noot

            """)
    }
}
