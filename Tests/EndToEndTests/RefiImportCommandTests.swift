import Foundation
import Testing
import ZIPFoundation

@Suite struct RefiImportCommandTests {
    static let refiFolder = BinaryRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/refi-qda")

    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-import-qdpx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A ZIP archive with these entries (paths as given, `../` too).
    private func zip(_ entries: [(path: String, text: String)], to url: URL) throws -> URL {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    @Test func importsTheQualCoderDemoAndListsItsFragments() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let qdpx = Self.refiFolder.appendingPathComponent("qc-1.3.2-demo.qdpx").path
        let result = try BinaryRunner.run(["import-qdpx", qdpx, "-o", "x.werkbank"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("imported 2 sources, "), "\(result.output)")
        #expect(result.output.contains("and 205 codings into x.werkbank"), "\(result.output)")

        let fragments = try BinaryRunner.run(["fragments", "--project", "x.werkbank", "--format", "csv"], in: folder)
        #expect(fragments.status == 0, "\(fragments.errors)")
        let rows = fragments.output.split(separator: "\n")
        #expect(rows.count > 1)
        #expect(fragments.output.contains("programming") || fragments.output.contains("cs_as_"), "\(fragments.output.prefix(500))")
    }

    @Test func importsTheNVivoExport() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let qdpx = Self.refiFolder.appendingPathComponent("nvivo-win-12.6-oltas0517.qdpx").path
        let result = try BinaryRunner.run(["import-qdpx", qdpx, "-o", "n.werkbank"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("303 codings"), "\(result.output)")
    }

    @Test func codingsThatCannotBePlacedStopTheImportUnlessSkipped() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let qde = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="test">
            <CodeBook><Codes><Code guid="c0de0000-0000-0000-0000-000000000001" name="a" isCodable="true"/></Codes></CodeBook>
            <Sources><TextSource guid="50000000-0000-0000-0000-000000000001" name="s1" plainTextPath="internal://s1.txt">
            <PlainTextSelection guid="51000000-0000-0000-0000-000000000001" startPosition="0" endPosition="5">
            <Coding guid="52000000-0000-0000-0000-000000000001"><CodeRef targetGUID="c0de0000-0000-0000-0000-000000000001"/></Coding>
            </PlainTextSelection>
            <PlainTextSelection guid="51000000-0000-0000-0000-000000000002" startPosition="9" endPosition="3">
            <Coding guid="52000000-0000-0000-0000-000000000002"><CodeRef targetGUID="c0de0000-0000-0000-0000-000000000001"/></Coding>
            </PlainTextSelection>
            </TextSource></Sources></Project>
            """
        let file = try zip([("project.qde", qde), ("sources/s1.txt", "Hallo wereld")], to: folder.appendingPathComponent("reversed.qdpx"))
        try expectRefusedUnlessSkipped(file, in: folder, refusal: "reversed range 9..3", imported: "and 1 codings into",
                                       listed: "reversed range 9..3")
    }

    /// `import-qdpx` of `file` stops (exit 65, nothing written) saying one coding cannot be
    /// placed and why (`refusal`); with `--skip-invalid` it imports the rest (`imported`) and
    /// lists what it left out (`listed`).
    private func expectRefusedUnlessSkipped(_ file: URL, in folder: URL, refusal: String, imported: String, listed: String,
                                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let target = folder.appendingPathComponent("x.werkbank")
        let refused = try BinaryRunner.run(["import-qdpx", file.path, "-o", target.path], in: folder)
        #expect(refused.status == 65, sourceLocation: sourceLocation)
        #expect(refused.errors.contains("1 coding cannot be placed; nothing was imported"), "\(refused.errors)", sourceLocation: sourceLocation)
        #expect(refused.errors.contains(refusal), "\(refused.errors)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: target.path), sourceLocation: sourceLocation)

        let skipped = try BinaryRunner.run(["import-qdpx", file.path, "-o", target.path, "--skip-invalid"], in: folder)
        #expect(skipped.status == 0, "\(skipped.errors)", sourceLocation: sourceLocation)
        #expect(skipped.output.contains(imported), "\(skipped.output)", sourceLocation: sourceLocation)
        #expect(skipped.output.contains(listed), "\(skipped.output)", sourceLocation: sourceLocation)
    }

    @Test func aBrokenFileWritesNothing() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let evil = try zip([("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\"/>"), ("../evil.txt", "x")],
                           to: folder.appendingPathComponent("evil.qdpx"))
        let target = folder.appendingPathComponent("x.werkbank")
        let result = try BinaryRunner.run(["import-qdpx", evil.path, "-o", target.path], in: folder)
        #expect(result.status != 0)
        #expect(result.errors.contains("../evil.txt"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: target.path))

        let empty = folder.appendingPathComponent("empty.qdpx")
        try Data().write(to: empty)
        let emptyResult = try BinaryRunner.run(["import-qdpx", empty.path, "-o", target.path], in: folder)
        #expect(emptyResult.status != 0)
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func aSourceWhoseTextIsOutsideTheArchiveStopsTheImportUnlessSkipped() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let qde = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="test">
            <CodeBook><Codes><Code guid="c0de0000-0000-0000-0000-000000000001" name="a" isCodable="true"/></Codes></CodeBook>
            <Sources><TextSource guid="50000000-0000-0000-0000-000000000001" name="elders" plainTextPath="file:///elders/s1.txt">
            <PlainTextSelection guid="51000000-0000-0000-0000-000000000001" startPosition="0" endPosition="5">
            <Coding guid="52000000-0000-0000-0000-000000000001"><CodeRef targetGUID="c0de0000-0000-0000-0000-000000000001"/></Coding>
            </PlainTextSelection></TextSource>
            <TextSource guid="50000000-0000-0000-0000-000000000002" name="hier" plainTextPath="internal://s2.txt"/></Sources></Project>
            """
        let file = try zip([("project.qde", qde), ("sources/s2.txt", "Hallo wereld")], to: folder.appendingPathComponent("external.qdpx"))
        try expectRefusedUnlessSkipped(file, in: folder,
                                       refusal: "in 'elders': the source's text is not in the archive (file:///elders/s1.txt)",
                                       imported: "imported 1 sources, 1 codes and 0 codings into",
                                       listed: "source 'elders': text is not in the archive")
    }

    @Test func aProjectFileThatIsNotUTF8IsRefusedNotACrash() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // An element name with bytes that are not UTF-8 stopped the process inside XMLParser.
        let url = folder.appendingPathComponent("bad.qdpx")
        let archive = try Archive(url: url, accessMode: .create)
        let xml = Data("<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\"><X".utf8) + Data([0xFF, 0xFE])
            + Data("/></Project>".utf8)
        try archive.addEntry(with: "project.qde", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) { position, size in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        let target = folder.appendingPathComponent("x.werkbank")
        let result = try BinaryRunner.run(["import-qdpx", url.path, "-o", target.path], in: folder)
        #expect(result.status == 65, "\(result.errors)")
        #expect(result.errors.contains("cannot import \(url.path): 'project.qde' is not UTF-8"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
