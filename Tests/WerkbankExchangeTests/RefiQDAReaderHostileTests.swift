import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange
import ZIPFoundation

/// Files built to break the REFI-QDA reader: each must be refused with the file named, or
/// (codings that cannot be placed) listed as invalid, never crash or be read wrong.
@Suite struct RefiQDAReaderHostileTests {
    static let qde = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="test">
        <CodeBook><Codes>CODES</Codes></CodeBook>
        <Sources><TextSource guid="50000000-0000-0000-0000-000000000001" name="s1" plainTextPath="internal://s1.txt">
        <PlainTextSelection guid="51000000-0000-0000-0000-000000000001" startPosition="0" endPosition="5">
        <Coding guid="52000000-0000-0000-0000-000000000001"><CodeRef targetGUID="c0de0000-0000-0000-0000-000000000001"/></Coding>
        </PlainTextSelection>
        </TextSource></Sources></Project>
        """
    static let code = "<Code guid=\"c0de0000-0000-0000-0000-000000000001\" name=\"a\" isCodable=\"true\"/>"

    static func qde(codes: String = code) -> Data { Data(qde.replacingOccurrences(of: "CODES", with: codes).utf8) }

    private func temporary(_ ext: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("refi-hostile-\(UUID().uuidString).\(ext)")
    }

    private func makeZip(_ entries: [(String, Data)], method: CompressionMethod = .deflate) throws -> URL {
        let url = temporary("qdpx")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    /// What reading the file whole says; the streamed reader (decision 60) must refuse what
    /// that refuses, without a crash, and read what that reads.
    private func refusal(_ url: URL) -> String {
        let whole: String
        do {
            _ = url.pathExtension == "qdc" ? try RefiQDAReader.readCodebook(url) : try RefiQDAReader.read(url)
            whole = "(imported)"
        } catch {
            whole = error.description
        }
        if url.pathExtension == "qdpx" {
            do {
                _ = try RefiQDAReader.stream(url, begin: { _ in }, add: { _ in })
                #expect(whole == "(imported)", "the stream read what reading whole refuses: \(whole)")
            } catch {
                #expect(error is RefiQDAReader.CannotStream && whole != "(imported)", "\(error)")
            }
        }
        return whole
    }

    // MARK: XML that FoundationXML cannot survive

    /// The project file with `bytes` put in before `marker`.
    private func qde(inserting bytes: [UInt8], before marker: String) -> Data {
        let parts = String(decoding: Self.qde(), as: UTF8.self).components(separatedBy: marker)
        return Data(parts[0].utf8) + Data(bytes) + Data((marker + parts[1]).utf8)
    }

    @Test func invalidUTF8InAnElementNameIsRefused() throws {
        let xml = qde(inserting: Array("<X".utf8) + [0xFF, 0xFE] + Array("/>".utf8), before: "<Sources>")
        let url = try makeZip([("project.qde", xml), ("sources/s1.txt", Data("Hallo wereld".utf8))])
        defer { try? FileManager.default.removeItem(at: url) }
        let message = refusal(url)
        #expect(message.contains(url.path) && message.contains("'project.qde' is not UTF-8") && message.contains("line 4"), "\(message)")
    }

    @Test func invalidUTF8InAnAttributeNameIsRefused() throws {
        let xml = qde(inserting: Array("x".utf8) + [0xC3] + Array("y=\"1\" ".utf8), before: "name=\"t\"")
        let url = try makeZip([("project.qde", xml), ("sources/s1.txt", Data("Hallo wereld".utf8))])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(refusal(url).contains("'project.qde' is not UTF-8"), "\(refusal(url))")
    }

    @Test func invalidUTF8InACodebookIsRefused() throws {
        let url = temporary("qdc")
        try (Data("<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><C".utf8) + Data([0xFF])
            + Data("/></Codes></CodeBook>".utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(refusal(url).contains("'\(url.lastPathComponent)' is not UTF-8"), "\(refusal(url))")
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let xml = Self.qde(codes: "<Code guid=\"c0de0000-0000-0000-0000-000000000001\" name=\"&e;\" isCodable=\"true\"/>")
        let withDTD = Data("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY e \"x\">]>".utf8) + xml.drop { $0 != 0x0A }
        let url = try makeZip([("project.qde", withDTD), ("sources/s1.txt", Data("Hallo wereld".utf8))])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(refusal(url).contains("'project.qde' has a document type declaration"), "\(refusal(url))")
    }

    @Test func wellFormedUTF8IsToldApartFromBrokenUTF8() {
        #expect(XMLBytes.firstInvalidUTF8(in: Data("Cliënten 😀 ok, twelve bytes+".utf8)) == nil)
        #expect(XMLBytes.firstInvalidUTF8(in: Data("abcdefghij".utf8) + Data([0xC0, 0x80])) == 10)  // overlong
        #expect(XMLBytes.firstInvalidUTF8(in: Data([0x61, 0xED, 0xA0, 0x80])) == 1)  // a surrogate
        #expect(XMLBytes.firstInvalidUTF8(in: Data([0xF4, 0x90, 0x80, 0x80])) == 0)  // over U+10FFFF
        #expect(XMLBytes.firstInvalidUTF8(in: Data([0x61, 0xE2, 0x82])) == 1)  // cut short
        #expect(XMLBytes.doctypeOffset(in: Data("<?xml version=\"1.0\"?><!-- c --> <!DOCTYPE x><x/>".utf8)) == 32)
        #expect(XMLBytes.doctypeOffset(in: Data("<x><!DOCTYPE x></x>".utf8)) == nil)
    }

    // MARK: ZIP

    /// A stored ZIP written byte by byte: entries given a declared size are ZIP64 entries
    /// that declare it (in their ZIP64 extra field), whatever they hold.
    /// With `descriptor`, entries are deflated and have a data descriptor (general purpose bit 3),
    /// which ZIPFoundation looks for past their compressed data while listing them.
    private func zip64(_ entries: [(name: String, data: Data, declared: UInt64?)], descriptor: Bool = false) -> Data {
        var body = Data(), directory = Data()
        func put<T: FixedWidthInteger>(_ values: [T], into data: inout Data) {
            for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        }
        for (name, data, declared) in entries {
            let nameBytes = Data(name.utf8)
            let crc = data.crc32(checksum: 0)
            var extra = Data()
            if let declared {
                put([UInt16(1), 16], into: &extra)
                put([declared, UInt64(data.count)], into: &extra)
            }
            let size32 = declared == nil ? UInt32(data.count) : UInt32.max
            let version: UInt16 = declared == nil ? 20 : 45
            let offset = UInt32(body.count)
            put([UInt32(0x0403_4B50)], into: &body)
            let flags: UInt16 = descriptor ? 0x08 : 0, method: UInt16 = descriptor ? 8 : 0
            put([version, flags, method, 0, 0], into: &body)
            put([crc, size32, size32], into: &body)
            put([UInt16(nameBytes.count), UInt16(extra.count)], into: &body)
            body += nameBytes + extra + data
            put([UInt32(0x0201_4B50)], into: &directory)
            put([0x0300 | version, version, flags, method, 0, 0], into: &directory)
            put([crc, size32, size32], into: &directory)
            put([UInt16(nameBytes.count), UInt16(extra.count), 0, 0, 0], into: &directory)
            put([UInt32(0o100644) << 16, offset], into: &directory)
            directory += nameBytes + extra
        }
        var end = Data()
        put([UInt32(0x0605_4B50)], into: &end)
        put([0, 0, UInt16(entries.count), UInt16(entries.count)], into: &end)
        put([UInt32(directory.count), UInt32(body.count)], into: &end)
        put([UInt16(0)], into: &end)
        return body + directory + end
    }

    @Test func sizesThatOverflowWhenAddedAreRefused() throws {
        let url = temporary("qdpx")
        let bytes = zip64([("a.txt", Data("x".utf8), nil), ("b.txt", Data("y".utf8), UInt64.max)])
        #expect(bytes.count < 250)
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(refusal(url).contains("MB uncompressed (the free space on disk, or the memory, if less)"), "\(refusal(url))")
    }

    @Test func aDeclaredSizeFarBeyondItsPackedBytesIsABomb() throws {
        // Under any disk's free space, but 300 MB from five bytes.
        let url = temporary("qdpx")
        try zip64([("project.qde", Self.qde(), nil), ("sources/s1.txt", Data("Hallo".utf8), 300 * 1024 * 1024)]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let message = refusal(url)
        #expect(message.contains(url.path) && message.contains("entry 'sources/s1.txt' unpacks to 62914560 times its packed size"),
                "\(message)")
    }

    @Test func aDeflateBombIsRefusedByItsRatioBeforeUnpacking() throws {
        let url = try makeZip([("project.qde", Self.qde()), ("sources/s1.txt", Data(count: 20 * 1024 * 1024))])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(refusal(url).contains("times its packed size (a ZIP bomb?); at most 100 times is read"), "\(refusal(url))")
    }

    /// `bytes` with the compressed size of each ZIP64 extra field (declaring 10 bytes
    /// uncompressed) set to 2^64 - 1.
    private func hugeCompressedSize(_ bytes: Data) -> Data {
        var bytes = bytes
        let marker = Data([0x01, 0x00, 0x10, 0x00, 10, 0, 0, 0, 0, 0, 0, 0])
        var at = bytes.startIndex
        while let found = bytes[at...].range(of: marker) {
            bytes.replaceSubrange(found.upperBound..<(found.upperBound + 8), with: Data(repeating: 0xFF, count: 8))
            at = found.upperBound
        }
        return bytes
    }

    @Test func aCompressedSizeBeyondTheFileIsRefused() throws {
        for descriptor in [false, true] {
            // With a data descriptor, ZIPFoundation added the size to the entry's offset while
            // listing the entries: an overflow trap before any of them could be looked at.
            let url = temporary("qdpx")
            try hugeCompressedSize(zip64([("project.qde", Self.qde(), 10)], descriptor: descriptor)).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            #expect(refusal(url).contains("entry 'project.qde' declares sizes or an offset beyond the file"), "\(refusal(url))")
            let docx = hugeCompressedSize(zip64([("word/document.xml", Data(DocxHostileTests.document("I: hallo").utf8), 10)],
                                                descriptor: descriptor))
            #expect {
                try TranscriptReader.read(docx, format: .docx, as: "t.docx")
            } throws: { "\($0)".contains("t.docx: is a damaged ZIP archive: entry 'word/document.xml' declares sizes") }
        }
    }

    @Test func aZIP64DirectoryOffsetBeyondTheFileIsRefused() throws {
        // ZIPFoundation converted the offset to off_t unchecked while listing the entries.
        var bytes = zip64([("project.qde", Self.qde(), nil)])
        let end = bytes.count - 22
        var record = Data()
        func put<T: FixedWidthInteger>(_ values: [T]) {
            for value in values { withUnsafeBytes(of: value.littleEndian) { record.append(contentsOf: $0) } }
        }
        put([UInt32(0x0606_4B50)])
        put([UInt64(44)])
        put([UInt16(45), 45])
        put([UInt32(0), 0])
        put([UInt64(1), 1, 100, UInt64.max])  // entries on the disk and in all, directory size and offset
        put([UInt32(0x0706_4B50), 0])
        put([UInt64(end)])
        put([UInt32(1)])
        bytes.insert(contentsOf: record, at: end)
        let url = temporary("qdpx")
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(refusal(url).contains("its central directory lies beyond the file"), "\(refusal(url))")
    }

    @Test func aDamagedStoredEntryIsRefused() throws {
        let url = try makeZip([("project.qde", Self.qde()), ("sources/s1.txt", Data("Hallo wereld".utf8))], method: .none)
        defer { try? FileManager.default.removeItem(at: url) }
        var bytes = try Data(contentsOf: url)
        let text = try #require(bytes.range(of: Data("Hallo wereld".utf8)))
        bytes[text.lowerBound] = UInt8(ascii: "J")
        try bytes.write(to: url)
        #expect(refusal(url).contains("'sources/s1.txt' is damaged (its CRC-32 does not match)"), "\(refusal(url))")
    }

    // MARK: Content

    @Test func aSourceTextWithANULIsRefused() throws {
        let url = try makeZip([("project.qde", Self.qde()), ("sources/s1.txt", Data("Hal\u{0}lo wereld".utf8))])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(refusal(url).contains("source file 'sources/s1.txt' is a binary file, not text (NUL byte at byte 4)"), "\(refusal(url))")
    }

    @Test func codingsOfASourceWhoseTextIsNotInTheArchiveCannotBePlaced() throws {
        for path in [" plainTextPath=\"file:///elders/s1.txt\"", ""] {
            let xml = String(decoding: Self.qde(), as: UTF8.self).replacingOccurrences(of: " plainTextPath=\"internal://s1.txt\"", with: path)
            let url = try makeZip([("project.qde", Data(xml.utf8))])
            defer { try? FileManager.default.removeItem(at: url) }
            let imported = try RefiQDAReader.read(url)
            #expect(imported.study.sources.isEmpty)
            #expect(imported.invalid.count == 1)
            #expect(imported.invalid.first?.contains("in 's1': the source's text is not in the archive") == true, "\(imported.invalid)")
        }
    }

    @Test func codesNestedTooDeeplyAreRefused() throws {
        func nested(_ depth: Int) -> String {
            (0..<depth).map { "<Code guid=\"c0de0000-0000-0000-0000-\(String(format: "%012d", $0 + 2))\" name=\"c\($0)\">" }.joined()
                + Self.code + String(repeating: "</Code>", count: depth)
        }
        let deep = try makeZip([("project.qde", Self.qde(codes: nested(20_000))), ("sources/s1.txt", Data("Hallo wereld".utf8))])
        defer { try? FileManager.default.removeItem(at: deep) }
        #expect(refusal(deep).contains("'project.qde' nests codes more than 100 levels deep"), "\(refusal(deep))")

        let allowed = try makeZip([("project.qde", Self.qde(codes: nested(99))), ("sources/s1.txt", Data("Hallo wereld".utf8))])
        defer { try? FileManager.default.removeItem(at: allowed) }
        let imported = try RefiQDAReader.read(allowed)
        #expect(imported.study.codebook.codes.count == 100)
        #expect(imported.study.codings.count == 1)
    }
}
