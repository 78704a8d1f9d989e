import Foundation
import Testing
@testable import WerkbankExchange

@Suite struct ConfigFileTests {
    func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-config-\(UUID().uuidString).toml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func readsEveryKey() throws {
        let url = try write("theme = \"light\"\ncoder = \"Anouk\"\nlang = \"nl\"\nmouse = false\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try ConfigFile.load(url) == ConfigFile(theme: "light", coder: "Anouk", lang: "nl", mouse: false))
    }

    @Test func noFileIsNoSettings() throws {
        #expect(try ConfigFile.load(URL(fileURLWithPath: "/nonexistent/config.toml")) == ConfigFile())
    }

    @Test func badFilesNameTheLineAndKey() throws {
        let unknown = try write("theme = \"light\"\ncolour = \"blue\"\n")
        let language = try write("lang = \"fr\"\n")
        let broken = try write("theme = \"light\n")
        defer { [unknown, language, broken].forEach { try? FileManager.default.removeItem(at: $0) } }
        #expect(throws: LoadProblem(file: unknown.path, line: 2, field: "colour", message: "unknown field `colour`")) { try ConfigFile.load(unknown) }
        #expect(throws: LoadProblem(file: language.path, line: 1, field: "lang", message: "`fr` is not a language; use nl or en")) { try ConfigFile.load(language) }
        #expect(throws: LoadProblem.self) { try ConfigFile.load(broken) }
    }

    @Test func theFolderFollowsXDG() {
        #expect(ConfigFile.folder(environment: ["XDG_CONFIG_HOME": "/x/config"]).path == "/x/config/werkbank")
        #expect(ConfigFile.folder(environment: ["XDG_CONFIG_HOME": "relative"]).path.hasSuffix(".config/werkbank"))
    }
}
