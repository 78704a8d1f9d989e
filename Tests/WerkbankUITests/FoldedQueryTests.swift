import Foundation
import Testing
@testable import WerkbankUI

/// `F`'s search a scalar at a time (decision 77) against Foundation's
/// `range(of:options: [.caseInsensitive, .diacriticInsensitive])`, which it replaces for rows of
/// common scalars.
@Suite struct FoldedQueryTests {
    static func foundation(_ row: String, _ query: String) -> Bool {
        row.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// Every scalar the tables fold.
    static let folded: [Unicode.Scalar] = (UInt32(0x20)..<0x2060).compactMap { value in
        guard let scalar = Unicode.Scalar(value), FoldedQuery.fold(String(Character(scalar))) != nil else { return nil }
        return scalar
    }

    @Test func everyPairOfFoldedScalarsMatchesAsFoundationMatchesThem() {
        #expect(Self.folded.count > 600)
        var wrong: [String] = []
        for row in Self.folded {
            for query in Self.folded {
                let (a, b) = (String(Character(row)), String(Character(query)))
                if FoldedQuery(b).isFound(in: a) != Self.foundation(a, b) {
                    wrong.append("U+\(String(row.value, radix: 16)) U+\(String(query.value, radix: 16))")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(10))")
    }

    static let pieces = ["cliënten", "Cliënten", "CLIENTEN", "clienten", "Café", "cafe\u{301}", " ", "werkplaats", "Werkplaats",
                         "“quotes”", "—", "…", "straße", "STRASSE", "Æsop", "ø", "ĳ", "ﬁ", "漢字", "👍🏽", "ı", "İ", "e", "E", "é", "ë"]

    @Test func randomRowsAndQueriesMatchAsFoundationMatchesThem() {
        var generator = SystemRandomNumberGenerator()
        var wrong: [String] = []
        for _ in 0..<20_000 {
            let row = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let query: String
            if Bool.random(using: &generator), !row.isEmpty {
                // A stretch of the row, so that many queries are there.
                let scalars = Array(row.unicodeScalars)
                let start = Int.random(in: 0..<scalars.count, using: &generator)
                let end = Int.random(in: (start + 1)...min(scalars.count, start + 6), using: &generator)
                var stretch = String.UnicodeScalarView()
                stretch.append(contentsOf: scalars[start..<end])
                query = String(stretch)
            } else {
                query = Self.pieces.randomElement(using: &generator)!
            }
            if FoldedQuery(query).isFound(in: row) != Self.foundation(row, query) { wrong.append("\(query.debugDescription) in \(row.debugDescription)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(10))")
    }
}
