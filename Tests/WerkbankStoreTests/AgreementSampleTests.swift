import Foundation
import Testing
import WerkbankCore
import WerkbankExchange
@testable import WerkbankStore

/// Agreement of Anouk and Bram on the bundled sample codings of Revalidatie 1, checked
/// against a plain set-of-offsets count, and read back from a project.
@Suite struct AgreementSampleTests {
    static let caseID = "revalidatie-1"
    static let coders = ("Anouk", "Bram")

    /// The sample study as the pure agreement code takes it.
    static var studyInput: AgreementInput {
        let sources = sampleStudy.sources(ofCase: caseID)
        let ids = Set(sources.map(\.id))
        return AgreementInput(
            coderA: coders.0, coderB: coders.1,
            sources: sources.map { AgreementSource(id: $0.id, length: $0.text.scalarCount, turns: $0.turns.map(\.range)) },
            codings: sampleStudy.codings.filter { ids.contains($0.sourceID) })
    }

    /// Per code, the 2×2 character table counted the slow, obvious way: a set of
    /// (source, offset) per coder.
    static func tablesBySets(_ study: Study) -> [String: BinaryAgreement] {
        let sources = study.sources(ofCase: caseID)
        let ids = Set(sources.map(\.id))
        let total = sources.reduce(0) { $0 + $1.text.unicodeScalars.count }
        let codings = study.codings.filter { ids.contains($0.sourceID) }
        var tables: [String: BinaryAgreement] = [:]
        for code in Set(codings.map(\.code)) {
            func offsets(_ coder: String) -> Set<String> {
                var set = Set<String>()
                for coding in codings where coding.code == code && coding.coder == coder {
                    for offset in coding.range.start..<coding.range.end { set.insert("\(coding.sourceID)#\(offset)") }
                }
                return set
            }
            let first = offsets(coders.0)
            let second = offsets(coders.1)
            let both = first.intersection(second).count
            tables[code] = BinaryAgreement(a: both, b: first.count - both, c: second.count - both,
                                           d: total - first.union(second).count)
        }
        return tables
    }

    @Test func characterTablesMatchASetCount() throws {
        let expected = Self.tablesBySets(sampleStudy)
        let report = Self.studyInput.binaryAgreement(unit: .character)
        #expect(!report.perCode.isEmpty)
        #expect(Set(report.perCode.compactMap(\.code)) == Set(expected.keys))
        for entry in report.perCode {
            #expect(entry.figures == expected[entry.code ?? ""], "\(entry.code ?? "")")
        }
        let pooled = expected.values.reduce(BinaryAgreement(a: 0, b: 0, c: 0, d: 0), +)
        #expect(report.pooled == pooled)
        let kappa = try #require(report.pooled.kappa)
        let alpha = try #require(report.pooled.alpha)
        // Checked against the set count above and written down once.
        #expect((kappa * 1000).rounded() / 1000 == Self.sampleKappa)
        #expect((alpha * 1000).rounded() / 1000 == Self.sampleAlpha)
    }

    /// The pooled character-unit kappa and alpha of Anouk and Bram on Revalidatie 1.
    static let sampleKappa = 0.350
    static let sampleAlpha = 0.339

    @Test func projectGivesTheSameInputAsTheStudy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        #expect(try project.coderNames() == ["Anouk", "Bram"])

        let input = try project.agreementInput(coders: Self.coders, caseID: Self.caseID)
        let expected = Self.studyInput
        #expect(input.sources == expected.sources)
        func key(_ coding: Coding) -> String { "\(coding.sourceID) \(coding.range) \(coding.code) \(coding.coder)" }
        #expect(input.codings.map(key).sorted() == expected.codings.map(key).sorted())
        #expect(input.binaryAgreement(unit: .character) == expected.binaryAgreement(unit: .character))
        #expect(input.binaryAgreement(unit: .turn) == expected.binaryAgreement(unit: .turn))
        #expect(input.segmentAgreement() == expected.segmentAgreement())

        // By default every source both coders coded, across cases; explicit sources as given.
        let all = try project.agreementInput(coders: Self.coders)
        #expect(all.sources.count > input.sources.count)
        let one = try project.agreementInput(coders: Self.coders, sourceIDs: ["rev1-interview-manager"])
        #expect(one.sources.map(\.id) == ["rev1-interview-manager"])
        #expect(one.codings.allSatisfy { $0.sourceID == "rev1-interview-manager" })
        #expect(throws: ProjectError.unknownSource("nope")) { try project.agreementInput(coders: Self.coders, sourceIDs: ["nope"]) }
        #expect(throws: ProjectError.unknownCase("nope")) { try project.agreementInput(coders: Self.coders, caseID: "nope") }
        // A coder without codings shares no source with anyone.
        #expect(try project.agreementInput(coders: ("Anouk", "Nobody")).sources.isEmpty)
    }
}
