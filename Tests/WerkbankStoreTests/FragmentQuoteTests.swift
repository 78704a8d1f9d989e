import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Quotes are cut from the UTF-8 of each source by counting scalar starts, and stored GUIDs
/// are read without `UUID(uuidString:)` (decision 52): both must give what the scalar walk and
/// Foundation gave.
@Suite struct FragmentQuoteTests {
    @Test func quotesAreTheScalarRangesOfTheText() throws {
        let pieces = ["a", "ë", "漢", "👩‍👩‍👧", "e\u{0301}", " ", "\n", "ß", "𝄞"]
        var rng = SystemRandomNumberGenerator()
        let texts = (0..<3).map { _ in (0..<400).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        let queue = try DatabaseQueue()
        var ranges: [(source: Int64, range: ScalarRange)] = []
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE source (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
            for (index, text) in texts.enumerated() {
                try db.execute(sql: "INSERT INTO source (id, text) VALUES (?, ?)", arguments: [index + 1, text])
                let count = text.unicodeScalars.count
                for _ in 0..<60 {
                    let start = Int.random(in: 0..<count, using: &rng)
                    ranges.append((Int64(index + 1), ScalarRange(start: start, end: Int.random(in: (start + 1)...(count + 3), using: &rng))))
                }
            }
        }
        ranges.shuffle(using: &rng)
        let quotes = try queue.read { db in try Project.quotes(of: ranges, db: db) }
        for (at, (source, range)) in ranges.enumerated() {
            let scalars = texts[Int(source) - 1].unicodeScalars
            let expected: String
            if range.end <= scalars.count {
                let start = scalars.index(scalars.startIndex, offsetBy: range.start)
                expected = String(scalars[start..<scalars.index(start, offsetBy: range.end - range.start)])
            } else {
                expected = ""
            }
            #expect(quotes[at] == expected)
        }
    }

    @Test func storedGUIDsReadAsFoundationReadsThem() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(CodingReader.uuid(id.uuidString) == id)
            #expect(CodingReader.uuid(id.uuidString.lowercased()) == id)
        }
        for text in ["", "not a uuid", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8-C36C-495A-93FC-0C247A3E6E5FF",
                     "E621E1F8xC36C-495A-93FC-0C247A3E6E5F", "G621E1F8-C36C-495A-93FC-0C247A3E6E5F"] {
            #expect(CodingReader.uuid(text) == UUID(uuidString: text))
        }
    }
}
