import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// `werkbank-bench exchange`: times the REFI-QDA export and import and the CSV export of a
/// project built from the synthetic corpus. Reports; never asserts.
struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: "Time export to .qdpx, import of that .qdpx into a new project, and the CSV export, on a synthetic corpus.",
        discussion: """
            The project is made as `run` makes it (untimed here). Export: reading the whole project, \
            writing project.qde and zipping it with the source texts. Import: unzipping, parsing, \
            mapping and creating the new project. MB means 2^20 bytes.
            """)

    @Option(help: "Number of transcripts.") var transcripts = 1000
    @Option(help: "Number of codings.") var codings = 100_000
    @Option(help: "Words per transcript (about).") var words = 3000
    @Option(help: "Seed of the corpus.") var seed: UInt64 = 1
    @Option(help: "Multiply the transcripts and codings by this (1 = the benchmark corpus, 10 = ten times).") var scale = 1
    @Flag(help: "Print one JSON object instead of the table.") var json = false
    @Option(help: "Work in this folder and keep its files (project, .qdpx, copy, CSV) instead of a temporary one.") var keep: String?

    func run() throws {
        let transcripts = self.transcripts * max(1, scale), codings = self.codings * max(1, scale)
        let folder = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-bench-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        for name in ["bench.werkbank", "bench.qdpx", "copy.werkbank", "codings.csv"] {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name + suffix)) }
        }
        let projectURL = folder.appendingPathComponent("bench.werkbank")
        progress("generating and importing \(transcripts) transcripts and \(codings) codings")
        do {
            let corpus = SyntheticCorpus(transcripts: transcripts, codings: codings, words: words, seed: seed)
            _ = try Project.create(at: projectURL, from: corpus.study)
        }
        let project = try Project.open(at: projectURL)

        progress("exporting to .qdpx")
        let qdpx = folder.appendingPathComponent("bench.qdpx")
        var phases: [(String, Double)] = []
        var peaks: [(String, Double)] = []
        func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let (result, seconds) = try Measure.time(body)
            phases.append((name, seconds))
            return result
        }
        // Each step's peak of resident memory: the high-water mark is set back to what is
        // resident when the step begins (memory the process keeps from earlier steps included).
        func step<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            Measure.resetPeakResident()
            let result = try body()
            peaks.append((name, Measure.peakResidentMB() ?? .nan))
            return result
        }
        let (exported, exportSeconds) = try step("export qdpx") { try Measure.time {
            // As `werkbank export --format qdpx`: sources are read as they are written.
            let outline = try phase("  read outline") { try project.exportOutline() }
            let refi = try phase("  read, write XML, zip") {
                try RefiQDAArchive.export(study: outline.snapshot.study, memos: outline.snapshot.memos,
                                          outline: outline.sources.map { RefiQDASourceOutline(id: $0.id, caseID: $0.caseID) },
                                          to: qdpx, eachSource: project.forEachSource)
            }
            return refi.codingCount
        } }

        progress("importing the .qdpx into a new project")
        let copyURL = folder.appendingPathComponent("copy.werkbank")
        let (imported, importSeconds) = try step("import qdpx") { try Measure.time {
            // As `werkbank import-qdpx -o`: read as a stream, written in batches (decision 60).
            var codings = 0
            _ = try Project.create(at: copyURL) { builder in
                let streamed = try RefiQDAReader.stream(qdpx, begin: { try builder.begin($0) }) { batch in
                    try builder.add(roles: batch.roles, cases: batch.cases, sources: batch.sources, codings: batch.codings)
                }
                try builder.finish(streamed.tail, memos: streamed.memos, codingMemos: streamed.codingMemos)
                codings = streamed.codings
            }
            return codings
        } }

        progress("exporting the codings as CSV")
        let csv = folder.appendingPathComponent("codings.csv")
        let (rows, csvSeconds) = try step("export csv") { try Measure.time {
            // As `werkbank export --format csv`: rows written as they are read (decision 60).
            guard FileManager.default.createFile(atPath: csv.path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
            let handle = try FileHandle(forWritingTo: csv)
            defer { try? handle.close() }
            var writer = CSVText { try handle.write(contentsOf: Data(buffer: $0)) }
            try writer.write(row: ["source", "code", "coder", "start", "end", "quote"])
            var count = 0
            try project.forEachFragment { fragment in
                let coding = fragment.coding
                try writer.write(row: [coding.sourceID, coding.code, coding.coder, String(coding.range.start), String(coding.range.end),
                                       fragment.quote])
                count += 1
            }
            try writer.finish()
            return count
        } }

        let figures: [(String, String, String)] = [
            ("transcripts", "\(transcripts)", ""), ("codings", "\(codings)", ""),
            ("export qdpx", String(format: "%.2f s", exportSeconds), "\(exported) codings, \(String(format: "%.1f", Measure.fileMB(qdpx.path))) MB"),
            ("import qdpx", String(format: "%.2f s", importSeconds), "\(imported) codings"),
        ] + phases.map { ($0.0, String(format: "%.2f s", $0.1), "") } + [
            ("export csv", String(format: "%.2f s", csvSeconds), "\(rows) rows, \(String(format: "%.1f", Measure.fileMB(csv.path))) MB"),
        ] + peaks.map { ("peak RSS " + $0.0, String(format: "%.0f MB", $0.1), "this step alone") }
        if json {
            let fields = [
                "\"transcripts\": \(transcripts)", "\"codings\": \(codings)",
                "\"exportQdpxSeconds\": \(exportSeconds)", "\"importQdpxSeconds\": \(importSeconds)", "\"exportCSVSeconds\": \(csvSeconds)",
                "\"qdpxMB\": \(Measure.fileMB(qdpx.path))", "\"scale\": \(scale)",
            ] + peaks.map { "\"peakRSSMB.\($0.0.replacingOccurrences(of: " ", with: "-"))\": \($0.1.isNaN ? 0 : $0.1)" }
            print("{" + fields.joined(separator: ", ") + "}")
        } else {
            for (name, value, note) in figures {
                print(name.padding(toLength: 24, withPad: " ", startingAt: 0) + value.padding(toLength: 10, withPad: " ", startingAt: 0) + note)
            }
        }
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("werkbank-bench: \(message)\n".utf8))
    }
}
