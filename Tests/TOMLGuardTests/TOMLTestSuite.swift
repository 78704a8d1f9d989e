import Foundation

/// The official TOML test suite beside the project (`../shared/toml-test`, see its README): the
/// files that apply to TOML 1.0.0.
enum TOMLTestSuite {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/toml-test/tests")

    static let listed: [String] = {
        let list = (try? String(contentsOf: root.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)) ?? ""
        return list.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
    }()

    /// `invalid/…toml`: documents a conforming parser must refuse.
    static let invalid = listed.filter { $0.hasPrefix("invalid/") }
    /// `valid/…toml`: documents to accept, each with its expected value tree in `….json`.
    static let valid = listed.filter { $0.hasPrefix("valid/") }

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    static func expected(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: data(String(path.dropLast(5)) + ".json"), options: [.fragmentsAllowed])
    }
}
