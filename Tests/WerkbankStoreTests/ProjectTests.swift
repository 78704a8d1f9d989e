import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

@Suite struct ProjectTests {
    @Test func migratesAnEmptyFileAndStoresTheStudy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let stored = try project.study()
        #expect(stored.cases == sampleStudy.cases)
        #expect(stored.roles == sampleStudy.roles)
        #expect(stored.codebook == sampleStudy.codebook)
        #expect(stored.tableLabels == sampleStudy.tableLabels)
        #expect(stored.characteristics == sampleStudy.characteristics)
        #expect(Set(stored.coders.map(\.name)) == Set(sampleStudy.coders.map(\.name)))
        #expect(try project.respondentTable().report == sampleStudy.respondentTable.report)
        #expect(try project.integrityCheck() == "ok")
        let version = try project.writer!.read { db in try ProjectSchema.migrator.appliedIdentifiers(db) }.sorted()
        // Sorted as text: v10 comes after v1.
        #expect(version == ["v1-project", "v2-decisions", "v3-source-checksum", "v4-passage-spans", "v5-coding-speaker", "v6-synthesis", "v7-attributes", "v8-free-memos", "v9-journal-coder", "v10-corrections", "v12-indexes", "v13-practice", "v14-passage-source", "v15-coding-guid-index"].sorted())
    }

    @Test func sourcesTurnsAndCodingsRoundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        #expect(try project.sources().map(\.id) == sampleStudy.cases.flatMap { sampleStudy.sources(ofCase: $0.id).map(\.id) })
        for source in sampleStudy.sources {
            let stored = try project.source(source.id)
            #expect(stored.text == source.text)
            #expect(stored.turns == source.turns)
            #expect(Set(stored.participants) == Set(source.participants))
            #expect(stored.interviewers == source.interviewers)
            #expect(stored.kind == source.kind && stored.date == source.date && stored.caseID == source.caseID)
        }
        let codings = try project.allCodings()
        #expect(codings.count == sampleStudy.codings.count)
        #expect(Set(codings.map(\.id)) == Set(sampleStudy.codings.map(\.id)))
        let byID = Dictionary(uniqueKeysWithValues: sampleStudy.codings.map { ($0.id, $0) })
        for coding in codings {
            let original = try #require(byID[coding.id])
            #expect((coding.sourceID, coding.range, coding.code, coding.coder, coding.memo)
                == (original.sourceID, original.range, original.code, original.coder, original.memo))
        }
        let summaries = try project.sources(ofCase: "revalidatie-1")
        #expect(summaries.allSatisfy { $0.caseID == "revalidatie-1" })
        #expect(summaries.map(\.codingCount).reduce(0, +) == sampleStudy.codings.count { c in summaries.contains { $0.id == c.sourceID } })
    }

    @Test func aVersion1ProjectIsUpgradedOnOpening() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("old.werkbank")
        do {
            try LegacyProject.copy(of: try Project.create(at: folder.file("new.werkbank"), from: tinyStudy()).url, to: url, upTo: "v1-project")
            let queue = try DatabaseQueue(path: url.path)
            #expect(try queue.read { db in try db.tableExists("decision") } == false)
            try queue.close()
        }
        let project = try Project.open(at: url)
        #expect(try project.writer!.read { db in try ProjectSchema.migrator.appliedIdentifiers(db) }
            == ["v1-project", "v2-decisions", "v3-source-checksum", "v4-passage-spans", "v5-coding-speaker", "v6-synthesis", "v7-attributes", "v8-free-memos", "v9-journal-coder", "v10-corrections", "v12-indexes", "v13-practice", "v14-passage-source", "v15-coding-guid-index"])
        #expect(try project.decisions(consensus: "Consensus").isEmpty)
        #expect(try project.source("gesprek").turns.count == 2)
        #expect(try project.search("clienten").map(\.sourceID) == ["gesprek"])
    }

    @Test func creatingOverAnExistingFileIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("p.werkbank")
        try Data("keep me".utf8).write(to: url)
        #expect(throws: ProjectError.alreadyExists(path: url.path)) { try Project.create(at: url, from: sampleStudy) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "keep me")
    }

    @Test func aFailedCreateLeavesNoFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var broken = tinyStudy()
        broken.codings = [Coding(sourceID: "gesprek", range: ScalarRange(start: 0, end: 9999), code: "LOS", coder: "Anouk")]
        let url = folder.file("p.werkbank")
        #expect(throws: ProjectError.self) { try Project.create(at: url, from: broken) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [])
    }

    @Test func offsetsCountScalarsThroughTheDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: tinyStudy())
        let text = try project.source("gesprek").text
        // "Clie\u{0308}nten 😀 leren mee." — the combining mark and the emoji are one scalar each.
        let start = text.scalarRanges(of: "Clie\u{0308}nten").first!.start
        let coding = try project.addCoding(source: "gesprek", range: ScalarRange(start: start, end: start + 22), code: "LOS", coder: "Anouk")
        let fragment = try #require(try project.fragments(FragmentFilter(codes: ["LOS"])).first)
        #expect(fragment.quote == "Clie\u{0308}nten 😀 leren mee.")
        #expect(fragment.quote == text.scalars(in: coding.range))
        #expect(fragment.speaker == "C1")
        #expect(fragment.role == "Cliënten")
        let end = text.scalarCount
        #expect(throws: ProjectError.invalidRange(source: "gesprek", start: end - 1, end: end + 1, length: end)) {
            try project.addCoding(source: "gesprek", range: ScalarRange(start: end - 1, end: end + 1), code: "LOS", coder: "Anouk")
        }
    }
}
