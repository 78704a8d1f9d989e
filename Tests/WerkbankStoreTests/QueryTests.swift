import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// The store's queries against the same figures computed from the loaded files in memory.
@Suite struct QueryTests {
    let folder: TemporaryFolder
    let project: Project

    init() throws {
        folder = try TemporaryFolder()
        project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
    }

    /// The speaker of the turn that starts at or before an offset, and their role.
    func speaker(of coding: Coding) -> (String?, String?) {
        let source = sampleStudy.sources.first { $0.id == coding.sourceID }!
        let turn = source.turns.last { $0.range.start <= coding.range.start }
        return (turn?.speaker, turn.flatMap { source.role(of: $0.speaker) })
    }

    @Test func fragmentsByCodeWithEveryFilter() throws {
        defer { folder.remove() }
        let rev1 = sampleStudy.sources(ofCase: "revalidatie-1").map(\.id)
        let expected = sampleStudy.codings.filter { $0.code == "LOS" && rev1.contains($0.sourceID) && $0.coder == "Bram" }
        let fragments = try project.fragments(FragmentFilter(codes: ["LOS"], caseIDs: ["revalidatie-1"], coders: ["Bram"]))
        #expect(!fragments.isEmpty)
        #expect(Set(fragments.map(\.id)) == Set(expected.map(\.id)))
        for fragment in fragments {
            let source = sampleStudy.sources.first { $0.id == fragment.coding.sourceID }!
            #expect(fragment.quote == source.text.scalars(in: fragment.coding.range))
            #expect(fragment.caseName == "Revalidatie 1")
            let (speaker, role) = speaker(of: fragment.coding)
            #expect(fragment.speaker == speaker && fragment.role == role)
        }

        let students = try project.fragments(FragmentFilter(codes: ["VOR"], roles: ["Studenten"]))
        #expect(Set(students.map(\.id)) == Set(sampleStudy.codings.filter { $0.code == "VOR" && speaker(of: $0).1 == "Studenten" }.map(\.id)))
        #expect(!students.isEmpty)

        let observations = try project.fragments(FragmentFilter(kinds: [.observation]))
        let observationSources = Set(sampleStudy.sources.filter { $0.kind == .observation }.map(\.id))
        #expect(Set(observations.map(\.id)) == Set(sampleStudy.codings.filter { observationSources.contains($0.sourceID) }.map(\.id)))

        #expect(try project.fragments(limit: 5).count == 5)
        #expect(try project.fragments().count == sampleStudy.codings.count)
    }

    @Test func subcodesCountUnderTheirParent() throws {
        defer { folder.remove() }
        let tiny = try Project.create(at: folder.file("tiny.werkbank"), from: tinyStudy())
        let parent = try tiny.addCoding(source: "gesprek", range: ScalarRange(start: 3, end: 8), code: "LOS", coder: "Anouk")
        let child = try tiny.addCoding(source: "gesprek", range: ScalarRange(start: 5, end: 9), code: "LOS-SCH", coder: "Anouk")
        #expect(try tiny.fragments(FragmentFilter(codes: ["LOS"])).map(\.id) == [parent.id, child.id])
        #expect(try tiny.fragments(FragmentFilter(codes: ["LOS"], includeSubcodes: false)).map(\.id) == [parent.id])
    }

    @Test func codeByCaseCounts() throws {
        defer { folder.remove() }
        let counts = try project.codeCaseCounts()
        var expected: [String: Int] = [:]
        for coding in sampleStudy.codings {
            let caseID = sampleStudy.sources.first { $0.id == coding.sourceID }!.caseID
            expected["\(coding.code) \(caseID)", default: 0] += 1
        }
        #expect(Dictionary(uniqueKeysWithValues: counts.map { ("\($0.code) \($0.caseID)", $0.fragments) }) == expected)
        let anouk = try project.codeCaseCounts(coders: ["Anouk"]).map(\.fragments).reduce(0, +)
        #expect(anouk == sampleStudy.codings.count { $0.coder == "Anouk" })
    }

    @Test func searchFoldsDiacriticsAndCase() throws {
        defer { folder.remove() }
        let hits = try project.search("clienten")
        #expect(!hits.isEmpty)
        for hit in hits {
            let text = try project.source(hit.sourceID).text.scalars(in: hit.range) ?? ""
            #expect(text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).contains("clienten"), "\(text)")
        }
        #expect(try project.search("Cliënten").count == hits.count)
        #expect(try project.search("CLIËNTEN", limit: 3).count == min(3, hits.count))
        #expect(try project.search("coordinator").isEmpty == false)
        #expect(try project.search("\"unbalanced AND (").isEmpty)
        #expect(try project.search("   ").isEmpty)
        let prefix = try project.search("ambassad*")
        #expect(!prefix.isEmpty)
    }
}
