import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// `FragmentStream` (decision 63) reads codings a batch of sources at a time and sorts them in
/// Swift; it must give what the one query of all fragments gave, in its order, ties included.
@Suite struct FragmentStreamTests {
    /// The fragments as the one query wrote them before decision 63: `fragmentQuery` sorted by
    /// SQLite, quotes and pages from `quotesAndPages`.
    static func reference(_ project: Project, _ filter: FragmentFilter) throws -> [Fragment] {
        try project.read { db in
            guard let (sql, arguments) = try Project.fragmentQuery(filter, limit: nil, db: db) else { return [] }
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let at = CodingReader.columnCount
            let quotes = try Project.quotesAndPages(of: rows.map { ($0[at + 6], ScalarRange(start: $0[2], end: $0[3])) }, db: db)
            return zip(rows, quotes).map { Project.fragment($0, quote: $1.quote, page: $1.page) }
        }
    }

    /// The sample study with codings that tie on every key, made in the order opposite to
    /// their coders', and a source with pages, coded up to its end.
    static func project(in folder: TemporaryFolder) throws -> Project {
        var study = sampleStudy
        for name in ["Anouk", "Bram"] where !study.coders.contains(where: { $0.name == name }) { study.coders.append(Coder(name: name)) }
        let first = try #require(study.sources.first)
        let second = study.sources[1]
        let paged = Source(id: "verslag-pdf", caseID: first.caseID, title: "Verslag", kind: .document,
                           text: "Eerste bladzijde, Cliënten.\u{0C}Tweede – ‘bladzijde’ 日本語.\u{0C}Derde bladzijde 👩‍👩‍👧 einde.")
        study.sources.append(paged)
        for (source, code) in [(first, "SRI"), (second, "LOS"), (first, "VOR"), (paged, "LOS"), (paged, "SRI")] {
            for start in [5, 30, 44] {
                for coder in ["Bram", "Anouk"] {
                    study.codings.append(Coding(id: .stable(from: "\(source.id) \(code) \(start) \(coder)"), sourceID: source.id,
                                                range: ScalarRange(start: start, end: start + 12), code: code, coder: coder))
                }
            }
        }
        let end = paged.text.unicodeScalars.count
        study.codings.append(Coding(id: .stable(from: "end"), sourceID: paged.id, range: ScalarRange(start: end - 6, end: end),
                                    code: "LOS", coder: "Anouk"))
        return try Project.create(at: folder.file("p.werkbank"), from: study)
    }

    static let filters: [FragmentFilter] = [
        FragmentFilter(),
        FragmentFilter(codes: ["LOS"]),
        FragmentFilter(codes: ["SRI", "VOR"]),
        FragmentFilter(caseIDs: ["jeugdzorg"]),
        FragmentFilter(codes: ["LOS"], caseIDs: ["jeugdzorg"]),
        FragmentFilter(roles: ["Cliënten"]),
        FragmentFilter(codes: ["LOS"], roles: ["Studenten"]),
        FragmentFilter(kinds: [.document]),
        FragmentFilter(coders: ["Bram"]),
        FragmentFilter(codes: ["LOS"], sourceIDs: ["verslag-pdf"]),
        FragmentFilter(sourceIDs: ["verslag-pdf"]),
        FragmentFilter(combinations: [CodeCombination(.with, "SRI")]),
        FragmentFilter(sourceIDs: ["verslag-pdf"], combinations: [CodeCombination(.with, "SRI")]),
        FragmentFilter(codes: ["LOS"], combinations: [CodeCombination(.without, "SRI")], combinationMode: .turn),
        FragmentFilter(codes: ["NO-SUCH-CODE"]),
    ]

    @Test func theFragmentsOfTheOneQueryInItsOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Self.project(in: folder)
        for filter in Self.filters {
            let expected = try Self.reference(project, filter)
            let fragments = try project.fragments(filter)
            #expect(fragments == expected, "\(filter)")
            #expect(fragments.map(\.id) == expected.map(\.id), "order of \(filter)")
        }
        // The ties are there, and the pages.
        let paged = try project.fragments(FragmentFilter(sourceIDs: ["verslag-pdf"]))
        #expect(Set(paged.compactMap(\.page)) == [1, 2, 3])
        #expect(paged.contains { $0.quote == "einde." && $0.page == 3 })
        #expect(Dictionary(grouping: paged, by: { "\($0.coding.range) \($0.coding.code)" }).values.contains { $0.count == 2 })
    }

    @Test func aSmallBatchGivesTheSameFragments() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Self.project(in: folder)
        for filter in Self.filters.prefix(4) {
            let expected = try project.fragments(filter)
            let batched = try project.read { db in
                var fragments: [Fragment] = []
                var stream = FragmentStream(db: db, filter: filter, quotes: true)
                stream.codingsPerBatch = 1
                try stream.forEach { fragments.append($0) }
                return fragments
            }
            #expect(batched == expected, "\(filter)")
        }
    }

    @Test func withoutQuotesTheTextsAreNotQuoted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Self.project(in: folder)
        let quoted = try project.fragments(FragmentFilter(codes: ["LOS"]))
        let bare = try project.fragments(FragmentFilter(codes: ["LOS"]), quotes: false)
        #expect(bare.map(\.id) == quoted.map(\.id))
        #expect(bare.allSatisfy { $0.quote.isEmpty && $0.page == nil })
        #expect(quoted.contains { !$0.quote.isEmpty })
    }

    /// Walking eight bytes at a time lands where stepping a scalar at a time does.
    @Test func theWalkOverUTF8CountsScalars() {
        let texts = ["", "a", "Cliënten", "日本語のテキスト and more ASCII text here", "👩‍👩‍👧 e\u{301} 한국어 \u{0C} x",
                     String(repeating: "abcdéfgh日", count: 20)]
        for text in texts {
            let bytes = Array(text.utf8)
            let starts = text.unicodeScalars.indices.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } + [bytes.count]
            bytes.withUnsafeBufferPointer { buffer in
                for from in starts.indices {
                    for n in 0...(starts.count - from + 1) {
                        let expected: Int? = from + n < starts.count ? starts[from + n] : nil
                        #expect(UTF8Walk.advance(buffer, from: starts[from], by: n) == expected, "\(text.debugDescription) \(from) \(n)")
                    }
                }
            }
        }
    }
}
