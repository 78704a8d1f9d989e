import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

private let refiFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/refi-qda")

/// Free memos through REFI-QDA notes and back (decision 50), and `werkbank memos`' formats.
@Suite struct RefiQDAFreeMemoTests {
    static let created = Date(timeIntervalSince1970: 1_796_000_000)

    static func memos() -> [FreeMemo] {
        [
            FreeMemo(id: .stable(from: "m1"), title: "Cliënten & de werkplaats", text: "Eerste <gedachte>.\nTweede regel.",
                     author: "Anouk", subject: .project, created: created, modified: created.addingTimeInterval(90)),
            FreeMemo(id: .stable(from: "m2"), title: "Over Revalidatie 1", text: "Veel studenten.", author: "Bram",
                     subject: .case("revalidatie-1"), created: created, modified: created),
            FreeMemo(id: .stable(from: "m3"), title: "LOS in de literatuur", text: "", author: "Anouk",
                     subject: .element("LOS"), created: created, modified: created),
            FreeMemo(id: .stable(from: "m4"), title: "Wenger", text: "Leren als deelnemen.", author: "Chris",
                     subject: .literature(LiteratureReference(author: "Wenger, E.", year: "1998", title: "Communities of practice")),
                     created: created, modified: created),
        ]
    }

    private func roundTrip(_ study: Study, memos: [MemoTarget: String] = [:]) throws -> (RefiQDAImport, String) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("memos-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: url) }
        let exported = RefiQDAWriter.project(study: study, memos: memos)
        try RefiQDAArchive.write(exported, to: url)
        return (try RefiQDAReader.read(url), exported.xml)
    }

    @Test func freeMemosComeBackWholeAndAreNotTakenForCaseMemos() throws {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        study.memos = Self.memos()
        let caseMemo = "Gewone casusmemo"
        let (imported, xml) = try roundTrip(study, memos: [.case("revalidatie-1"): caseMemo, .code("LOS"): "Codememo"])
        #expect(imported.study.memos == study.memos)
        #expect(imported.memos[.case("revalidatie-1")] == caseMemo, "a free memo linked to the case is not its memo")
        #expect(imported.memos[.code("LOS")] == "Codememo")
        #expect(imported.study.synthesis == study.synthesis, "findings stay findings")

        // Other tools see a note with the title and text; the project refers to its own, a
        // link joins the others to their case and code.
        let memos = Self.memos()
        #expect(xml.contains("<Note guid=\"\(memos[0].id.refiGUID)\" name=\"Cliënten &amp; de werkplaats\""))
        #expect(xml.contains("<PlainTextContent>Eerste &lt;gedachte&gt;.\nTweede regel.</PlainTextContent>"))
        let lastLines = xml.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.suffix(2)
        #expect(Array(lastLines) == ["<NoteRef targetGUID=\"\(memos[0].id.refiGUID)\"/>", "</Project>"])
        #expect(xml.contains("originGUID=\"\(memos[1].id.refiGUID)\" targetGUID=\"\(RefiQDAWriter.caseGUID("revalidatie-1").refiGUID)\""))
        #expect(xml.contains("originGUID=\"\(memos[2].id.refiGUID)\" targetGUID=\"\(RefiQDAWriter.codeGUID("LOS").refiGUID)\""))
        #expect(!xml.contains("originGUID=\"\(memos[3].id.refiGUID)\""))
    }

    @Test func aProjectWithFreeMemosValidatesAgainstTheSchema() throws {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        study.memos = Self.memos()
        let xml = RefiQDAWriter.project(study: study).xml
        let schema = refiFolder.appendingPathComponent("Project.xsd")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), FileManager.default.fileExists(atPath: schema.path) else {
            print("skipped: /usr/bin/xmllint or Project.xsd is absent")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("memos-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(xml.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output.prefix(2000))")
    }

    @Test func withoutFreeMemosTheExportIsAsBefore() throws {
        var study = try CaseFolderLoader(folder: sampleCasesURL).load()
        let before = RefiQDAWriter.project(study: study).xml
        study.memos = Self.memos()
        let with = RefiQDAWriter.project(study: study).xml
        #expect(before != with)
        #expect(!before.contains(RefiQDAFreeMemos.marker))
        study.memos = []
        #expect(RefiQDAWriter.project(study: study).xml == before)
    }

    @Test func theRealFilesBringNoFreeMemos() throws {
        for file in ["qc-1.3.2-demo.qdpx", "nvivo-win-12.6-oltas0517.qdpx"] {
            let imported = try RefiQDAReader.read(refiFolder.appendingPathComponent(file))
            #expect(imported.study.memos.isEmpty, "\(file)")
        }
    }

    @Test func listingAsCSVJSONAndMarkdown() throws {
        let entries = [
            MemoEntry(kind: .free, title: "Cliënten, \"eerst\"", text: "Regel 1\nRegel 2", author: "Anouk", belongsTo: "project",
                      memoID: .stable(from: "m1"), modified: Self.created),
            MemoEntry(kind: .coding, title: "", text: "Codeermemo # met *ster*", author: "Bram", belongsTo: "LOS in Gesprek", code: "LOS",
                      caseID: "jeugdzorg", sourceID: "s1", codingID: .stable(from: "c1"), range: ScalarRange(start: 1, end: 5)),
        ]
        let csv = MemoListing.render(entries, format: .csv)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "Kind,Title,Belongs to,Case,Code,Author,Modified,Id,Text")
        #expect(lines[1] == "free,\"Cliënten, \"\"eerst\"\"\",project,,,Anouk,2026-11-30 00:53,\(UUID.stable(from: "m1").uuidString.lowercased()),\"Regel 1\nRegel 2\"")
        let json = try JSONSerialization.jsonObject(with: Data(MemoListing.render(entries, format: .json).utf8)) as? [String: Any]
        let rows = try #require(json?["rows"] as? [[String: Any]])
        #expect(rows.count == 2 && rows[1]["Text"] as? String == "Codeermemo # met *ster*" && rows[1]["Case"] as? String == "jeugdzorg")
        let markdown = MemoListing.render(entries, format: .md)
        #expect(markdown.hasPrefix("# Memos\n\n## Cliënten, \"eerst\"\n\n*free* on project · by Anouk · 2026-11-30 00:53"))
        #expect(markdown.contains("\n\nRegel 1\nRegel 2\n\n## Codeermemo \\# met \\*ster\\*\n"))
    }
}
