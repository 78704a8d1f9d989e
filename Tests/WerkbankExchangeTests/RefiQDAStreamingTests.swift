import Foundation
import Testing
import WerkbankCore
import ZIPFoundation
@testable import WerkbankExchange

/// The streamed `.qdpx` export (issue 17) writes the `project.qde` the whole-study writer makes,
/// byte for byte; `RefiQDAWriter.project(study:memos:)` stays the reference.
@Suite struct RefiQDAStreamingTests {
    /// The sample with everything a project.qde carries: memos on codes, cases, sources and
    /// codings, findings, free memos, attributes, and a source of emoji and combining marks.
    private func richStudy() throws -> (Study, [MemoTarget: String]) {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        study.memos = RefiQDAFreeMemoTests.memos()
        study.attributes = [AttributeDefinition(name: "instelling", target: .case, kind: .category, values: ["Fontys", "Zuyd"])]
        study.attributeValues = [AttributeAssignment(attribute: "instelling", target: .case(study.cases[0].id), value: .category("Zuyd"))]
        let text = "Cliënten (Cliënten met e\u{0308}) 👩‍⚕️👍🏽 zeggen: \"A & B\" <ok>\r\nvolgende regel"
        study.sources.append(Source(id: "emoji", caseID: study.cases[0].id, title: "Eén 👩‍⚕️ & \"twee\"", kind: .interview,
                                    participants: [Participant(id: "S1", role: "Studenten")], text: text))
        let short = try #require(study.codebook.codes.first?.short)
        study.codings.append(Coding(id: .stable(from: "emoji-coding"), sourceID: "emoji", range: ScalarRange(start: 0, end: 30),
                                    code: short, coder: "Anouk", memo: "memo 👍🏽 & <\"e\u{0308}\">",
                                    created: Date(timeIntervalSince1970: 1_796_000_000)))
        let memos: [MemoTarget: String] = [
            .code(short): "Kern — met één ë.", .case(study.cases[0].id): "Casus & memo",
            .source("emoji"): "Opname 👩‍⚕️ deels onverstaanbaar.",
        ]
        return (study, memos)
    }

    private func exportedQDE(_ study: Study, memos: [MemoTarget: String]) throws -> (Data, RefiQDAProject) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: url) }
        let exported = try RefiQDAArchive.export(study: study, memos: memos, to: url)
        let archive = try Archive(url: url, accessMode: .read)
        let entry = try #require(archive["project.qde"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        // Only the archive is left beside it: the temporary project.qde is gone.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(url.lastPathComponent)") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        return (data, exported)
    }

    @Test(arguments: [false, true]) func theArchivesProjectQDEIsTheWholeStudyWritersBytes(rich: Bool) throws {
        let (study, memos) = rich ? try richStudy() : (try CaseFolderLoader(folder: sampleCasesURL).load(), [:])
        let reference = RefiQDAWriter.project(study: study, memos: memos)
        let (qde, streamed) = try exportedQDE(study, memos: memos)
        #expect(qde == Data(reference.xml.utf8))
        #expect(streamed.codingCount == reference.codingCount)
        #expect(streamed.problems == reference.problems)
        if rich {
            #expect(reference.xml.contains("👩‍⚕️"))
            #expect(reference.xml.contains("<Note "))
        }
    }

    @Test(arguments: [1, 7, 4096]) func smallPiecesGiveTheSameBytes(flushSize: Int) throws {
        let (study, memos) = try richStudy()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).qde")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        _ = try RefiQDAWriter.project(study: study, memos: memos, to: handle, flushSize: flushSize)
        try handle.close()
        #expect(try Data(contentsOf: file) == Data(RefiQDAWriter.project(study: study, memos: memos).xml.utf8))
    }

    @Test func aFailedWriteIsReported() throws {
        let (study, memos) = try richStudy()
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/dev/null"))
        #expect(throws: (any Error).self) { try RefiQDAWriter.project(study: study, memos: memos, to: handle, flushSize: 1) }
    }
}
