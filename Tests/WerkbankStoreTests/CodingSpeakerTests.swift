import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Each coding keeps the speaker of the turn it starts in (`v5-coding-speaker`).
@Suite struct CodingSpeakerTests {
    /// Speaker by coding GUID, as stored.
    private func speakers(_ project: Project) throws -> [String: String?] {
        try project.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT guid, speaker FROM coding").map {
                ($0["guid"] as String, $0["speaker"] as String?)
            })
        }
    }

    /// The speaker of the last turn starting at or before the coding, worked out here.
    private func expectedSpeaker(_ coding: Coding, in study: Study) -> String? {
        let turns = study.sources.first { $0.id == coding.sourceID }?.turns ?? []
        return turns.filter { $0.range.start <= coding.range.start }.max { $0.range.start < $1.range.start }?.speaker
    }

    @Test func importEditAndUndoKeepTheSpeaker() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let stored = try speakers(project)
        #expect(stored.count == sampleStudy.codings.count)
        for coding in sampleStudy.codings {
            #expect(stored[coding.id.uuidString] == .some(expectedSpeaker(coding, in: sampleStudy)), "coding \(coding.id)")
        }
        #expect(stored.values.contains { $0 == nil } == sampleStudy.codings.contains { expectedSpeaker($0, in: sampleStudy) == nil })

        // A range moved into another turn takes that turn's speaker; undo gives the first back.
        let source = try #require(sampleStudy.sources.first { $0.turns.count >= 3 })
        let coding = try project.addCoding(source: source.id, range: ScalarRange(start: source.turns[0].range.start, end: source.turns[0].range.start + 3),
                                           code: "LOS", coder: "Tester")
        #expect(try speakers(project)[coding.id.uuidString] == .some(source.turns[0].speaker))
        _ = try project.updateCoding(coding.id, range: ScalarRange(start: source.turns[2].range.start, end: source.turns[2].range.start + 3))
        #expect(try speakers(project)[coding.id.uuidString] == .some(source.turns[2].speaker))
        _ = try project.undo()
        #expect(try speakers(project)[coding.id.uuidString] == .some(source.turns[0].speaker))
    }

    @Test func aVersion4ProjectGetsItsSpeakersOnOpening() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let current = try Project.create(at: folder.file("new.werkbank"), from: sampleStudy)
        let url = folder.file("old.werkbank")
        try LegacyProject.copy(of: current.url, to: url, upTo: "v4-passage-spans")
        let upgraded = try Project.open(at: url)
        #expect(try speakers(upgraded) == speakers(current))
        #expect(try upgraded.matrix(by: .role) == current.matrix(by: .role))
        #expect(try upgraded.integrityCheck() == "ok")
    }

    /// Codings that come in no order of their sources (decision 69): stored in the order given,
    /// each with its own source's speaker, with the turns given (an import) or read (an edit).
    @Test func codingsInterleavedAcrossSourcesKeepTheirOrderAndSpeakers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // One coding of each source in turn: neighbours come from different sources.
        let bySource = Dictionary(grouping: sampleStudy.codings, by: \.sourceID).sorted { $0.key < $1.key }.map(\.value)
        var shuffled = sampleStudy
        shuffled.codings = (0..<(bySource.map(\.count).max() ?? 0)).flatMap { round in bySource.compactMap { round < $0.count ? $0[round] : nil } }
        let count = sampleStudy.codings.count
        try #require(shuffled.codings.count == count && bySource.count > 3)
        #expect(zip(shuffled.codings, shuffled.codings.dropFirst()).filter { $0.sourceID != $1.sourceID }.count > count / 2)
        let project = try Project.create(at: folder.file("p.werkbank"), from: shuffled)
        let stored = try project.read { db in try Row.fetchAll(db, sql: "SELECT guid, speaker FROM coding ORDER BY id") }
        #expect(stored.map { $0["guid"] as String } == shuffled.codings.map(\.id.uuidString))
        for (row, coding) in zip(stored, shuffled.codings) {
            #expect(row["speaker"] as String? == expectedSpeaker(coding, in: sampleStudy), "coding \(coding.id)")
        }

        let again = shuffled.codings.map { Coding(sourceID: $0.sourceID, range: $0.range, code: $0.code, coder: "Tester") }
        try #require(project.writer).write { db in try CodingWriter(db: db).insert(again) }
        let added = try project.read { db in
            try Row.fetchAll(db, sql: "SELECT guid, speaker FROM coding WHERE coderID = (SELECT id FROM coder WHERE name = 'Tester') ORDER BY id")
        }
        #expect(added.map { $0["guid"] as String } == again.map(\.id.uuidString))
        #expect(added.map { $0["speaker"] as String? } == shuffled.codings.map { expectedSpeaker($0, in: sampleStudy) })
    }
}
