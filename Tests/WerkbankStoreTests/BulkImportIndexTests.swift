import Foundation
import GRDB
import Testing
import WerkbankCore
@testable import WerkbankStore

/// A bulk import indexes its passages as one segment per group of transcripts and writes the
/// same rows as sources added batch by batch (decision 65).
@Suite struct BulkImportIndexTests {
    /// Sources with one to four turns by speakers who recur across sources.
    static func batches(count: Int, size: Int) throws -> [[PreparedImport]] {
        try (0..<count).map { batch in
            try (0..<size).map { index in
                let number = batch * size + index
                var text = "Gesprek \(number)\n\n"
                var turns: [Turn] = []
                for turn in 0..<(1 + number % 4) {
                    let speaker = ["I", "C\(number % 5)", "M\(number % 3)"][turn % 3]
                    text += "\(speaker): "
                    let start = text.unicodeScalars.count
                    text += "Samen leren in de zorg, ronde \(turn) van \(number), Cliënten."
                    turns.append(Turn(speaker: speaker, range: ScalarRange(start: start, end: text.unicodeScalars.count)))
                    text += "\n\n"
                }
                let speakers = Set(turns.map(\.speaker)).subtracting(["I"]).sorted()
                let source = Source(id: "bron-\(number)", caseID: "zorg", title: "Bron \(number)", kind: .interview, interviewers: ["I"],
                                    participants: speakers.map { Participant(id: $0, role: "Cliënten") }, text: text, turns: turns)
                return try Project.prepareImport(source, checksum: Project.checksum(of: Data(text.utf8)))
            }
        }
    }

    static func segments(_ project: Project) throws -> Int {
        try project.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM passageIndex_idx") ?? 0 }
    }

    /// Turns, passages and participant links as rows, by source id rather than row id.
    static func structure(_ project: Project) throws -> [[String]] {
        try project.read { db in
            try [
                "SELECT s.slug, t.speaker, t.start, t.\"end\" FROM turn t JOIN source s ON s.id = t.sourceID ORDER BY t.id",
                "SELECT p.id, s.slug, p.start, p.\"end\" FROM passage p JOIN source s ON s.id = p.sourceID ORDER BY p.id",
                "SELECT s.slug, p.speaker FROM sourceParticipant sp JOIN source s ON s.id = sp.sourceID JOIN participant p ON p.id = sp.participantID ORDER BY sp.rowid",
                "SELECT p.speaker, p.role FROM participant p ORDER BY p.id",
            ].flatMap { sql in try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(\.description).joined(separator: "|") } }
                .chunked()
        }
    }

    @Test(arguments: [SourceStructureBuffer.defaultRowsPerWrite, 100])
    func theImportIsIndexedInFewSegmentsWithTheRowsOfBatchByBatch(rowsPerWrite: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bulk = try Project.create(at: folder.file("bulk.werkbank"), from: tinyStudy())
        let byBatch = try Project.create(at: folder.file("batch.werkbank"), from: tinyStudy())
        let before = try Self.segments(bulk)
        var pending = try Self.batches(count: 30, size: 4)
        // The groups the buffer writes: it is written once it holds `rowsPerWrite` turns and spans.
        var (groups, held) = (0, 0)
        for batch in pending {
            held += batch.reduce(0) { $0 + $1.source.turns.count * 2 }
            if held >= rowsPerWrite { (groups, held) = (groups + 1, 0) }
        }
        if held > 0 { groups += 1 }
        try bulk.addSources(rowsPerWrite: rowsPerWrite) { pending.isEmpty ? nil : pending.removeFirst() }
        for batch in try Self.batches(count: 30, size: 4) {
            try byBatch.addSources(batch.map { ($0.source, $0.checksum) })
        }

        #expect(try Self.structure(bulk) == Self.structure(byBatch))
        // One segment per group: 120 sources of 1–4 turns hold 300 turns and 300 passages, one
        // group by default. Indexed batch by batch they made 30 segments, merged 16 at a time.
        #expect(groups == (rowsPerWrite == 100 ? 6 : 1))
        let added = try Self.segments(bulk) - before
        #expect(added == groups)
        for word in ["samen", "clienten", "ronde", "117"] {
            #expect(try bulk.search(word) == byBatch.search(word))
        }
        #expect(try bulk.search("119").count == 4)
        try bulk.write { db in
            try db.execute(sql: "INSERT INTO passageIndex (passageIndex, rank) VALUES ('integrity-check', 1)")
            let settings = try Row.fetchAll(db, sql: "SELECT k, v FROM passageIndex_config WHERE k IN ('automerge', 'hashsize') ORDER BY k")
            #expect(settings.map { "\($0["k"] as String)=\($0["v"] as Int)" } == ["automerge=4", "hashsize=1048576"])
        }
        #expect(try bulk.integrityCheck() == "ok")
        // Each source is still undone on its own, with its turns and passages.
        _ = try bulk.undo()
        #expect(try bulk.sources(ofCase: "zorg").count == 120)
        #expect(try bulk.search("119").isEmpty)
    }
}

private extension Array where Element == String {
    func chunked() -> [[String]] { [self] }
}
