import Foundation
import Testing
import WerkbankCore
import WerkbankStore
import ZIPFoundation

@Suite struct RefiExportCommandTests {
    static let refiFolder = BinaryRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/refi-qda")

    /// Makes a project from the sample cases in a fresh folder.
    private func makeProject() throws -> (folder: URL, project: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-qdpx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let project = folder.appendingPathComponent("p.werkbank").path
        #expect(try BinaryRunner.run(["init", project]).status == 0)
        return (folder, project)
    }

    @Test func exportsAValidQdpxWhoseSelectionsQuoteTheCodings() throws {
        let (folder, project) = try makeProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x.qdpx")
        let result = try BinaryRunner.run(["export", "--format", "qdpx", "-o", file.path, "--project", project])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "exported 17 sources and 553 codings to \(file.path)\n")
        try checkArchive(file, project: project, folder: folder)
    }

    @Test func theCodebookAloneAndAnUnwritablePath() throws {
        let (folder, project) = try makeProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let qdc = folder.appendingPathComponent("x.qdc")
        #expect(try BinaryRunner.run(["export", "--format", "qdc", "-o", qdc.path, "--project", project]).status == 0)
        let text = try String(contentsOf: qdc, encoding: .utf8)
        #expect(text.contains("urn:QDA-XML:codebook:1.0"))
        if let lint = try xmllint(qdc, schema: "Codebook.xsd") { #expect(lint.status == 0, "\(lint.output)") }

        #expect(try BinaryRunner.run(["export", "--format", "qdpx", "-o", "/nonexistent/x.qdpx", "--project", project]).status == 73)
    }

    private func checkArchive(_ file: URL, project: String, folder: URL) throws {
        let archive = try Archive(url: file, accessMode: .read)
        let paths = archive.map(\.path)
        #expect(paths.contains("project.qde"))
        let sourcePaths = paths.filter { $0.hasPrefix("sources/") && $0.hasSuffix(".txt") }
        #expect(sourcePaths.count == 17)

        func contents(_ path: String) throws -> String {
            let entry = try #require(archive[path])
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        let xml = try contents("project.qde")
        let qde = folder.appendingPathComponent("project.qde")
        try Data(xml.utf8).write(to: qde)
        if let lint = try xmllint(qde, schema: "Project.xsd") {
            #expect(lint.status == 0, "\(lint.output.prefix(2000))")
        } else {
            print("skipped schema validation: /usr/bin/xmllint or \(Self.refiFolder.path)/Project.xsd is absent")
        }

        // Every selection's positions, in code points of the exported text, give the coding's quote.
        let store = try Project.open(at: URL(fileURLWithPath: project))
        let fragments = try store.fragments()
        #expect(fragments.count == 553)
        let selections = xml.matches(of: /<PlainTextSelection guid="([^"]+)" name="[^"]*" startPosition="(\d+)" endPosition="(\d+)"/)
        #expect(selections.count == 553)
        var positions: [String: (Int, Int)] = [:]
        for match in selections { positions[String(match.output.1)] = (Int(match.output.2)!, Int(match.output.3)!) }
        var texts: [String: [Unicode.Scalar]] = [:]
        for fragment in fragments.enumerated().filter({ $0.offset % 10 == 0 }).map(\.element) {
            let path = "sources/\(UUID.stable(from: "source|\(fragment.coding.sourceID)").uuidString).txt"
            if texts[path] == nil { texts[path] = Array(try contents(path).unicodeScalars) }
            let scalars = try #require(texts[path])
            let (start, end) = try #require(positions[fragment.coding.id.uuidString])
            var quote = String.UnicodeScalarView()
            quote.append(contentsOf: scalars[start..<end])
            #expect(String(quote) == fragment.quote, "\(fragment.coding.id)")
        }
    }

    private func xmllint(_ file: URL, schema: String) throws -> (status: Int32, output: String)? {
        let schemaURL = Self.refiFolder.appendingPathComponent(schema)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"),
              FileManager.default.fileExists(atPath: schemaURL.path) else { return nil }
        let result = try BinaryRunner.run(["--noout", "--schema", schemaURL.path, file.path],
                                          executable: URL(fileURLWithPath: "/usr/bin/xmllint"))
        return (result.status, result.output + result.errors)
    }
}
