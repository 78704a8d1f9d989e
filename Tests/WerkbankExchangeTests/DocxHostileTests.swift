import Foundation
import Testing
@testable import WerkbankExchange
import ZIPFoundation

/// Word files built to break the `.docx` reader: refused with the file named, or read whole.
@Suite struct DocxHostileTests {
    static func document(_ body: String, prolog: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>") -> String {
        prolog + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:p><w:r><w:t>\(body)</w:t></w:r></w:p></w:body></w:document>"
    }

    /// A `.docx` whose `word/document.xml` holds these bytes, stored or deflated.
    static func docx(_ xml: Data, method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: method) { position, size in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        return try #require(archive.data)
    }

    private func refusal(_ data: Data) -> LoadProblem? {
        do {
            _ = try TranscriptReader.read(data, format: .docx, as: "t.docx")
            return nil
        } catch {
            return error
        }
    }

    @Test func invalidUTF8InAnElementNameIsRefused() throws {
        let xml = Data(Self.document("I: hallo").utf8).replacing(Data("<w:t>".utf8), with: Data("<w:t".utf8) + Data([0xFF]) + Data(">".utf8))
            .replacing(Data("</w:t>".utf8), with: Data("</w:t".utf8) + Data([0xFF]) + Data(">".utf8))
        let problem = try #require(refusal(try Self.docx(xml)))
        #expect(problem.file == "t.docx" && problem.field == "word/document.xml" && problem.line == 1)
        #expect(problem.message.hasPrefix("is not UTF-8"), "\(problem)")
    }

    @Test func aDamagedStoredDocumentIsRefused() throws {
        var data = try Self.docx(Data(Self.document("I: Hallo wereld").utf8), method: .none)
        let text = try #require(data.range(of: Data("Hallo wereld".utf8)))
        data[text.lowerBound] = UInt8(ascii: "J")
        let problem = try #require(refusal(data))
        #expect(problem.description == "t.docx: word/document.xml: is damaged (its CRC-32 does not match)")
    }

    @Test func internalEntitiesAreRefusedNotDropped() throws {
        let xml = Self.document("voor &e; na", prolog: "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY e \"midden\">]>")
        let problem = try #require(refusal(try Self.docx(Data(xml.utf8))))
        #expect(problem.line == 2 && problem.message.hasPrefix("has a document type declaration"), "\(problem)")
    }

    @Test func externalEntitiesAreRefusedNotTruncated() throws {
        let xml = Self.document("voor &x; na", prolog: "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>")
        #expect(refusal(try Self.docx(Data(xml.utf8)))?.message.hasPrefix("has a document type declaration") == true)
    }

    @Test func anUndeclaredEntityIsRefused() throws {
        let xml = Self.document("voor &e; na")
        #expect(refusal(try Self.docx(Data(xml.utf8)))?.message.contains("not well-formed") == true)
    }

    @Test func manyPredefinedEntitiesAreAllKept() throws {
        let xml = Self.document("I: " + String(repeating: "&amp;&lt;", count: 150_000))
        let result = try TranscriptReader.read(try Self.docx(Data(xml.utf8)), format: .docx, as: "t.docx")
        #expect(result.text == "I: " + String(repeating: "&<", count: 150_000))
    }
}
