import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankStore

/// `werkbank-bench search`: times project-wide search with keyword in context, the hit count
/// per case, autocoding as one step and the matrix by source. Reports; never asserts.
struct SearchBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Time search with keyword in context, hit counts, autocoding and the matrix by source.",
        discussion: """
            Builds the synthetic corpus of `run`. first50: the first 50 hits of a word, a prefix and a phrase as \
            keyword in context (Project.searchHits, 5 words of context). count: hits per case over the whole corpus \
            (Project.searchCounts) of the word, a prefix, a phrase, two words and a NEAR of two frequent words. autocode: every hit of the word in the first --autocode-cases cases coded as one \
            journaled step (run once), then undone. matrix_by_source: codes × sources. Medians of 5 runs.
            """)

    static let word = "coordinator"
    /// Two frequent words near each other: marked in many turns.
    static let near = "NEAR(studenten praktijk, 5)"

    @Option(help: "Number of transcripts.") var transcripts = 1000
    @Option(help: "Number of codings.") var codings = 100_000
    @Option(help: "Words per transcript (about).") var words = 3000
    @Option(help: "Cases whose hits are autocoded (of 4).") var autocodeCases = 2
    @Option(help: "Seed of the corpus.") var seed: UInt64 = 1
    @Flag(help: "Print one JSON object instead of lines.") var json = false
    @Option(help: "Keep the project made at this path (to time queries by hand).") var keep: String?
    @Flag(help: "Time the search steps in the thread's CPU time, not wall time (a machine shared with builds).") var cpu = false

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = SyntheticCorpus(transcripts: transcripts, codings: codings, words: words, seed: seed).study
        let location = keep.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("bench.werkbank")
        let (project, importSeconds) = try Measure.time { try Project.create(at: location, from: corpus) }
        func median<T>(_ body: () throws -> T) throws -> (result: T, ms: Double) {
            try cpu ? Measure.medianThreadMilliseconds(body) : Measure.medianMilliseconds(body)
        }
        let first50 = try median { try project.searchHits(TextSearch(Self.word), limit: 50).count }
        let prefix = try median { try project.searchHits(TextSearch("samenwerk*"), limit: 50).count }
        let phrase = try median { try project.searchHits(TextSearch("\"de werkplaats\""), limit: 50).count }
        let count = try median { try project.searchCounts(TextSearch(Self.word)).reduce(0) { $0 + $1.hits } }
        let phraseCount = try median { try project.searchCounts(TextSearch("\"de werkplaats\"")).reduce(0) { $0 + $1.hits } }
        let prefixCount = try median { try project.searchCounts(TextSearch("samenwerk*")).reduce(0) { $0 + $1.hits } }
        let nearCount = try median { try project.searchCounts(TextSearch(Self.near)).reduce(0) { $0 + $1.hits } }
        let twoWordCount = try median { try project.searchCounts(TextSearch("studenten praktijk")).reduce(0) { $0 + $1.hits } }
        let nearFirst50 = try median { try project.searchHits(TextSearch(Self.near), limit: 50).count }
        let cases = corpus.cases.prefix(autocodeCases).map(\.id)
        let (autocoded, autocodeSeconds) = try (cpu ? Measure.threadTime : Measure.time) {
            try project.autocode(TextSearch(Self.word, caseIDs: cases), code: "LOS", unit: .hit, coder: "bench")
        }
        let (_, undoSeconds) = try (cpu ? Measure.threadTime : Measure.time) { try project.undo() }
        let matrix = try Measure.medianMilliseconds { try project.matrix(by: .source).columns.count }
        let figures: [(String, Double)] = [
            ("import_s", importSeconds), ("search_first50_ms", first50.ms), ("prefix_first50_ms", prefix.ms),
            ("phrase_first50_ms", phrase.ms), ("near_first50_ms", nearFirst50.ms),
            ("count_ms", count.ms), ("phrase_count_ms", phraseCount.ms), ("prefix_count_ms", prefixCount.ms), ("near_count_ms", nearCount.ms),
            ("two_word_count_ms", twoWordCount.ms), ("autocode_s", autocodeSeconds),
            ("undo_autocode_s", undoSeconds), ("matrix_by_source_ms", matrix.ms),
        ]
        let counts: [(String, Int)] = [("hits", count.result), ("phrase_hits", phraseCount.result), ("prefix_hits", prefixCount.result),
                                       ("near_hits", nearCount.result), ("two_word_hits", twoWordCount.result), ("first50_hits", first50.result), ("autocode_hits", autocoded.hits),
                                       ("autocode_codings", autocoded.codings.count), ("matrix_columns", matrix.result)]
        if json {
            var object: [String: Any] = Dictionary(uniqueKeysWithValues: figures.map { ($0.0, $0.1) })
            for (name, value) in counts { object[name] = value }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("werkbank-bench search: \(transcripts) transcripts, \(codings) codings, query \(Self.word)")
            for (name, value) in figures { print("\(name): \(String(format: "%.1f", value))") }
            for (name, value) in counts { print("\(name): \(value)") }
        }
    }
}
