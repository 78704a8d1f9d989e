import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange
@testable import WerkbankStore

/// The `.qdpx` export read one source at a time (decision 57) gives the `project.qde` of the
/// whole-study writer on the whole snapshot, byte for byte.
@Suite struct ProjectExportStreamTests {
    /// The sample (findings, conclusions) with free memos, memos on codings, codes, cases and
    /// sources, a source of emoji and combining marks, and codings that tie on range and code.
    private func richProject(in folder: TemporaryFolder) throws -> Project {
        var study = sampleStudy
        for name in ["Bram", "Chris"] where !study.coders.contains(where: { $0.name == name }) { study.coders.append(Coder(name: name)) }
        let caseID = study.cases[0].id
        let text = "I: Hoe gaat het?\nC1: Clie\u{0308}nten 👩‍⚕️😀 leren mee. \"A & B\" <ok>\r\nDat is één ding."
        study.sources.append(Source(id: "emoji", caseID: caseID, title: "Eén 👩‍⚕️ & \"twee\"", kind: .interview,
                                    participants: [Participant(id: "C1", role: study.roles[0].name)], text: text))
        let short = try #require(study.codebook.codes.first?.short)
        for (index, coder) in ["Chris", "Anouk", "Bram"].enumerated() {
            study.codings.append(Coding(id: .stable(from: "tie-\(index)"), sourceID: "emoji", range: ScalarRange(start: 3, end: 20),
                                        code: short, coder: coder, memo: index == 1 ? "memo 👍🏽 & <\"e\u{0308}\">" : nil))
        }
        let first = try #require(study.codings.first)
        study.codings.append(Coding(id: .stable(from: "tie-sample"), sourceID: first.sourceID, range: first.range, code: first.code,
                                    coder: "Bram", memo: "dezelfde passage"))
        study.memos = [FreeMemo(id: .stable(from: "m1"), title: "Cliënten & de werkplaats", text: "Eerste <gedachte>.", author: "Anouk",
                                subject: .project, created: Date(timeIntervalSince1970: 1_796_000_000),
                                modified: Date(timeIntervalSince1970: 1_796_000_090))]
        let memos: [MemoTarget: String] = [.code(short): "Kern — met één ë.", .case(caseID): "Casus & memo",
                                           .source("emoji"): "Opname 👩‍⚕️ deels onverstaanbaar."]
        return try Project.create(at: folder.file("p.werkbank"), from: study, memos: memos)
    }

    private func streamedQDE(_ project: Project, flushSize: Int) throws -> (Data, RefiQDAProject) {
        let outline = try project.exportOutline()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).qde")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        var texts: [String] = []
        let exported = try RefiQDAWriter.project(
            study: outline.snapshot.study, memos: outline.snapshot.memos,
            outline: outline.sources.map { RefiQDASourceOutline(id: $0.id, caseID: $0.caseID) }, to: handle, flushSize: flushSize,
            source: { texts.append($0.id) }, eachSource: project.forEachSource)
        try handle.close()
        #expect(texts == outline.sources.map(\.id))
        return (try Data(contentsOf: file), exported)
    }

    @Test(arguments: [false, true]) func theStreamedProjectQDEIsTheSnapshotWritersBytes(rich: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = rich ? try richProject(in: folder) : try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        let snapshot = try project.snapshot()
        let reference = RefiQDAWriter.project(study: snapshot.study, memos: snapshot.memos)
        #expect(reference.codingCount == snapshot.study.codings.count)
        for flushSize in [1, 512 * 1024] {
            let (qde, streamed) = try streamedQDE(project, flushSize: flushSize)
            #expect(qde == Data(reference.xml.utf8))
            #expect(streamed.codingCount == reference.codingCount)
            #expect(streamed.problems == reference.problems)
        }
        if rich {
            #expect(reference.xml.contains("name=\"Eén 👩‍⚕️ &amp; &quot;twee&quot;\""))
            #expect(reference.xml.contains("<PlainTextContent>memo 👍🏽 &amp; &lt;\"e\u{0308}\"&gt;</PlainTextContent>"))
            #expect(reference.xml.contains("name=\"Bram\""))
        }
    }

    @Test func anErrorOfTheWriterEndsTheWalkAndComesBackAsItIs() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let project = try Project.create(at: folder.file("p.werkbank"), from: sampleStudy)
        var seen = 0
        #expect(throws: Stop.self) { try project.forEachSource { _, _ in seen += 1; throw Stop() } }
        #expect(seen == 1)
    }
}
