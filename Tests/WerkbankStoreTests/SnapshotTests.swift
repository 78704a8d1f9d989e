import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// `snapshot()` reads in a few queries what an export needs, the same as reading source by source.
@Suite struct SnapshotTests {
    @Test func allSourcesEqualsReadingEachSource() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let each = try project.sources().map { summary throws(ProjectError) in try project.source(summary.id) }
        let all = try project.allSources()
        #expect(all.count == 17)
        #expect(all == each)
        let turns: Int = all.reduce(0) { $0 + $1.turns.count }
        let participants: Int = all.reduce(0) { $0 + $1.participants.count }
        let sampleTurns: Int = sampleStudy.sources.reduce(0) { $0 + $1.turns.count }
        let sampleParticipants: Int = sampleStudy.sources.reduce(0) { $0 + $1.participants.count }
        #expect(turns == sampleTurns && turns > 100)
        #expect(participants == sampleParticipants)
    }

    @Test func theSnapshotHoldsEveryCodingAndMemo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        try project.setMemo(on: .case("jeugdzorg"), text: "Memo")
        let snapshot = try project.snapshot()
        #expect(snapshot.study.codings.count == sampleStudy.codings.count)
        #expect(snapshot.study.sources.count == sampleStudy.sources.count)
        #expect(snapshot.memos == [.case("jeugdzorg"): "Memo"])
    }
}
