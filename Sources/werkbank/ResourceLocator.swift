import Foundation

/// Finds the bundled folders (`SampleCases`, `Themes`) for a binary run from a checkout or
/// installed elsewhere.
enum ResourceLocator {
    /// Where a bundled folder is looked for, in order: the environment variable, the installed
    /// layout `PREFIX/bin/werkbank` → `PREFIX/share/werkbank/NAME`, then every folder above the
    /// binary (a checkout's `.build/debug/werkbank`).
    static func candidates(_ name: String, environmentVariable: String) -> [URL] {
        var list: [URL] = []
        if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty {
            list.append(URL(fileURLWithPath: path))
        }
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return list }
        let binFolder = executable.deletingLastPathComponent()
        list.append(binFolder.deletingLastPathComponent().appendingPathComponent("share/werkbank/\(name)"))
        var folder = binFolder
        for _ in 0..<6 {
            list.append(folder.appendingPathComponent(name))
            folder.deleteLastPathComponent()
        }
        return list
    }
}

/// The bundled sample cases.
enum SampleCasesLocator {
    static let environmentVariable = "WERKBANK_CASES"

    static func candidates() -> [URL] {
        ResourceLocator.candidates("SampleCases", environmentVariable: environmentVariable)
    }

    /// The first candidate folder that holds a `study.toml`.
    static func locate() -> URL? {
        candidates().first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("study.toml").path) }
    }
}

/// The bundled themes, after the user's own in the config folder.
enum ThemesLocator {
    static func searchPaths(configFolder: URL) -> [URL] {
        [configFolder.appendingPathComponent("themes")]
            + ResourceLocator.candidates("Themes", environmentVariable: "WERKBANK_THEMES").filter {
                FileManager.default.fileExists(atPath: $0.appendingPathComponent("default.toml").path)
            }.prefix(1)
    }
}
