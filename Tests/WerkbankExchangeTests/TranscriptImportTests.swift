import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange
import ZIPFoundation

@Suite struct TranscriptImportTests {
    func read(_ text: String, _ format: TranscriptFormat) throws -> TranscriptImport {
        try TranscriptReader.read(Data(text.utf8), format: format, as: "f.\(format.rawValue)")
    }

    func words(_ result: TranscriptImport, _ turn: Int) -> String {
        let range = result.turns[turn].range
        let scalars = Array(result.text.unicodeScalars)[range.start..<range.end]
        return String(String.UnicodeScalarView(scalars))
    }

    @Test func textLabelsWithDiacritics() throws {
        let text = "Interview\n\nI: Hoe gaat het met de Cliënten?\nJan: Goed, één ding.\nNog een regel.\n\nI: Dank."
        let result = try read(text, .txt)
        #expect(result.text == text)
        #expect(result.speakers == ["I", "Jan"])
        #expect(result.turns.map(\.speaker) == ["I", "Jan", "I"])
        #expect(words(result, 0) == "Hoe gaat het met de Cliënten?")
        #expect(words(result, 1) == "Goed, één ding.\nNog een regel.")
        #expect(words(result, 2) == "Dank.")
    }

    @Test func markdownLabels() throws {
        let result = try read("# Focusgroep\n\n**Marieke:** Wij leren.\n\n[Student 2] Ik ook.\n**I**: Waarom?", .md)
        #expect(result.speakers == ["Marieke", "Student 2", "I"])
        #expect(words(result, 0) == "Wij leren.")
        #expect(words(result, 1) == "Ik ook.")
        #expect(words(result, 2) == "Waarom?")
    }

    @Test func vttVoiceTags() throws {
        let vtt = "WEBVTT\n\nNOTE x\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Anna>Hallo &amp; welkom.</v>\n\n00:00:02.000 --> 00:00:03.000\n<v Anna>Nog iets.\n\n00:00:03.000 --> 00:00:04.000\n<v.loud Bob>Ja!</v>\n"
        let result = try read(vtt, .vtt)
        #expect(result.text == "Anna: Hallo & welkom. Nog iets.\n\nBob: Ja!")
        #expect(result.speakers == ["Anna", "Bob"])
        #expect(words(result, 0) == "Hallo & welkom. Nog iets.")
        #expect(words(result, 1) == "Ja!")
    }

    @Test func srtNamePrefixes() throws {
        let srt = "1\r\n00:00:01,000 --> 00:00:02,000\r\nS1: Ik werk\r\nop de afdeling.\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nI: Sinds wanneer?\r\n"
        let result = try read(srt, .srt)
        #expect(result.text == "S1: Ik werk op de afdeling.\n\nI: Sinds wanneer?")
        #expect(result.speakers == ["S1", "I"])
        #expect(words(result, 1) == "Sinds wanneer?")
    }

    static func docx(_ documentXML: String, extra: [String: String] = [:]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var entries = ["[Content_Types].xml": """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """, "word/document.xml": documentXML]
        entries.merge(extra) { $1 }
        for (path, text) in entries.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    @Test func docxParagraphs() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>I: Wat doen de </w:t></w:r><w:r><w:t>Cliënten?</w:t></w:r></w:p>
            <w:p><w:r><w:t>C1:</w:t><w:tab/><w:t>Zij leren &amp; wij</w:t><w:br/><w:t>ook.</w:t></w:r></w:p>
            </w:body></w:document>
            """
        let result = try TranscriptReader.read(try Self.docx(xml), format: .docx, as: "t.docx")
        #expect(result.text == "I: Wat doen de Cliënten?\nC1:\tZij leren & wij\nook.")
        #expect(result.speakers == ["I", "C1"])
        #expect(words(result, 1) == "Zij leren & wij\nook.")
    }

    @Test func docxWithUnsafeEntryIsRefused() throws {
        let data = try Self.docx("<w:document/>", extra: ["../evil": "x"])
        #expect { try TranscriptReader.read(data, format: .docx, as: "t.docx") } throws: {
            ($0 as? LoadProblem)?.message.contains("unsafe entry `../evil`") == true
        }
    }

    @Test func docxEntityBombIsRefused() throws {
        var entities = "<!ENTITY a0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [\(entities)]><w:document xmlns:w=\"x\"><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:document>"
        #expect(throws: LoadProblem.self) { try TranscriptReader.read(try Self.docx(xml), format: .docx, as: "t.docx") }
    }

    @Test func bomIsStripped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("I: Hallo".utf8)
        let result = try TranscriptReader.read(data, format: .txt, as: "b.txt")
        #expect(result.text == "I: Hallo")
        #expect(result.turns == [Turn(speaker: "I", range: ScalarRange(start: 3, end: 8))])
    }

    @Test func latin1NeedsAnEncoding() throws {
        let data = Data("S1: Cli".utf8) + Data([0xEB]) + Data("nten".utf8)
        #expect { try TranscriptReader.read(data, format: .txt, as: "l.txt") } throws: {
            let problem = $0 as? LoadProblem
            return problem?.file == "l.txt" && problem?.message.contains("byte 8") == true && problem?.message.contains("--encoding") == true
        }
        let result = try TranscriptReader.read(data, format: .txt, encoding: .latin1, as: "l.txt")
        #expect(result.text == "S1: Cliënten")
        #expect(try TranscriptReader.read(data, format: .txt, encoding: .cp1252, as: "l.txt").text == "S1: Cliënten")
    }

    @Test func emptyAndBinaryFilesAreRefused() throws {
        #expect { try TranscriptReader.read(Data(), format: .txt, as: "e.txt") } throws: { ($0 as? LoadProblem)?.message == "is empty" }
        let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect { try TranscriptReader.read(binary, format: .txt, as: "p.txt") } throws: {
            ($0 as? LoadProblem)?.message.contains("binary") == true
        }
    }

    @Test func readsFromDiskByExtension() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("transcript-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("P1: Ja.".utf8).write(to: url)
        #expect(try TranscriptReader.read(url).speakers == ["P1"])
        #expect(throws: LoadProblem.self) { try TranscriptReader.read(url.deletingPathExtension().appendingPathExtension("pdf")) }
    }
}
