import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange

/// The shared REFI-QDA folder beside the checkout (`<packageRoot>/../shared/refi-qda`).
private let refiFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/refi-qda")

/// Validates `xml` with xmllint against a schema; `nil` when xmllint or the schema is absent.
func xmllint(_ xml: String, schema: String) throws -> (status: Int32, output: String)? {
    let xmllint = "/usr/bin/xmllint"
    let schemaURL = refiFolder.appendingPathComponent(schema)
    guard FileManager.default.isExecutableFile(atPath: xmllint), FileManager.default.fileExists(atPath: schemaURL.path) else {
        return nil
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("refi-\(UUID().uuidString).xml")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(xml.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = ["--noout", "--schema", schemaURL.path, file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}


/// A tiny study with awkward characters everywhere.
private func tinyStudy() -> (Study, [Source], [Coding]) {
    let codebook = Codebook(groups: [
        CodeGroup(id: "elementen", name: "Elementen", gloss: "elements", codes: [
            Code(short: "LOS", name: "Lerend & <Onderzoekend>", gloss: "learning", colour: RGBColour(red: 31, green: 119, blue: 180), groupID: "elementen"),
            Code(short: "LOS.a", name: "Sub \"a\"", gloss: "", colour: RGBColour(red: 1, green: 2, blue: 3), parent: "LOS", groupID: "elementen"),
        ]),
    ])
    let cases = [Case(id: "jeugd", number: 1, name: "Jeugd & Zorg", tableLabel: "J", sector: "Zorg", institutions: [],
                      description: "a < b", respondents: [:])]
    let text = "Eén 👩‍⚕️ zegt: \"A & B\" <ok>\r\nnext"
    let sources = [Source(id: "s1", caseID: "jeugd", title: "Interview \"één\"", kind: .interview,
                          participants: [Participant(id: "S1", role: "Studenten")], text: text)]
    let codings = [
        Coding(id: UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!, sourceID: "s1", range: ScalarRange(start: 4, end: 14),
               code: "LOS.a", coder: "Anouk", memo: "memo & <\"quoted\">"),
        Coding(id: UUID(), sourceID: "s1", range: ScalarRange(start: 0, end: 99), code: "LOS", coder: "Anouk"),
        Coding(id: UUID(), sourceID: "s1", range: ScalarRange(start: 0, end: 3), code: "NOPE", coder: "Bram"),
    ]
    let study = Study(title: "T & T", roles: [Role(name: "Studenten", gloss: "students", speakerPrefix: "S")],
                      coders: [Coder(name: "Anouk")], codebook: codebook, cases: cases)
    return (study, sources, codings)
}

@Suite struct RefiQDAWriterTests {
    @Test func escapesTextAndAttributes() {
        #expect(RefiQDAXML.escape("a & b < c > \"d\"") == "a &amp; b &lt; c &gt; \"d\"")
        #expect(RefiQDAXML.escape("a & \"d\"\n\t", attribute: true) == "a &amp; &quot;d&quot;&#10;&#9;")
        #expect(RefiQDAXML.escape("x\u{1}y\r\n") == "x\u{FFFD}y&#13;\n")
    }

    @Test func projectEscapesMemosAndNamesAndReportsWhatItLeftOut() {
        let (study, sources, codings) = tinyStudy()
        let project = RefiQDAWriter.project(study: study, sources: sources, codings: codings,
                                            memos: [.code("LOS"): "code memo <&>", .case("jeugd"): "case \"memo\"", .source("s1"): "src"])
        let xml = project.xml
        #expect(xml.contains("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"T &amp; T\" origin=\"Werkbank\">"))
        #expect(xml.contains("name=\"LOS – Lerend &amp; &lt;Onderzoekend&gt;\""))
        #expect(xml.contains("name=\"LOS.a – Sub &quot;a&quot;\""))
        #expect(xml.contains("<PlainTextContent>memo &amp; &lt;\"quoted\"&gt;</PlainTextContent>"))
        #expect(xml.contains("<PlainTextContent>code memo &lt;&amp;&gt;</PlainTextContent>"))
        #expect(xml.contains("name=\"Interview &quot;één&quot;\""))
        #expect(project.codingCount == 1)
        #expect(project.problems.count == 2)
        #expect(project.files == [RefiQDAFile(path: RefiQDAWriter.sourceFile("s1"), text: sources[0].text)])
        // The selection is written in code points, with its coding and its memo.
        #expect(xml.contains("<PlainTextSelection guid=\"6F9619FF-8B86-D011-B42D-00C04FC964FF\" name=\"LOS.a\" startPosition=\"4\" endPosition=\"14\""))
        #expect(xml.contains("<CodeRef targetGUID=\"\(UUID.stable(from: "code|LOS.a").uuidString)\"/>"))
        // Users: the study's coders, then anyone else who coded (Bram, whose coding was left out).
        #expect(xml.contains("<User guid=\"\(UUID.stable(from: "coder|Anouk").uuidString)\" name=\"Anouk\"/>"))
    }

    @Test func everyGUIDMatchesThePatternAndElementsFollowTheSchemaSequence() throws {
        let (study, sources, codings) = tinyStudy()
        let xml = RefiQDAWriter.project(study: study, sources: sources, codings: codings, memos: [.case("jeugd"): "m"]).xml
        let guids = xml.matches(of: /(?:guid|GUID|creatingUser)="([^"]*)"/).map { String($0.output.1) }
        #expect(!guids.isEmpty)
        for guid in guids { #expect(guid.wholeMatch(of: /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/) != nil, "\(guid)") }
        let order = ["<Users>", "<CodeBook>", "<Variables>", "<Cases>", "<Sources>", "<Notes>", "<Links>"]
        let positions = order.map { xml.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // The sub-code is nested inside its parent, inside the group.
        let group = try #require(xml.range(of: "name=\"Elementen\" isCodable=\"false\"")).lowerBound
        let parent = try #require(xml.range(of: "name=\"LOS – ")).lowerBound
        let child = try #require(xml.range(of: "name=\"LOS.a – ")).lowerBound
        #expect(group < parent && parent < child)
        #expect(xml.contains("color=\"#1f77b4\""))
    }

    @Test func tinyProjectAndCodebookValidateAgainstTheSchemas() throws {
        let (study, sources, codings) = tinyStudy()
        let xml = RefiQDAWriter.project(study: study, sources: sources, codings: codings,
                                        memos: [.code("LOS"): "a", .case("jeugd"): "b", .source("s1"): "c"]).xml
        guard let result = try xmllint(xml, schema: "Project.xsd") else {
            print("skipped: /usr/bin/xmllint or \(refiFolder.path)/Project.xsd is absent")
            return
        }
        #expect(result.status == 0, "\(result.output)")
        let codebook = try #require(try xmllint(RefiQDAWriter.codebook(study.codebook), schema: "Codebook.xsd"))
        #expect(codebook.status == 0, "\(codebook.output)")
    }

    @Test func sampleCasesProjectAndCodebookValidateAgainstTheSchemas() throws {
        let study = try CaseFolderLoader(folder: sampleCasesURL).load()
        let project = RefiQDAWriter.project(study: study)
        #expect(project.files.count == study.sources.count)
        #expect(project.problems == [])
        #expect(project.codingCount == study.codings.count)
        guard let result = try xmllint(project.xml, schema: "Project.xsd") else {
            print("skipped: /usr/bin/xmllint or \(refiFolder.path)/Project.xsd is absent")
            return
        }
        #expect(result.status == 0, "\(result.output.prefix(2000))")
        let codebookXML = RefiQDAWriter.codebook(study.codebook)
        #expect(codebookXML.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Werkbank\">"))
        let codebook = try #require(try xmllint(codebookXML, schema: "Codebook.xsd"))
        #expect(codebook.status == 0, "\(codebook.output.prefix(2000))")
    }

    @Test func archiveHoldsProjectAndSourcesAndReplacesAtomically() throws {
        let (study, sources, codings) = tinyStudy()
        let project = RefiQDAWriter.project(study: study, sources: sources, codings: codings)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refi-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("x.qdpx")
        try Data("old".utf8).write(to: url)
        try RefiQDAArchive.write(project, to: url)
        let listing = try Process.run("/usr/bin/unzip", ["-Z1", url.path])
        #expect(listing.split(separator: "\n").sorted() == ["project.qde", Substring(RefiQDAWriter.sourceFile("s1"))])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["x.qdpx"])
        #expect(throws: RefiQDAArchiveError.self) { try RefiQDAArchive.write(project, to: URL(fileURLWithPath: "/nonexistent/x.qdpx")) }
    }
}

private extension Process {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
