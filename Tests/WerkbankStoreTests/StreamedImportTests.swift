import Foundation
import GRDB
import Testing
import WerkbankCore
import WerkbankExchange
@testable import WerkbankStore

/// `import-qdpx -o` reads the `.qdpx` as a stream and writes sources and codings in batches
/// (decision 60): the project it makes holds what reading the whole file into a study and
/// creating the project from it holds, row for row, search index included.
@Suite struct StreamedImportTests {
    static let shared = sampleCasesURL.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/refi-qda")

    /// The sample with memos on codes, cases, sources and codings, findings, free memos,
    /// attributes, speakers and a source of emoji and combining marks.
    private func richStudy() throws -> (Study, [MemoTarget: String]) {
        var study = sampleStudy
        study.memos = [FreeMemo(id: .stable(from: "free"), title: "Vrij 👍🏽", text: "Eén memo", author: "Anouk",
                                created: Date(timeIntervalSince1970: 1_796_000_000))]
        study.attributes = [AttributeDefinition(name: "instelling", target: .case, kind: .category, values: ["Fontys", "Zuyd"])]
        study.attributeValues = [AttributeAssignment(attribute: "instelling", target: .case(study.cases[0].id), value: .category("Zuyd"))]
        let text = "I: Cliënten (e\u{0308}) 👩‍⚕️👍🏽 zeggen: \"A & B\" <ok>\nS1: volgende regel"
        study.sources.append(Source(id: "emoji", caseID: study.cases[0].id, title: "Eén 👩‍⚕️", kind: .interview,
                                    interviewers: ["I"], participants: [Participant(id: "S1", role: "Studenten")], text: text))
        let short = try #require(study.codebook.codes.first?.short)
        study.codings.append(Coding(id: .stable(from: "emoji-coding"), sourceID: "emoji", range: ScalarRange(start: 0, end: 30),
                                    code: short, coder: "Anouk", memo: "memo 👍🏽 & <\"e\u{0308}\">",
                                    created: Date(timeIntervalSince1970: 1_796_000_000)))
        let memos: [MemoTarget: String] = [.code(short): "Kern", .case(study.cases[0].id): "Casus & memo", .source("emoji"): "Opname"]
        return (study, memos)
    }

    /// Imports `file` both ways; returns the two projects' dumps.
    private func importBothWays(_ file: URL, in folder: TemporaryFolder) throws -> (whole: [String], streamed: [String]) {
        let whole = try RefiQDAReader.read(file)
        let wholeURL = folder.file("whole-\(UUID().uuidString).werkbank")
        _ = try Project.create(at: wholeURL, from: whole.study, memos: whole.memos)
        let streamedURL = folder.file("streamed-\(UUID().uuidString).werkbank")
        var result: RefiQDAStreamed?
        _ = try Project.create(at: streamedURL) { builder in
            let streamed = try RefiQDAReader.stream(file, begin: { try builder.begin($0) }) { batch in
                try builder.add(roles: batch.roles, cases: batch.cases, sources: batch.sources, codings: batch.codings)
            }
            try builder.finish(streamed.tail, memos: streamed.memos, codingMemos: streamed.codingMemos)
            result = streamed
        }
        let streamed = try #require(result)
        #expect(streamed.skipped == whole.skipped)
        #expect(streamed.invalid == whole.invalid)
        #expect(streamed.sources == whole.study.sources.count && streamed.codings == whole.study.codings.count)
        #expect(streamed.codes == whole.study.codebook.codes.count)
        return (try dump(wholeURL), try dump(streamedURL))
    }

    /// Every row of every table, in row order; times set during the import (no date in the
    /// file: now) as `now`.
    private func dump(_ url: URL) throws -> [String] {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        let recent = Date().timeIntervalSince1970 - 86_400
        return try queue.read { db in
            var lines: [String] = []
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' ORDER BY name")
            for table in tables {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                lines.append("\(table): \(rows.count) rows")
                for row in rows {
                    lines.append(table + " " + row.map { column, value -> String in
                        if ["created", "modified", "at"].contains(column) {
                            if let seconds = Double.fromDatabaseValue(value), seconds > recent { return "\(column)=now" }
                            if let date = Date.fromDatabaseValue(value), date.timeIntervalSince1970 > recent { return "\(column)=now" }
                        }
                        return "\(column)=\(value)"
                    }.joined(separator: " "))
                }
            }
            return lines
        } + [try queue.write { db in
            // FTS5 reads its index against its content; a damaged index throws.
            try db.execute(sql: "INSERT INTO passageIndex (passageIndex) VALUES ('integrity-check')")
            return "index intact"
        }]
    }

    @Test func aWerkbankExportComesInRowForRow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (study, memos) = try richStudy()
        let file = folder.file("rich.qdpx")
        _ = try RefiQDAArchive.export(study: study, memos: memos, to: file)
        let (whole, streamed) = try importBothWays(file, in: folder)
        #expect(whole.count > 1000)
        #expect(whole.contains { $0.hasPrefix("coding ") && $0.contains("memo=\"memo 👍🏽") })
        #expect(whole.contains { $0.hasPrefix("role ") })
        #expect(streamed == whole, "\(zip(whole, streamed).first { $0 != $1 }.map { "\($0)\n\($1)" } ?? "counts differ")")
    }

    @Test(arguments: ["qc-1.3.2-demo.qdpx", "nvivo-win-12.6-oltas0517.qdpx"])
    func anotherToolsProjectComesInRowForRow(name: String) throws {
        let file = Self.shared.appendingPathComponent(name)
        try #require(FileManager.default.fileExists(atPath: file.path), "fixture \(file.path)")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (whole, streamed) = try importBothWays(file, in: folder)
        #expect(whole.contains { $0.hasPrefix("coding ") })
        #expect(streamed == whole, "\(zip(whole, streamed).first { $0 != $1 }.map { "\($0)\n\($1)" } ?? "counts differ")")
    }
}
