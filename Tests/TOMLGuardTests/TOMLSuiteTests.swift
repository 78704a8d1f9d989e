import Foundation
import TerminalKit
import Testing
import TOMLGuard
import WerkbankExchange

/// The official TOML 1.0 test suite through the shared entry and through each of Werkbank's
/// TOML readers: every invalid document is refused with the shared entry's message and line
/// (so for the reason the suite gives, not because a field is missing), and every valid one
/// parses to the value tree the suite expects.
@Suite struct TOMLSuiteTests {
    /// The refusal of the shared entry: reading the bytes, then parsing the text.
    static func refusal(_ data: Data) -> TOMLTextError? {
        do {
            _ = try TOMLText.parse(TOMLText.decode(data))
            return nil
        } catch {
            return error
        }
    }

    static func temporaryFile(_ data: Data, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-toml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test func theSuiteIsThere() {
        #expect(TOMLTestSuite.invalid.count == 499)
        #expect(TOMLTestSuite.valid.count == 210)
    }

    /// Valid documents with a `\u0000` escape: TOMLKit hands strings back as C strings, so
    /// they are refused rather than cut short (docs/DECISIONS.md).
    static let nulEscapes = ["valid/key/quoted-unicode.toml", "valid/string/quoted-unicode.toml", "valid/string/unicode-escape.toml"]

    @Test(arguments: TOMLTestSuite.valid.filter { !nulEscapes.contains($0) })
    func validDocumentParsesToTheExpectedTree(_ path: String) throws {
        let table = try TOMLText.parse(TOMLText.decode(TOMLTestSuite.data(path)))
        let expected = try #require(TOMLValueTree(json: TOMLTestSuite.expected(path)), "the suite's JSON of \(path)")
        #expect(TOMLValueTree(table) == expected, "\(path)")
    }

    @Test(arguments: nulEscapes)
    func validDocumentWithANulEscapeIsRefusedWithItsLine(_ path: String) throws {
        let data = try TOMLTestSuite.data(path)
        let refusal = try #require(Self.refusal(data))
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines.firstIndex { $0.contains("\"\\u0000") || $0.contains("\"\\U00000000") }
        #expect(refusal.line == first.map { $0 + 1 })
        #expect(refusal.message.contains("(a NUL character) is valid TOML but cannot be kept"))
    }

    @Test(arguments: TOMLTestSuite.invalid)
    func invalidDocumentIsRefusedByTheCaseFolderReader(_ path: String) throws {
        let data = try TOMLTestSuite.data(path)
        let refusal = try #require(Self.refusal(data), "\(path) was accepted")
        let url = try Self.temporaryFile(data, name: "study.toml")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let problems = CaseFolderLoader(folder: url.deletingLastPathComponent()).validate().filter { $0.file == "study.toml" }
        #expect(problems == [LoadProblem(file: "study.toml", line: refusal.line, message: refusal.message)], "\(path)")
    }

    @Test(arguments: TOMLTestSuite.invalid)
    func invalidDocumentIsRefusedByTheConfigReader(_ path: String) throws {
        let data = try TOMLTestSuite.data(path)
        let refusal = try #require(Self.refusal(data), "\(path) was accepted")
        let url = try Self.temporaryFile(data, name: "config.toml")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: LoadProblem(file: url.path, line: refusal.line, message: refusal.message), "\(path)") {
            try ConfigFile.load(url)
        }
    }

    @Test(arguments: TOMLTestSuite.invalid)
    func invalidDocumentIsRefusedByTheThemeReader(_ path: String) throws {
        let data = try TOMLTestSuite.data(path)
        let refusal = try #require(Self.refusal(data), "\(path) was accepted")
        let url = try Self.temporaryFile(data, name: "theme.toml")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: ThemeError(file: url.path, line: refusal.line, message: refusal.message), "\(path)") {
            try ThemeLoader(searchPaths: [], knownScopes: []).load(url.path)
        }
    }
}
