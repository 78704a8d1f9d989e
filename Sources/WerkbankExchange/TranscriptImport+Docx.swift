import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The paragraphs of a Word (`.docx`) file: `w:p` in order, `w:t` runs joined, `w:tab` as a tab,
/// `w:br` as a line break. Only `word/document.xml` is read, never written anywhere.
enum DocxText {
    static func paragraphs(of data: Data, as name: String) throws(LoadProblem) -> [String] {
        if let problem = ZIPDirectoryCheck.problem(of: data) {
            throw LoadProblem(file: name, message: "is a damaged ZIP archive: \(problem)")
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw LoadProblem(file: name, message: "is not a Word file (not a ZIP archive)")
        }
        var document: Entry?
        for entry in archive {
            let path = entry.path
            if path.hasPrefix("/") || path.hasPrefix("\\") || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                throw LoadProblem(file: name, message: "has an unsafe entry `\(path)`; not importing it")
            }
            if path == "word/document.xml" { document = entry }
        }
        guard let document else { throw LoadProblem(file: name, message: "is not a Word file (no word/document.xml)") }
        guard document.uncompressedSize <= TranscriptReader.maximumDocumentSize else {
            throw LoadProblem(file: name, message: "word/document.xml is larger than \(TranscriptReader.maximumDocumentSize / 1024 / 1024) MB")
        }
        var xml = Data()
        let checksum: CRC32
        do {
            checksum = try archive.extract(document, skipCRC32: false) { chunk in
                xml.append(chunk)
                // The declared size may lie; stop at the cap whatever the header says.
                if UInt64(xml.count) > TranscriptReader.maximumDocumentSize { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw LoadProblem(file: name, message: "word/document.xml cannot be read (\(error))")
        }
        guard checksum == document.checksum else {
            throw LoadProblem(file: name, field: "word/document.xml", message: "is damaged (its CRC-32 does not match)")
        }
        if let problem = XMLBytes.problem(in: xml) {
            throw LoadProblem(file: name, line: problem.line, field: "word/document.xml", message: problem.message)
        }
        let reader = DocumentReader()
        // In chunks: libxml2 refuses one chunk over 10 MB, which `XMLParser(data:)` would hand it.
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse(), !reader.failed else {
            let detail = parser.parserError.map { " (\(($0 as NSError).code))" } ?? ""
            throw LoadProblem(file: name, line: parser.lineNumber > 0 ? parser.lineNumber : nil, field: "word/document.xml",
                              message: "is not well-formed XML or expands too far\(detail)")
        }
        return reader.paragraphs
    }
}

/// Collects the text of `w:p` elements.
private final class DocumentReader: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
    var current: String?
    var inText = false
    var failed = false

    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch Self.local(qName ?? elementName) {
        case "p": current = ""
        case "t": inText = true
        case "tab": current? += "\t"
        case "br", "cr": current? += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch Self.local(qName ?? elementName) {
        case "p":
            if let current { paragraphs.append(current) }
            current = nil
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }
}
