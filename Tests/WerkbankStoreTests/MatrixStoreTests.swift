import Foundation
import Testing
import WerkbankCore
import WerkbankExchange
@testable import WerkbankStore

/// The project's matrix and co-occurrence on the sample cases, against the same figures
/// worked out from its fragments one by one.
@Suite struct MatrixStoreTests {
    let folder: TemporaryFolder
    let project: Project

    init() throws {
        folder = try TemporaryFolder()
        let study = try CaseFolderLoader(folder: sampleCasesURL).load()
        project = try Project.create(at: folder.file("p.werkbank"), from: study)
    }

    @Test func everyElementIsPresentInEveryCase() throws {
        defer { folder.remove() }
        let matrix = try project.matrix(by: .case, measure: .presence)
        #expect(matrix.columns.map(\.label) == ["Jeugdgezondheid", "Zorg 1", "Sociale studies", "Zorg 2"])
        let elements = try project.study().codebook.elements.map(\.short)
        #expect(elements == ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"])
        for element in elements {
            let row = try #require(matrix.rows.first { $0.code == element })
            #expect(row.depth == 0)
            #expect(row.values == Array(repeating: .count(1), count: 4), "\(element)")
            #expect(row.total == .count(4))
        }
        let report = matrix.report
        #expect(report.columns.map(\.title).last == "Total")
        #expect(report.rows.last?.first == .text("Total"))
    }

    @Test func aggregatedTalliesEqualTheFragmentsMatrix() throws {
        defer { folder.remove() }
        let builder = try project.matrixBuilder()
        let fragments = try project.fragments()
        #expect(!fragments.isEmpty)
        for axis in MatrixAxis.allCases {
            for measure in MatrixMeasure.allCases {
                let stored = try project.matrix(by: axis, measure: measure)
                #expect(stored == builder.matrix(fragments: fragments, by: axis, measure: measure), "\(axis) \(measure)")
            }
        }
        #expect(try project.matrix().grandTotal == .count(fragments.count))
    }

    @Test func filtersReachTheStore() throws {
        defer { folder.remove() }
        let builder = try project.matrixBuilder()
        let coder = try #require(try project.study().coders.first?.name)
        let fragments = try project.fragments(FragmentFilter(kinds: [.interview], coders: [coder]))
        for measure in [MatrixMeasure.fragments, .participants, .share] {
            let stored = try project.matrix(measure: measure, coders: [coder], kinds: [.interview])
            #expect(stored == builder.matrix(fragments: fragments, by: .case, measure: measure, kinds: [.interview]), "\(measure)")
        }
    }

    @Test func coOccurrenceOfOneCaseAndAll() throws {
        defer { folder.remove() }
        let all = try project.coOccurrence(mode: .overlap)
        let fragments = try project.fragments()
        #expect(all.codes.reduce(0) { $0 + all.count($1, $1) } == fragments.count)
        let caseID = "revalidatie-1"
        let one = try project.coOccurrence(mode: .turn, caseID: caseID)
        let inCase = fragments.filter { $0.caseID == caseID }
        #expect(one.codes.reduce(0) { $0 + one.count($1, $1) } == inCase.count)
        for a in one.codes {
            for b in one.codes where a != b {
                #expect(try project.coOccurrencePairs(a, b, mode: .turn, caseID: caseID).count == one.count(a, b))
            }
        }
        #expect(throws: ProjectError.self) { try project.coOccurrence(mode: .overlap, caseID: "nowhere") }
    }
}
