import Foundation

/// Runs the built `werkbank` binary, as a user would.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A data folder of this test run, so that the default project is never the user's.
    static let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-data-\(UUID().uuidString)")

    /// A product built next to the test bundle (the test target depends on it, so it is built).
    static func product(_ name: String) -> URL {
        let besideTests = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent(name)
        if let besideTests, FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/\(name)")
    }

    static var binary: URL { product("werkbank") }
    static var bench: URL { product("werkbank-bench") }

    /// The environment a command runs in: the test's, without Werkbank's variables, with a
    /// private data folder.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["WERKBANK_CASES", "WERKBANK_PROJECT", "WERKBANK_CODER"] { env.removeValue(forKey: key) }
        env["XDG_DATA_HOME"] = dataHome.path
        env.merge(extra) { $1 }
        return env
    }

    static func run(_ arguments: [String], executable: URL = binary, environment: [String: String] = [:],
                    in directory: URL? = nil, input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = Self.environment(environment)
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        if let inputPipe, let input {
            // Small lists only: written whole before the output is read.
            inputPipe.fileHandleForWriting.write(input)
            try inputPipe.fileHandleForWriting.close()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      errors: String(decoding: errData, as: UTF8.self))
    }

    /// A shell command line that runs `command` with the project, case folder and coder of the
    /// environment unset, colour on, and data and configuration in `data` (a fresh, private
    /// home for the workbench under tmux).
    static func isolated(_ command: String, data: URL) -> String {
        "env -u NO_COLOR -u WERKBANK_PROJECT -u WERKBANK_CASES -u WERKBANK_CODER "
            + "XDG_DATA_HOME=\(data.path) XDG_CONFIG_HOME=\(data.path)/config LANG=C.UTF-8 \(command)"
    }
}
