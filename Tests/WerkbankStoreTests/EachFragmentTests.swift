import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// `forEachFragment` (decision 60) hands over what `fragments` returns, in its order, quotes
/// included, one at a time: `export --format csv` writes the same bytes in flat memory.
@Suite struct EachFragmentTests {
    @Test(arguments: [
        FragmentFilter(),
        FragmentFilter(codes: ["SRI"]),
        FragmentFilter(roles: ["Cliënten"]),
        FragmentFilter(codes: ["NO-SUCH-CODE"]),
    ])
    func theSameFragmentsInTheSameOrder(filter: FragmentFilter) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var study = sampleStudy
        // A coding past its source's end quotes nothing, in both.
        let source = try #require(study.sources.first)
        study.codings.append(Coding(id: .stable(from: "end"), sourceID: source.id,
                                    range: ScalarRange(start: source.text.scalarCount - 3, end: source.text.scalarCount),
                                    code: "SRI", coder: "Anouk"))
        let project = try Project.create(at: folder.file("p.werkbank"), from: study)
        let all = try project.fragments(filter)
        var streamed: [Fragment] = []
        try project.forEachFragment(filter) { streamed.append($0) }
        #expect(streamed == all)
        if filter.codes != ["NO-SUCH-CODE"] { #expect(!all.isEmpty && all.allSatisfy { !$0.quote.isEmpty }) }
    }

    /// The first fragments, found a few sources at a time (decision 60), are the first of all.
    @Test(arguments: [1, 50, 200, 553, 10_000])
    func theFirstFragmentsAreTheFirstOfAll(limit: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        for filter in [FragmentFilter(), FragmentFilter(codes: ["SRI"]), FragmentFilter(roles: ["Cliënten"]), FragmentFilter(codes: ["NO-SUCH-CODE"])] {
            let all = try project.fragments(filter)
            #expect(try project.fragments(filter, limit: limit) == Array(all.prefix(limit)), "\(filter)")
        }
        #expect(try project.fragments(limit: limit).count == min(limit, 553))
    }

    @Test func anErrorOfTheCallerComesBackAsItIs() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        var seen = 0
        #expect(throws: Stop.self) {
            try project.forEachFragment { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }
}
