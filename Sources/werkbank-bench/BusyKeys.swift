import Foundation
import WerkbankStore
import WerkbankUI

/// Coding keys timed while other processes write: `writers` copies of `werkbank-bench writer`
/// code the source open in the reader (a coding every `delayMS` each), and the
/// workbench presses `1` on turn after turn, each press timed to its committed, finished frame.
/// Between presses the workbench has its idle look, as the loop has, timed apart: reading
/// again what the writers changed.
struct BusyKeys {
    let workbench: Workbench
    let project: URL
    let source: String
    let writers: Int
    let delayMS: Int
    let keys: Int

    struct Result {
        var keyTimes: [Double] = []
        var refreshTimes: [Double] = []
        var writerCommits = 0
    }

    func run() throws -> Result {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var processes: [Process] = []
        defer { Self.stop(processes) }
        for index in 0..<writers {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["writer", "--project", project.path, "--source", source, "--count", "1000000",
                                 "--coder", "Writer\(index + 1)", "--delay-ms", String(delayMS)]
            // Nothing reads what they print: a pipe would fill and stop them mid-run.
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append(process)
        }
        let before = try Project.open(at: project, for: .reading).codings(inSource: source).count
        // The writers are under way before the first key.
        usleep(200_000)
        var result = Result()
        for _ in 0..<keys {
            let (_, seconds) = Measure.time { () -> Void in
                workbench.press(.character("1"))
                _ = workbench.render()
            }
            result.keyTimes.append(seconds * 1000)
            guard workbench.state.message?.text.hasPrefix("Coded ") == true else {
                throw BenchFailure("coding under load failed: \(workbench.state.message?.text ?? "no message")")
            }
            let last = workbench.state.list(.units).selected >= workbench.data.sourceUnits.count - 1
            workbench.press(.character(last ? "g" : "j"))
            let (changed, refresh) = Measure.time { workbench.watch() }
            if changed { result.refreshTimes.append(refresh * 1000) }
            _ = workbench.render()
        }
        Self.stop(processes)
        processes = []
        let after = try Project.open(at: project, for: .reading).codings(inSource: source).count
        result.writerCommits = after - before - keys
        guard writers == 0 || result.writerCommits > 0 else { throw BenchFailure("the writers committed nothing") }
        return result
    }

    /// Ends the writers with SIGKILL: they are started with the signal mask of this process,
    /// in which Foundation blocks SIGTERM, so `terminate()` would never end them. A killed
    /// writer loses nothing it committed.
    static func stop(_ processes: [Process]) {
        for process in processes where process.isRunning { kill(process.processIdentifier, SIGKILL) }
        for process in processes { process.waitUntilExit() }
    }
}
