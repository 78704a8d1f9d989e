import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange
import ZIPFoundation

/// The shared REFI-QDA folder beside the checkout (`<packageRoot>/../shared/refi-qda`).
private let readerRefiFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/refi-qda")

@Suite struct RefiQDAReaderTests {
    /// Every entry of a ZIP, read into memory.
    private func entries(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var result: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            result[entry.path] = data
        }
        return result
    }

    private func attribute(_ name: String, in tag: Substring) -> String? {
        let tag = " " + tag
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The text of every coding at its original positions, worked out from the raw XML.
    private func expectedCodings(_ url: URL, utf16: Bool) throws -> (sources: Int, selections: Int, texts: [String]) {
        let files = try entries(url)
        let qdeName = try #require(files.keys.first { $0.lowercased().hasSuffix(".qde") })
        let xml = String(decoding: files[qdeName]!, as: UTF8.self)
        let sourceBlocks = xml.components(separatedBy: "<TextSource ").dropFirst()
        var selections = 0
        var texts: [String] = []
        for block in sourceBlocks {
            let body = block.components(separatedBy: "</TextSource>")[0]
            let tag = body.prefix { $0 != ">" }
            let path = try #require(attribute("plainTextPath", in: tag)).replacingOccurrences(of: "internal://", with: "")
            let key = try #require(files.keys.first { $0.lowercased() == "sources/\(path.lowercased())" })
            var data = files[key]!
            if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
            let text = String(decoding: data, as: UTF8.self)
            for selection in body.components(separatedBy: "<PlainTextSelection ").dropFirst() {
                selections += 1
                let selectionTag = selection.prefix { $0 != ">" }
                let start = Int(try #require(attribute("startPosition", in: selectionTag)))!
                let end = Int(try #require(attribute("endPosition", in: selectionTag)))!
                let quoted: String
                if utf16 {
                    quoted = String(decoding: Array(text.utf16)[start..<end], as: UTF16.self)
                } else {
                    quoted = String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
                }
                let inside = selection.components(separatedBy: "</PlainTextSelection>")[0]
                let codingCount = inside.components(separatedBy: "<Coding ").count - 1
                texts += Array(repeating: quoted, count: codingCount)
            }
        }
        return (sourceBlocks.count, selections, texts)
    }

    private func check(_ file: String, utf16: Bool) throws -> Study {
        let url = readerRefiFolder.appendingPathComponent(file)
        let imported = try RefiQDAReader.read(url)
        let study = imported.study
        let expected = try expectedCodings(url, utf16: utf16)
        #expect(study.sources.count == expected.sources)
        #expect(study.codings.count == expected.texts.count)
        #expect(expected.selections > 0)
        let texts = study.codings.map { coding in
            study.sources.first { $0.id == coding.sourceID }!.text.scalars(in: coding.range) ?? "<out of range>"
        }
        #expect(texts.count == expected.texts.count)
        for (index, (got, wanted)) in zip(texts, expected.texts).enumerated() where got != wanted {
            Issue.record("coding \(index): \(got.debugDescription) ≠ \(wanted.debugDescription)")
        }
        let shorts = study.codebook.codes.map(\.short)
        #expect(Set(shorts).count == shorts.count)
        #expect(shorts.allSatisfy { !$0.contains(" ") })
        #expect(study.codings.allSatisfy { coding in shorts.contains(coding.code) && study.coders.contains { $0.name == coding.coder } })
        #expect(study.sources.allSatisfy { source in study.cases.contains { $0.id == source.caseID } })
        return study
    }

    @Test func qualCoderDemoImportsEveryCodingAtItsCodePoints() throws {
        let study = try check("qc-1.3.2-demo.qdpx", utf16: false)
        #expect(study.sources.count == 2)
        #expect(study.codings.count == 205)
        #expect(study.cases.map(\.name) == ["Zonder case"])
        #expect(study.coders.map(\.name) == ["cp"])
        #expect(study.codebook.code("programming")?.parent == "competencies")
    }

    @Test func nvivoExportImportsEveryCodingAtItsUTF16Positions() throws {
        let study = try check("nvivo-win-12.6-oltas0517.qdpx", utf16: true)
        #expect(study.sources.count == 2)
        #expect(study.codings.count == 303)
        #expect(study.codebook.code("ad-hominem")?.name == "ad hominem")
        #expect(study.sources.contains { $0.text.contains("\r\n") })
        #expect(!study.sources.contains { $0.text.hasPrefix("\u{FEFF}") })
    }

    // MARK: Hostile and broken files

    private func makeZip(_ entries: [(String, String)]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("refi-reader-\(UUID().uuidString).qdpx")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    private static let minimalQDE = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="test">
        <CodeBook><Codes><Code guid="{C0DE0000-0000-0000-0000-000000000001}" name="a b" isCodable="true"/></Codes></CodeBook>
        <Sources><TextSource guid="50000000-0000-0000-0000-000000000001" name="s1" plainTextPath="internal://s1.txt">
        <PlainTextSelection guid="51000000-0000-0000-0000-000000000001" startPosition="0" endPosition="5">
        <Coding guid="52000000-0000-0000-0000-000000000001"><CodeRef targetGUID="c0de0000-0000-0000-0000-000000000001"/></Coding>
        </PlainTextSelection>
        <PlainTextSelection guid="51000000-0000-0000-0000-000000000002" startPosition="5" endPosition="999">
        <Coding guid="52000000-0000-0000-0000-000000000002"><CodeRef targetGUID="c0de0000-0000-0000-0000-000000000001"/></Coding>
        </PlainTextSelection>
        </TextSource><PictureSource guid="60000000-0000-0000-0000-000000000001" name="p"/></Sources>
        <Sets/></Project>
        """

    @Test func aLenientMinimalFileImportsAndReportsWhatItSkipped() throws {
        let url = try makeZip([("Project.QDE", Self.minimalQDE), ("Sources/S1.txt", "\u{FEFF}Hallo wereld")])
        defer { try? FileManager.default.removeItem(at: url) }
        let imported = try RefiQDAReader.read(url)
        #expect(imported.study.codings.count == 1)
        #expect(imported.study.codings.first?.code == "a-b")
        #expect(imported.study.codings.first?.coder == "unknown")
        #expect(imported.study.sources.first?.text == "Hallo wereld")
        #expect(imported.skipped.count == 2, "\(imported.skipped)")
        #expect(imported.skipped.contains { $0.contains("PictureSource") })
        #expect(imported.skipped.contains { $0.contains("Sets") })
        #expect(imported.invalid == ["selection 51000000-0000-0000-0000-000000000002 in 's1': range 5..999 outside the text or inside a character"])
    }

    @Test func anAbsoluteEntryIsRefused() throws {
        let url = try makeZip([("project.qde", Self.minimalQDE), ("sources/s1.txt", "Hallo wereld"), ("/tmp/evil.txt", "x")])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try RefiQDAReader.read(url) } throws: { "\($0)".contains("'/tmp/evil.txt' escapes the archive's folder") }
    }

    @Test func anExternalEntityIsNotRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("refi-secret-\(UUID().uuidString).txt")
        try Data("GEHEIM".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let qde = Self.minimalQDE
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                                  with: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"file://\(secret.path)\">]>")
            .replacingOccurrences(of: "name=\"t\"", with: "name=\"&x;\"")
        let url = try makeZip([("project.qde", qde), ("sources/s1.txt", "Hallo wereld")])
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            let imported = try RefiQDAReader.read(url)
            #expect(!imported.study.title.contains("GEHEIM"))
        } catch {
            #expect("\(error)".contains("project.qde"))
        }
    }

    @Test func anEntryEscapingTheFolderIsRefused() throws {
        let url = try makeZip([("project.qde", Self.minimalQDE), ("sources/s1.txt", "Hallo wereld"), ("../evil.txt", "x")])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try RefiQDAReader.read(url) } throws: { "\($0)".contains("../evil.txt") }
    }

    @Test func anEntityBombIsAnErrorNamingTheFile() throws {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n<!ENTITY a0 \"ha\">\n"
        for level in 1...10 { bomb += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">\n" }
        bomb += "]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&a10;\"/>"
        let url = try makeZip([("project.qde", bomb)])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try RefiQDAReader.read(url) } throws: { "\($0)".contains("project.qde") }
    }

    @Test func aMissingSourceFileIsAnError() throws {
        let url = try makeZip([("project.qde", Self.minimalQDE)])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try RefiQDAReader.read(url) } throws: { "\($0)".contains("s1.txt") }
    }

    @Test func anEmptyFileIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("refi-reader-\(UUID().uuidString).qdpx")
        try Data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: RefiQDAReaderError.self) { try RefiQDAReader.read(url) }
    }

    /// Overwrites the uncompressed size an archive declares for `entry`, in its local header
    /// and its central directory entry: a ZIP bomb that says it is small.
    private func declareSize(_ size: UInt32, of entry: String, in url: URL) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        let name = Array(entry.utf8)
        func uint(_ offset: Int, _ count: Int) -> Int { (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) } }
        var patched = 0
        for offset in 0..<(bytes.count - 46) {
            let signature = uint(offset, 4)
            let (sizeOffset, nameOffset) = signature == 0x0403_4B50 ? (22, 30) : signature == 0x0201_4B50 ? (24, 46) : (0, 0)
            guard sizeOffset > 0, offset + nameOffset + name.count <= bytes.count,
                  Array(bytes[(offset + nameOffset)..<(offset + nameOffset + name.count)]) == name else { continue }
            for index in 0..<4 { bytes[offset + sizeOffset + index] = UInt8((size >> (8 * UInt32(index))) & 0xFF) }
            patched += 1
        }
        try #require(patched == 2, "the local and central headers of \(entry)")
        try Data(bytes).write(to: url)
    }

    @Test func aZipBombThatUnderstatesItsSizeIsStoppedWhileUnpacking() throws {
        // 8 MB of one letter deflates to a few kilobytes; the archive claims 100 bytes.
        let url = try makeZip([("project.qde", Self.minimalQDE), ("sources/s1.txt", String(repeating: "a", count: 8 * 1024 * 1024))])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try Data(contentsOf: url).count < 100_000)
        try declareSize(100, of: "sources/s1.txt", in: url)
        #expect { try RefiQDAReader.read(url) } throws: { error in
            "\(error)".contains(url.path) && "\(error)".contains("'sources/s1.txt' unpacks to more than the 100 bytes it declares")
        }
    }

    @Test func anArchiveThatUnpacksBeyondTheLimitIsRefused() throws {
        let url = try makeZip([("project.qde", Self.minimalQDE), ("sources/s1.txt", String(repeating: "a", count: 2 * 1024 * 1024))])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try RefiQDAReader.read(url, limit: 1024 * 1024) } throws: { "\($0)".contains("more than 1 MB uncompressed") }
        #expect(try RefiQDAReader.read(url, limit: 3 * 1024 * 1024).study.sources.count == 1)
    }

    @Test func aProjectFileOverTenMegabytesIsRead() throws {
        // libxml2 refuses a single chunk over 10 MB; the reader must feed it in pieces.
        let note = String(repeating: "Cliënten leren mee. ", count: 50)
        var notes = "<Notes>"
        for index in 0..<12_000 {
            notes += "<Note guid=\"\(UUID.stable(from: "note \(index)").uuidString)\" name=\"n\"><PlainTextContent>\(note)</PlainTextContent></Note>\n"
        }
        notes += "</Notes>"
        let qde = Self.minimalQDE.replacingOccurrences(of: "<Sets/>", with: notes)
        #expect(qde.utf8.count > 12_000_000)
        let url = try makeZip([("project.qde", qde), ("sources/s1.txt", "Hallo wereld")])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try RefiQDAReader.read(url).study.codings.count == 1)
    }

    @Test func anotherToolsCodebookReadsAsAQDC() throws {
        // NVivo's code tree, as a `.qdc` file: its <CodeBook> under the codebook namespace.
        let files = try entries(readerRefiFolder.appendingPathComponent("nvivo-win-12.6-oltas0517.qdpx"))
        let qde = String(decoding: try #require(files.first { $0.key.lowercased().hasSuffix(".qde") }?.value), as: UTF8.self)
        let start = try #require(qde.range(of: "<CodeBook>")), end = try #require(qde.range(of: "</CodeBook>"))
        let codebook = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"NVivo\">"
            + qde[start.upperBound..<end.lowerBound] + "</CodeBook>"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nvivo-\(UUID().uuidString).qdc")
        try Data(codebook.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let imported = try RefiQDAReader.readCodebook(url)
        let fromProject = try RefiQDAReader.read(readerRefiFolder.appendingPathComponent("nvivo-win-12.6-oltas0517.qdpx")).study.codebook
        #expect(imported.study.codebook == fromProject)
        #expect(imported.study.codebook.groups.map(\.name).contains("Attituderoots"))
        #expect(imported.study.sources.isEmpty && imported.study.cases.isEmpty && imported.study.codings.isEmpty)
    }

    @Test func aProjectIsNotACodebook() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("project-\(UUID().uuidString).qdc")
        try Data(Self.minimalQDE.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try RefiQDAReader.readCodebook(url) } throws: { "\($0)".contains("this is a project, not a codebook") }
    }

    @Test func nvivoPositionsConvertFromUTF16() {
        let converter = PositionConverter(text: "a😀b\r\nc", utf16: true)
        #expect(converter.range(start: 1, end: 3) == ScalarRange(start: 1, end: 2))
        #expect(converter.range(start: 3, end: 7) == ScalarRange(start: 2, end: 6))
        #expect(converter.range(start: 2, end: 3) == nil)
        #expect(converter.range(start: 0, end: 8) == nil)
    }
}
