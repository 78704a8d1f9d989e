import Foundation
import Testing
import WerkbankCore
@testable import WerkbankExchange
import ZIPFoundation

/// The streamed `.qdpx` reader (decision 60): its byte checks say what the whole-file checks
/// say however the bytes are cut, and a file it cannot stream is left to the whole-file reader.
@Suite struct RefiQDAStreamReaderTests {
    /// The verdict of ``XMLBytes/StreamCheck`` fed `data` in pieces of `size` bytes, and the
    /// bytes it passed on.
    private func streamed(_ data: Data, pieces size: Int) -> (problem: String?, passed: Data) {
        var check = XMLBytes.StreamCheck()
        var passed = Data()
        do {
            var offset = 0
            while offset < data.count {
                passed.append(try check.next(data.subdata(in: offset..<min(data.count, offset + size))))
                offset += size
            }
            passed.append(try check.end())
            return (nil, passed)
        } catch let problem as XMLBytes.StreamCheck.Problem {
            return ("line \(problem.line): \(problem.message)", passed)
        } catch {
            return ("\(error)", passed)
        }
    }

    static let samples: [Data] = [
        Data("<?xml version=\"1.0\"?>\n<Project name=\"Cliënten 👩‍⚕️\">é</Project>".utf8),
        Data("\u{FEFF}<!-- een\nlang commentaar -->\n<?pi x?>\n<!DOCTYPE p [<!ENTITY e \"x\">]><p>&e;</p>".utf8),
        Data("<?xml version=\"1.0\"?>\n<p>\nab".utf8) + Data([0xE2, 0x82]) + Data("</p>".utf8),
        Data("<p>ë</p>\n".utf8) + Data([0xC3]),
        Data("<p>\n\n".utf8) + Data([0xED, 0xA0, 0x80]) + Data("</p>".utf8),
        Data("<?xml version=\"1.0\"?><!-- niet gesloten".utf8),
    ]

    @Test(arguments: 0..<samples.count)
    func piecesSayWhatTheWholeFileSays(sample: Int) {
        let data = Self.samples[sample]
        let whole = XMLBytes.problem(in: data).map { "line \($0.line): \($0.message)" }
        for size in [1, 2, 3, 5, 7, 64] {
            let (problem, passed) = streamed(data, pieces: size)
            #expect(problem == whole, "pieces of \(size)")
            // Nothing of a refused prolog reaches the parser; an accepted file reaches it whole.
            if whole == nil { #expect(passed == data, "pieces of \(size)") }
            if whole?.contains("DOCTYPE") == true { #expect(passed.isEmpty, "pieces of \(size)") }
        }
    }

    private func makeZip(_ entries: [(String, String)]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("refi-stream-\(UUID().uuidString).qdpx")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    private static let source = """
        <Sources><TextSource guid="50000000-0000-0000-0000-000000000001" name="s1" plainTextPath="internal://s1.txt">
        <PlainTextSelection guid="51000000-0000-0000-0000-000000000001" startPosition="0" endPosition="5">
        <Coding guid="52000000-0000-0000-0000-000000000001"><CodeRef targetGUID="CODE"/></Coding>
        </PlainTextSelection></TextSource></Sources>
        """
    private static let codes = """
        <CodeBook><Codes><Code guid="c0de0000-0000-0000-0000-000000000001" name="groep" isCodable="false">
        <Code guid="c0de0000-0000-0000-0000-000000000002" name="a" isCodable="true"/></Code></Codes></CodeBook>
        """
    private static let cases = """
        <Cases><Case guid="ca5e0000-0000-0000-0000-000000000001" name="c1"><SourceRef targetGUID="50000000-0000-0000-0000-000000000001"/></Case></Cases>
        """

    private func project(_ body: String, code: String = "c0de0000-0000-0000-0000-000000000002") -> String {
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\" origin=\"test\">"
            + body.replacingOccurrences(of: "CODE", with: code) + "</Project>"
    }

    /// Streams `qde`; the batches' sources and codings, or why it could not be streamed.
    private func stream(_ qde: String) throws -> Result<(cases: [String], sources: Int, codings: Int), RefiQDAReader.CannotStream> {
        let url = try makeZip([("project.qde", qde), ("sources/s1.txt", "Hallo wereld")])
        defer { try? FileManager.default.removeItem(at: url) }
        var head: Study?
        var batches: [RefiQDABatch] = []
        do {
            let result = try RefiQDAReader.stream(url, begin: { head = $0 }, add: { batches.append($0) })
            let cases = (head?.cases ?? []) + batches.flatMap(\.cases)
            return .success((cases.map(\.id), result.sources, batches.flatMap(\.codings).count))
        } catch let error as RefiQDAReader.CannotStream {
            return .failure(error)
        }
    }

    @Test func aProjectInSchemaOrderStreams() throws {
        let result = try stream(project(Self.codes + Self.cases + Self.source)).get()
        #expect(result.cases == ["c1"] && result.sources == 1 && result.codings == 1)
    }

    @Test func aSourceInNoCaseGetsTheCaseForSourcesInNone() throws {
        let result = try stream(project(Self.codes + Self.source)).get()
        #expect(result.cases == ["zonder-case"] && result.codings == 1)
    }

    @Test func casesAfterTheSourcesAreLeftToTheWholeFileReader() throws {
        #expect(throws: RefiQDAReader.CannotStream.self) { try stream(project(Self.codes + Self.source + Self.cases)).get() }
    }

    @Test func aCodedGroupIsLeftToTheWholeFileReader() throws {
        // Coded, the group is a code of the codebook: only the whole file tells.
        #expect(throws: RefiQDAReader.CannotStream.self) {
            try stream(project(Self.codes + Self.cases + Self.source, code: "c0de0000-0000-0000-0000-000000000001")).get()
        }
    }
}
