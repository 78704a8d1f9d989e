import Foundation

/// Finds the bundled sample cases for a binary run from a checkout or installed elsewhere.
enum SampleCasesLocator {
    static let environmentVariable = "WERKBANK_CASES"

    /// The first candidate folder that holds a `study.toml`.
    static func locate() -> URL? {
        candidates().first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("study.toml").path) }
    }

    /// Where the sample cases are looked for, in order: the environment variable, the
    /// installed layout `PREFIX/bin/werkbank` → `PREFIX/share/werkbank/SampleCases`, then every
    /// folder above the binary (a checkout's `.build/debug/werkbank`).
    static func candidates() -> [URL] {
        var list: [URL] = []
        if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty {
            list.append(URL(fileURLWithPath: path))
        }
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return list }
        let binFolder = executable.deletingLastPathComponent()
        list.append(binFolder.deletingLastPathComponent().appendingPathComponent("share/werkbank/SampleCases"))
        var folder = binFolder
        for _ in 0..<6 {
            list.append(folder.appendingPathComponent("SampleCases"))
            folder.deleteLastPathComponent()
        }
        return list
    }
}
