import Foundation
import Testing

/// Issue 12, points 1 and 5, as a user meets them: a header that aborted toml++ and a NUL
/// byte in a case folder, a theme and config.toml give exit 65 naming the file and line, and
/// nothing is written.
@Suite struct TOMLCommandTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-toml-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: ["[!]", "[.respondents]", "[Één]", "[[[x"])
    func initRefusesACaseFolderWithAnAbortingHeader(_ header: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = folder.appendingPathComponent("cases")
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("SampleCases"), to: cases)
        let caseFile = cases.appendingPathComponent("cases/jeugdzorg/case.toml")
        try (String(contentsOf: caseFile, encoding: .utf8) + "\n\(header)\n").write(to: caseFile, atomically: true, encoding: .utf8)
        let lines = try String(contentsOf: caseFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let project = folder.appendingPathComponent("p.werkbank")
        let result = try BinaryRunner.run(["init", "--from", cases.path, project.path])
        #expect(result.status == 65)
        #expect(result.errors.contains("cases/jeugdzorg/case.toml:\(lines): is not valid TOML: a table header must start with a key"),
                "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cases"])
    }

    @Test func aNulByteInCodingsIsNotAQuietLoss() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = folder.appendingPathComponent("cases")
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("SampleCases"), to: cases)
        let codings = cases.appendingPathComponent("cases/sociale-zorg/codings.toml")
        var data = try Data(contentsOf: codings)
        let header = try #require(data.firstRange(of: Data("[[coding]]".utf8)))
        data.insert(0, at: header.lowerBound)
        try data.write(to: codings)
        let line = data[..<header.lowerBound].count { $0 == 0x0A } + 1
        let validate = try BinaryRunner.run(["validate", cases.path])
        #expect(validate.status == 1)
        #expect(validate.output.contains("cases/sociale-zorg/codings.toml:\(line): contains a NUL byte"), "\(validate.output)")
        let project = folder.appendingPathComponent("p.werkbank")
        #expect(try BinaryRunner.run(["init", "--from", cases.path, project.path]).status == 65)
        #expect(!FileManager.default.fileExists(atPath: project.path))
    }

    @Test func aThemeOrConfigWithAnAbortingHeaderOrNulExits65() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("bad.toml")
        try Data("\"ui.text\" = \"white\"\n[\n".utf8).write(to: theme)
        let themed = try BinaryRunner.run(["--theme", theme.path])
        #expect(themed.status == 65)
        #expect(themed.errors.contains("\(theme.path):2: is not valid TOML"), "\(themed.errors)")
        let config = folder.appendingPathComponent("werkbank/config.toml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("coder = \"Anouk\"\n\0\nlang = \"xx\"\n".utf8).write(to: config)
        let configured = try BinaryRunner.run([], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(configured.status == 65)
        #expect(configured.errors.contains("\(config.path):2: contains a NUL byte"), "\(configured.errors)")
    }
}
