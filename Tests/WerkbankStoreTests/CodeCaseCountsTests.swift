import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Fragments per code and case, summed per case in Swift (decision 69): the same counts, in the
/// same order, as SQLite's join of every source to its case.
@Suite struct CodeCaseCountsTests {
    /// The query `codeCaseCounts` made before, kept as the reference.
    static func joined(_ project: Project, coders: [String]) throws -> [CodeCaseCount] {
        try project.read { db in
            let inner = "SELECT sourceID, codeID, COUNT(*) AS n FROM coding\(try Project.coderFilter(coders, db: db)) GROUP BY sourceID, codeID"
            return try Row.fetchAll(db, sql: """
                SELECT k.short, sc.slug, SUM(x.n) AS n
                FROM (\(inner)) x JOIN code k ON k.id = x.codeID JOIN source s ON s.id = x.sourceID
                JOIN studyCase sc ON sc.id = s.caseID
                GROUP BY k.id, sc.id ORDER BY k.position, sc.number
                """, arguments: StatementArguments(coders)).map {
                CodeCaseCount(code: $0["short"], caseID: $0["slug"], fragments: $0["n"])
            }
        }
    }

    @Test func theSumsPerCaseAreThoseOfTheJoin() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        for coders in [[], ["Anouk"], ["Bram"], ["Anouk", "Bram"], ["Niemand"]] {
            let counts = try project.codeCaseCounts(coders: coders)
            #expect(counts == (try Self.joined(project, coders: coders)), "\(coders)")
            #expect(coders == ["Niemand"] ? counts.isEmpty : counts.count > 20, "\(coders): \(counts.count)")
        }
        #expect(try project.codeCaseCounts().map(\.fragments).reduce(0, +) == sampleStudy.codings.count)
    }
}
