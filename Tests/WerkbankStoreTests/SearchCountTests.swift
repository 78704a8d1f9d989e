import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// The counts per case come from the index's positions (`werkbankMarks`, or the word
/// instances for one word); the hits from `highlight()`. Both must say the same for every
/// kind of query.
@Suite struct SearchCountTests {
    static let queries = [
        "coordinator", "de", "samenwerk*", "\"de werkplaats\"", "\"de stuurgroep\"", "de werkplaats", "coordinator OR stuurgroep",
        "NEAR(coordinator werkplaats, 5)", "NEAR(de stuurgroep)", "NEAR(\"de coördinator\" werkplaats, 10)", "stuurgroep NOT intervisie",
        "\"de\"*", "clienten", "werkplaats OR \"professionele werkplaats\"", "de OR werkt",
    ]

    @Test(arguments: queries)
    func countsAreTheHitsPerCase(_ query: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: searchStudy())
        for roles in [[], ["Cliënten"]] {
            let search = TextSearch(query, roles: roles)
            let hits = try project.searchHits(search)
            var expected: [String] = []
            for hit in hits {
                if let last = expected.last, last.hasPrefix(hit.caseID + "=") {
                    expected[expected.count - 1] = "\(hit.caseID)=\(Int(last.split(separator: "=")[1])! + 1)"
                } else {
                    expected.append("\(hit.caseID)=1")
                }
            }
            #expect(try project.searchCounts(search).map { "\($0.caseID)=\($0.hits)" } == expected, "\(query) roles \(roles)")
        }
    }

    /// Overlapping phrase instances make one mark, as `highlight()` joins them.
    @Test func overlappingInstancesAreOneMark() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: searchStudy())
        let search = TextSearch("\"de coördinator\" OR \"coördinator werkt\"")
        let hits = try project.searchHits(search)
        #expect(hits.map(\.match) == ["de coördinator", "De coördinator werkt", "De Coordinator"])
        #expect(try project.searchCounts(search).map(\.hits) == [2, 1])
    }
}
