import Foundation
import TerminalKit
import Testing
import TOMLGuard
import WerkbankExchange

/// Issue 12, points 1 and 5, through each TOML reader: headers that abort toml++, NUL bytes
/// that cut a file short, and UTF-16 files are refused with the file and line.
@Suite struct ReaderGuardTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Headers whose first key character is neither a bare-key character nor a quote; each
    /// aborted the process inside toml++ (SIGABRT).
    static let abortingHeaders = ["[!]", "[.]", "[=]", "[#]", "[é]", "[Één]", "[.respondents]", "[[[x]]]", "[", "[[", "[ \t!]",
                                  "[[ .x]]", "[\r\n"]

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-toml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: abortingHeaders)
    func abortingHeaderIsRefusedByTheCaseFolderReader(_ header: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title = \"x\"\n\(header)\nk = 1\n".utf8).write(to: folder.appendingPathComponent("study.toml"))
        let problem = try #require(CaseFolderLoader(folder: folder).validate().first { $0.file == "study.toml" })
        #expect(problem.line == 2)
        #expect(problem.message.hasPrefix("is not valid TOML: a table header must start with a key"))
    }

    @Test(arguments: abortingHeaders)
    func abortingHeaderIsRefusedByTheConfigReader(_ header: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("config.toml")
        try Data("coder = \"Anouk\"\n\(header)\n".utf8).write(to: url)
        #expect(throws: LoadProblem.self) { try ConfigFile.load(url) }
        do { _ = try ConfigFile.load(url) } catch {
            #expect(error.file == url.path && error.line == 2)
            #expect(error.message.hasPrefix("is not valid TOML: a table header must start with a key"))
        }
    }

    @Test(arguments: abortingHeaders)
    func abortingHeaderIsRefusedByTheThemeReader(_ header: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("mine.toml")
        try Data("\"ui.text\" = \"red\"\n\(header)\n".utf8).write(to: url)
        do {
            _ = try ThemeLoader(searchPaths: [], knownScopes: ["ui.text"]).load(url.path)
            Issue.record("accepted")
        } catch {
            #expect(error.file == url.path && error.line == 2)
            #expect(error.message.hasPrefix("is not valid TOML: a table header must start with a key"))
        }
    }

    /// A `[` that starts a line inside an array or a multi-line string is not a header.
    @Test(arguments: [
        "a = [\n[+1],\n[{ x = 1 }],\n[\n2\n],\n]\n",
        "s = \"\"\"\n[!]\n\"\"\"\n",
        "s = '''\n[.]\n'''\n",
        "s = \"\"\"a\\\"\"\"\"\n[x]\n",
        "a = [ \"]\",\n[5e1],\n]\n",
        "a = [ # ]\n[-1]\n]\n",
    ])
    func bracketLinesInsideValuesAreNotHeaders(_ text: String) throws {
        #expect(throws: Never.self) { try TOMLText.parse(text) }
    }

    /// Values on which toml++ asserted (found by `werkbank-bench fuzz --reader toml`): an array
    /// element starting with `}` or a Unicode line break, a date and `T` without the time's
    /// digits, a date, a space and a single digit.
    static let abortingValues = [
        "a = [ }", "a = [1, }]", "a = [\n}", "a = [\u{2028}]", "a = [1,\u{85}2]", "a = { b = [} }",
        "a = 1979-05-27T!7:45:56Z", "a = 1979-05-27T-05:00", "a = [1987-07-05T.07:32:00]", "a = 1979-05-27t", "a = 1979-05-27T",
        "a = 1979-05-27 0]", "a = [1979-05-27 2}]", "a = 0001-01-01 0 :00:00Z", "a = 1979-05-27 0", "a = [1979_-05-27 0,]",
    ]

    @Test(arguments: abortingValues)
    func abortingValueIsRefusedByTheEntryAndTheThemeReader(_ text: String) throws {
        #expect(throws: TOMLTextError.self) { try TOMLText.parse("# first\n" + text + "\n") }
        do { _ = try TOMLText.parse("# first\n" + text + "\n") } catch {
            // The culprit stands on the text's last line, after the comment line.
            #expect(error.line == 1 + text.split(separator: "\n", omittingEmptySubsequences: false).count)
            #expect(error.message.hasPrefix("is not valid TOML: "))
        }
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("mine.toml")
        try Data(text.utf8).write(to: url)
        #expect(throws: ThemeError.self) { try ThemeLoader(searchPaths: [], knownScopes: []).load(url.path) }
    }

    @Test(arguments: [
        "a = 1979-05-27 07:32:00", "a = [1979-05-27T07:32:00Z, 1979-05-27 07:32:00.5, 1979-05-27]", "a = 1979-05-27\nb = 1",
        "a = [\n# c\n1,\n]", "a = 1_000", "t = 07:32:00", "a = { b = [1, 2] }", "a = [{ b = 1 }, { c = [2] }]", "a = [ ]",
        "a = 1979-05-27 # a date", "a = [1979-05-27 ]", "a = 0x1F", "a = 1e5",
    ])
    func valuesLikeThoseAreNotRefused(_ text: String) throws {
        #expect(throws: Never.self) { try TOMLText.parse(text) }
    }

    /// One NUL byte before a `[[coding]]` hid every coding after it.
    @Test func nulByteInCodingsIsRefusedWithItsLine() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("cases")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("SampleCases"), to: copy)
        let codings = copy.appendingPathComponent("cases/jeugdzorg/codings.toml")
        var text = try String(contentsOf: codings, encoding: .utf8)
        text = text.replacingOccurrences(of: "\n\n[[coding]]\nsource = \"jz-interview-manager\"\ncode = \"AAN-URG\"",
                                         with: "\n\0\n[[coding]]\nsource = \"jz-interview-manager\"\ncode = \"AAN-URG\"")
        try Data(text.utf8).write(to: codings)
        let problems = CaseFolderLoader(folder: copy).validate()
        #expect(problems.map(\.file) == ["cases/jeugdzorg/codings.toml"])
        #expect(problems.first?.line == 21)
        #expect(problems.first?.message.contains("NUL byte") == true)
    }

    @Test func nulByteInConfigIsRefusedWithItsLine() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("config.toml")
        try Data("coder = \"Anouk\"\n\0\nlang = \"xx\"\n".utf8).write(to: url)
        #expect(throws: LoadProblem(file: url.path, line: 2, message: "contains a NUL byte (byte 17); a text file cannot hold one")) {
            try ConfigFile.load(url)
        }
    }

    @Test(arguments: [(String.Encoding.utf16, "is UTF-16, not UTF-8; save it as UTF-8"),
                      (.utf16LittleEndian, "is UTF-16 without a byte-order mark, not UTF-8; save it as UTF-8"),
                      (.utf16BigEndian, "is UTF-16 without a byte-order mark, not UTF-8; save it as UTF-8"),
                      (.utf32, "is UTF-32, not UTF-8; save it as UTF-8")])
    func wideEncodingsAreRefusedByEveryReader(_ encoding: String.Encoding, _ message: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try #require("coder = \"Anouk\"\nlang = \"nl\"\n".data(using: encoding))
        let config = folder.appendingPathComponent("config.toml")
        try data.write(to: config)
        #expect(throws: LoadProblem(file: config.path, line: 1, message: message)) { try ConfigFile.load(config) }
        let theme = folder.appendingPathComponent("theme.toml")
        try data.write(to: theme)
        #expect(throws: ThemeError(file: theme.path, line: 1, message: message)) {
            try ThemeLoader(searchPaths: [], knownScopes: []).load(theme.path)
        }
        try data.write(to: folder.appendingPathComponent("study.toml"))
        let problem = CaseFolderLoader(folder: folder).validate().first { $0.file == "study.toml" }
        #expect(problem == LoadProblem(file: "study.toml", line: 1, message: message))
    }

    /// A key holding `\u0000` made iterating its table trap inside TOMLKit.
    @Test func nulEscapeInAThemeKeyIsRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("mine.toml")
        try Data("[palette]\n\"a\\u0000\" = \"red\"\n".utf8).write(to: url)
        do {
            _ = try ThemeLoader(searchPaths: [], knownScopes: []).load(url.path)
            Issue.record("accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("a NUL character"))
        }
    }
}
