import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Figures of one reader's run.
struct FuzzTally {
    var reader: FuzzReader
    var tried = 0
    var refused = 0
    var accepted = 0
    var crashes = 0
    var hangs = 0
    var failures = 0
    var seconds = 0.0
    /// What was found, one line each, with the file the input was saved to.
    var findings: [String] = []
}

/// Runs a reader's inputs in child processes of this executable: a child runs them one after
/// another in-process and reports each outcome on a line; a child killed by a signal is a
/// crash of the input after the last one reported, and one that reports nothing for the time
/// limit is a hang of it (the child is killed). Either way the input is saved and a new child
/// goes on with the next one.
struct FuzzSupervisor {
    let executable: URL
    let reader: FuzzReader
    let count: Int
    let seed: UInt64
    let timeLimit: Double
    let childArguments: [String]
    let mutator: FuzzMutator
    let crashFolder: URL

    func run() throws -> FuzzTally {
        var tally = FuzzTally(reader: reader)
        let start = Date()
        var from = 0
        while from < count {
            let (last, ending) = try runChild(from: from, tally: &tally)
            let culprit = last + 1
            switch ending {
            case .finished:
                from = count
            case .crashed(let signal):
                record(culprit, "crash (signal \(signal))", &tally)
                tally.crashes += 1
                tally.tried += 1
                from = culprit + 1
            case .exited(let status):
                record(culprit, "child exited \(status)", &tally)
                tally.crashes += 1
                tally.tried += 1
                from = culprit + 1
            case .hung:
                record(culprit, "hang (no answer in \(timeLimit) s)", &tally)
                tally.hangs += 1
                tally.tried += 1
                from = culprit + 1
            }
        }
        tally.seconds = Date().timeIntervalSince(start)
        return tally
    }

    enum Ending {
        case finished
        case crashed(Int32)
        case exited(Int32)
        case hung
    }

    /// Runs one child from input `from`; the last input it reported, and how it ended.
    private func runChild(from: Int, tally: inout FuzzTally) throws -> (Int, Ending) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["fuzz", "--reader", reader.rawValue, "--count", String(count), "--seed", String(seed),
                             "--child-from", String(from), "--time-limit", String(timeLimit)] + childArguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let descriptor = pipe.fileHandleForReading.fileDescriptor
        var last = from - 1
        var ready = false
        var pending = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // Loading the corpus is not an input: the child has a minute to say it is ready.
            let waited = poll(&poller, 1, Int32((ready ? timeLimit : 60) * 1000))
            if waited == 0 {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return (last, ready ? .hung : .exited(-1))
            }
            if waited < 0 { if errno == EINTR { continue } else { break } }
            let got = read(descriptor, &buffer, buffer.count)
            if got <= 0 { break }
            pending += buffer[..<got]
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                if line == "ready" { ready = true; continue }
                let fields = line.split(separator: " ", maxSplits: 2)
                guard fields.count >= 2, let index = Int(fields[1]) else { continue }
                last = index
                tally.tried += 1
                if count >= 10_000, tally.tried % (count / 10) == 0 {
                    FileHandle.standardError.write(Data("werkbank-bench: \(reader.rawValue) \(tally.tried)/\(count)\n".utf8))
                }
                switch fields[0] {
                case "R": tally.refused += 1
                case "A": tally.accepted += 1
                default:
                    tally.failures += 1
                    record(index, "invariant: " + (fields.count > 2 ? String(fields[2]) : "?"), &tally)
                }
            }
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal { return (last, .crashed(process.terminationStatus)) }
        if process.terminationStatus != 0 { return (last, .exited(process.terminationStatus)) }
        return (last, last >= count - 1 ? .finished : .exited(0))
    }

    /// Saves input `index` and notes the finding.
    private func record(_ index: Int, _ what: String, _ tally: inout FuzzTally) {
        let (seedFile, bytes) = mutator.input(index)
        let ext = (seedFile.name as NSString).pathExtension
        let url = crashFolder.appendingPathComponent("\(reader.rawValue)-seed\(seed)-\(index)" + (ext.isEmpty ? "" : ".\(ext)"))
        try? FileManager.default.createDirectory(at: crashFolder, withIntermediateDirectories: true)
        try? Data(bytes).write(to: url)
        tally.findings.append("\(reader.rawValue) input \(index) (from \(seedFile.name)): \(what); saved as \(url.path)")
    }
}
