import ArgumentParser
import Foundation

/// `werkbank-bench fuzz`: mutates real inputs and runs them through Werkbank's readers, each
/// input in-process inside a child process, so that a crash or hang is caught, counted and
/// saved rather than ending the run.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Feed mutated inputs to the TOML, case-folder, transcript and REFI-QDA readers; count refusals, crashes and hangs.",
        discussion: """
            Seeds: SampleCases' files, the themes, the TOML test suite's valid documents, the sources as .md, .txt, \
            .vtt, .srt and .docx, the .qdpx files in ../shared/refi-qda and SampleCases' own .qdpx export. Inputs \
            are byte flips, overwrites, inserts, deletes, duplications and splices of them (inside archives mostly of \
            the main XML, re-zipped); the same seed and index give the same input. Crashing, hanging and \
            rule-breaking inputs are saved in --crashes. Exits 1 when anything was found.
            """)

    @Option(help: "The reader: toml, casefolder, transcript, refi or all.") var reader = "all"
    @Option(help: "Inputs per reader.") var count = 1000
    @Option(help: "Seed of the mutations.") var seed: UInt64 = 1
    @Option(help: "Seconds an input may take before it counts as a hang.") var timeLimit = 2.0
    @Option(help: ArgumentHelp("The case folder (default: the SampleCases folder above this binary).", valueName: "folder"))
    var cases: String?
    @Option(help: ArgumentHelp("Where the shared test data are (default: ../shared beside the checkout).", valueName: "folder"))
    var shared: String?
    @Option(help: ArgumentHelp("Where inputs that crash, hang or break a rule are saved.", valueName: "folder"))
    var crashes = "fuzz-findings"
    @Flag(help: "Print one JSON object instead of the table.") var json = false
    @Option(help: .hidden) var childFrom: Int?
    /// `crash:N` or `hang:N`: the child traps or stalls at input N, to test the supervisor.
    @Option(help: .hidden) var inject: [String] = []

    func validate() throws {
        guard reader == "all" || FuzzReader(rawValue: reader) != nil else {
            throw ValidationError("unknown reader `\(reader)`; use toml, casefolder, transcript, refi or all")
        }
        guard count >= 0 else { throw ValidationError("--count must be 0 or more") }
    }

    func run() throws {
        let casesFolder = try cases.map { URL(fileURLWithPath: $0) } ?? ScreensCommand.sampleCases()
        let sharedFolder = shared.map { URL(fileURLWithPath: $0) }
            ?? casesFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        let readers = reader == "all" ? FuzzReader.allCases : [FuzzReader(rawValue: reader)!]
        if let childFrom {
            try runChild(readers[0], from: childFrom, cases: casesFolder, shared: sharedFolder)
            return
        }
        guard let executable = Bundle.main.executableURL else { throw ValidationError("cannot find this executable") }
        var tallies: [FuzzTally] = []
        for reader in readers {
            let seeds = try FuzzCorpus.seeds(for: reader, cases: casesFolder, shared: sharedFolder)
            let supervisor = FuzzSupervisor(
                executable: executable, reader: reader, count: count, seed: seed, timeLimit: timeLimit,
                childArguments: ["--cases", casesFolder.path, "--shared", sharedFolder.path] + inject.flatMap { ["--inject", $0] },
                mutator: FuzzMutator(seeds: seeds, dictionary: reader.dictionary, seed: seed),
                crashFolder: URL(fileURLWithPath: crashes))
            FileHandle.standardError.write(Data("werkbank-bench: fuzzing \(reader.rawValue): \(count) inputs from \(seeds.count) seeds\n".utf8))
            tallies.append(try supervisor.run())
        }
        report(tallies)
        if tallies.contains(where: { $0.crashes + $0.hangs + $0.failures > 0 }) { throw ExitCode(1) }
    }

    /// The child: every input from `from` on, one line each (`R i`, `A i`, `F i why`).
    private func runChild(_ reader: FuzzReader, from: Int, cases: URL, shared: URL) throws {
        let seeds = try FuzzCorpus.seeds(for: reader, cases: cases, shared: shared)
        let mutator = FuzzMutator(seeds: seeds, dictionary: reader.dictionary, seed: seed)
        let runner = try FuzzRunner(reader: reader, cases: cases)
        defer { runner.removeWork() }
        let output = FileHandle.standardOutput
        output.write(Data("ready\n".utf8))
        for index in from..<max(from, count) {
            if inject.contains("crash:\(index)") { fatalError("injected crash at input \(index)") }
            if inject.contains("hang:\(index)") { while true { sleep(60) } }
            let (seedFile, bytes) = mutator.input(index)
            let line = switch runner.run(seedFile, bytes) {
            case .refused: "R \(index)\n"
            case .accepted: "A \(index)\n"
            case .failed(let why): "F \(index) \(why.replacingOccurrences(of: "\n", with: " "))\n"
            }
            output.write(Data(line.utf8))
        }
    }

    private func report(_ tallies: [FuzzTally]) {
        if json {
            let readers = tallies.map { tally in
                "{\"reader\": \"\(tally.reader.rawValue)\", \"tried\": \(tally.tried), \"refused\": \(tally.refused), "
                    + "\"accepted\": \(tally.accepted), \"crashes\": \(tally.crashes), \"hangs\": \(tally.hangs), "
                    + "\"failures\": \(tally.failures), \"seconds\": \(tally.seconds)}"
            }
            print("{\"seed\": \(seed), \"readers\": [" + readers.joined(separator: ", ") + "]}")
        } else {
            print("reader       tried  refused accepted  crashes    hangs failures  seconds")
            for tally in tallies {
                let figures = [tally.tried, tally.refused, tally.accepted, tally.crashes, tally.hangs, tally.failures]
                print(tally.reader.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                      + figures.map { String($0).leftPadded(9) }.joined() + String(format: "%9.1f", tally.seconds))
            }
        }
        for finding in tallies.flatMap(\.findings) {
            FileHandle.standardError.write(Data("werkbank-bench: \(finding)\n".utf8))
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
