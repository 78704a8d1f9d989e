import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankStore
import WerkbankUI

/// `werkbank-bench run`: builds a synthetic corpus, imports it and times the project's
/// operations against the performance targets. Reports; never asserts.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Time import, open, adding codings, fragment retrieval, counts and search on a synthetic corpus.",
        discussion: """
            Sources are named <case>-tNNNN (jeugdzorg-t0001, revalidatie-1-t0002, sociale-zorg-t0003, \
            revalidatie-2-t0004, jeugdzorg-t0005, …): transcript NNNN belongs to case (NNNN-1) mod 4. \
            Queries are the median of 5 runs. MB means 2^20 bytes. Progress goes to stderr.
            """
    )

    static let searchWord = "clienten"
    static let searchTwoWords = "coordinator ideeen"

    @Option(help: "Number of transcripts.") var transcripts = 1000
    @Option(help: "Number of codings in the imported study.") var codings = 100_000
    @Option(help: "Words per transcript (about).") var words = 3000
    @Option(help: "Number of single add-coding calls to time.") var adds = 1000
    @Option(help: "Seed of the corpus and of the added codings.") var seed: UInt64 = 1
    @Flag(help: "Print one JSON object instead of the table.") var json = false
    @Option(help: "Create the project at this path and keep it (with the added codings), instead of in a temporary folder.") var keep: String?
    @Option(help: "Multiply the transcripts and codings by this (1 = the benchmark corpus, 10 = ten times).") var scale = 1

    func validate() throws {
        guard transcripts >= 1 else { throw ValidationError("--transcripts must be at least 1") }
        guard codings >= 0, adds >= 0 else { throw ValidationError("--codings and --adds must not be negative") }
        guard words >= 1 else { throw ValidationError("--words must be at least 1") }
        guard scale >= 1 else { throw ValidationError("--scale must be at least 1") }
    }

    func run() throws {
        let url: URL
        var temporaryFolder: URL?
        if let keep {
            url = URL(fileURLWithPath: keep)
        } else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-bench-\(UUID().uuidString)")
            temporaryFolder = folder
            url = folder.appendingPathComponent("bench.werkbank")
        }
        defer { if let temporaryFolder { try? FileManager.default.removeItem(at: temporaryFolder) } }
        do {
            let results = try measure(at: url)
            print(json ? results.json : report(results, url: url))
        } catch {
            FileHandle.standardError.write(Data("werkbank-bench: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    private var transcriptCount: Int { transcripts * scale }
    private var codingCount: Int { codings * scale }

    private func measure(at url: URL) throws -> BenchResults {
        let (transcripts, codings) = (transcriptCount, codingCount)
        var results = BenchResults(transcripts: transcripts, codings: codings, words: words, adds: adds, seed: seed)
        results.scale = scale
        // Each step's peak of resident memory: the high-water mark is set back to what is
        // resident when the step begins (what earlier steps left behind included).
        func step<T>(_ key: String, _ body: () throws -> T) rethrows -> T {
            Measure.resetPeakResident()
            let result = try body()
            results.stepPeakMB[key] = Measure.peakResidentMB() ?? .nan
            return result
        }
        progress("generating \(transcripts) transcripts and \(codings) codings")
        // Only the source lengths outlive the import, so the corpus's memory can be freed.
        let lengths: [(id: String, length: Int)]
        do {
            let (corpus, generateSeconds) = Measure.time {
                SyntheticCorpus(transcripts: transcripts, codings: codings, words: words, seed: seed)
            }
            results.generateSeconds = generateSeconds
            results.totalWords = corpus.wordCount
            results.textMB = Double(corpus.textBytes) / Measure.bytesPerMB
            lengths = corpus.study.sources.map { ($0.id, $0.text.scalarCount) }
            progress("importing \(Self.fixed(results.textMB)) MB of text into \(url.path)")
            let ((_, seconds), cpuSeconds) = try step("import") {
                try Measure.processTime { try Measure.time { try Project.create(at: url, from: corpus.study) } }
            }
            results.importSeconds = seconds
            results.importCPUSeconds = cpuSeconds
            results.importMBPerSecond = results.textMB / seconds
        }
        results.projectMB = Measure.fileMB(url.path)

        progress("opening")
        let (project, openSeconds) = try step("open") { try Measure.time { try Project.open(at: url) } }
        results.openMS = openSeconds * 1000

        progress("adding \(adds) codings one by one")
        var rng = SplitMix64(seed: seed ^ 0xADD5_ADD5_ADD5_ADD5)
        let codes = SyntheticStudy.codebook.codes.map(\.short)
        var addTimes: [Double] = []
        Measure.resetPeakResident()
        for _ in 0..<adds {
            let source = rng.pick(lengths)
            let start = rng.int(below: max(1, source.length - 1))
            let end = start + rng.int(in: 1...max(1, min(300, source.length - start)))
            let (code, coder) = (rng.pick(codes), rng.pick(SyntheticStudy.coders).name)
            let (_, seconds) = try Measure.time {
                do {
                    try project.addCoding(source: source.id, range: ScalarRange(start: start, end: end), code: code, coder: coder)
                } catch let error as ProjectError {
                    // A random end between a letter and its accent (`café` written with U+0301)
                    // is refused, as a user's would be; the user then codes the whole characters.
                    guard case .splitsCharacter(_, _, _, let whole) = error else { throw error }
                    try project.addCoding(source: source.id, range: whole, code: code, coder: coder)
                }
            }
            addTimes.append(seconds * 1000)
        }
        results.stepPeakMB["add"] = Measure.peakResidentMB() ?? .nan
        results.addMedianMS = Measure.percentile(50, of: addTimes)
        results.addP99MS = Measure.percentile(99, of: addTimes)

        progress("querying")
        let byCode = try step("fragments") { try Measure.medianMilliseconds { try project.fragments(FragmentFilter(codes: ["LOS"])).count } }
        (results.fragmentsByCodeCount, results.fragmentsByCodeMS) = byCode
        results.fragmentsFirst50MS = try step("fragments_first50") {
            try Measure.medianMilliseconds { try project.fragments(FragmentFilter(codes: ["LOS"]), limit: 50) }.ms
        }
        (results.fragmentsScreenFirstFrameMS, results.fragmentsScreenWholeMS, results.fragmentsScreenCount) = try step("fragments_screen") {
            try Self.fragmentsScreen(project)
        }
        results.codeCaseCountsMS = try step("code_case_counts") { try Measure.medianMilliseconds { try project.codeCaseCounts() }.ms }
        results.matrixByRoleMS = try step("matrix_by_role") { try Measure.medianMilliseconds { try project.matrix(by: .role) }.ms }
        results.matrixParticipantsMS = try step("matrix_participants") {
            try Measure.medianMilliseconds { try project.matrix(by: .case, measure: .participants) }.ms
        }
        results.matrixByAttributeMS = try step("matrix_by_attribute") {
            try Measure.medianMilliseconds { try project.matrix(byAttribute: "betrokkenheid") }.ms
        }
        (results.searchHits, results.searchMS) = try step("search") {
            try Measure.medianMilliseconds { try project.search(Self.searchWord, limit: 50).count }
        }
        (results.searchTwoWordsHits, results.searchTwoWordsMS) = try step("search_two_words") {
            try Measure.medianMilliseconds { try project.search(Self.searchTwoWords, limit: 50).count }
        }
        // The highest of the steps that work on the project (the import's holds the generated
        // corpus too, the Fragments screen's every fragment; each has its own row); the
        // high-water mark itself was set back at every step.
        results.peakRSSMB = results.stepPeakMB.filter { !["import", "fragments_screen"].contains($0.key) }.values.max() ?? 0
        progress("checking integrity")
        results.integrity = try project.integrityCheck()
        return results
    }

    /// The workbench on the project at 200×60, once (a run reads every fragment): `f` to the
    /// Fragments screen's first frame, and to the frame with the whole list, which is read on
    /// another thread meanwhile (decision 77). Milliseconds, and the fragments listed. Read-only,
    /// so that the workbench leaves the project's checkpoints as they are for later steps.
    static func fragmentsScreen(_ project: Project) throws -> (firstFrame: Double, whole: Double, count: Int) {
        let state = AppState(language: .en, readOnly: true, coder: "bench", projectName: "bench.werkbank",
                             theme: .builtIn, colorProfile: .ansi256, width: 200, height: 60)
        let workbench = try Workbench(project: project, state: state)
        _ = workbench.render()
        let (_, first) = Measure.time {
            workbench.handle(.key(.character("f")))
            _ = workbench.render()
        }
        let (_, rest) = Measure.time {
            workbench.settle()
            _ = workbench.render()
        }
        return (first * 1000, (first + rest) * 1000, workbench.data.fragments.count)
    }

    private func report(_ results: BenchResults, url: URL) -> String {
        let cases = SyntheticStudy.cases
        func slug(_ number: Int) -> String { SyntheticCorpus.sourceID(caseID: cases[(number - 1) % cases.count].id, number: number) }
        let transcripts = transcriptCount
        let named = transcripts <= 5 ? (1...transcripts).map(slug) : (1...4).map(slug) + ["…", slug(transcripts)]
        return """
            werkbank-bench: \(transcripts) transcripts of ~\(words) words (\(results.totalWords) words, \
            \(Self.fixed(results.textMB)) MB UTF-8, generated in \(BenchResults.fixed(results.generateSeconds, 2)) s), \
            \(codingCount) codings, \(adds) adds, seed \(seed)\(scale > 1 ? ", scale \(scale)×" : "")
            sources: \(named.joined(separator: ", "))
            project: \(url.path)\(keep == nil ? " (removed afterwards)" : "")
            queries: median of 5 runs; MB = 2^20 bytes; peak MB: the step's own peak RSS (what earlier steps left resident included)

            \(results.table)

            integrity check: \(results.integrity)
            """
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("werkbank-bench: \(message)\n".utf8))
    }

    private static func fixed(_ value: Double) -> String { BenchResults.fixed(value, 1) }
}
