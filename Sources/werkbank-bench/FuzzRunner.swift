import Foundation
import TerminalKit
import TOMLGuard
import TOMLKit
import WerkbankCore
import WerkbankExchange
import WerkbankUI

/// What a reader made of one input.
enum FuzzOutcome {
    case refused
    case accepted
    /// Accepted (or refused) in a way that breaks the reader's own rules.
    case failed(String)
}

/// Runs inputs through one reader in this process and checks what it returns: every accepted
/// input's offsets inside its text, every refusal naming its file and a line inside it.
struct FuzzRunner {
    let reader: FuzzReader
    /// A scratch folder: the file an input is written to, or the case folder it is part of.
    let work: URL
    private let caseFiles: [FuzzSeed]

    init(reader: FuzzReader, cases: URL) throws {
        self.reader = reader
        work = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-fuzz-\(reader.rawValue)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        caseFiles = reader == .casefolder ? try FuzzCorpus.caseFolderFiles(cases) : []
        for file in caseFiles {
            let url = work.appendingPathComponent(file.name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
    }

    func removeWork() {
        try? FileManager.default.removeItem(at: work)
    }

    func run(_ seed: FuzzSeed, _ bytes: [UInt8]) -> FuzzOutcome {
        let data = Data(bytes)
        switch reader {
        case .toml: return toml(data)
        case .casefolder: return caseFolder(seed, data)
        case .transcript: return transcript(seed, data)
        case .refi: return refi(data)
        }
    }

    // MARK: Readers

    private func toml(_ data: Data) -> FuzzOutcome {
        let lines = data.count { $0 == 0x0A } + 1
        let url = work.appendingPathComponent("input.toml")
        guard (try? data.write(to: url)) != nil else { return .failed("cannot write \(url.path)") }
        // The config and theme readers go through the same entry; run them for their own code.
        do { _ = try ConfigFile.load(url) } catch {
            if let failure = Self.check(error.file == url.path ? error.line : -1, lines: lines, what: "config") { return failure }
        }
        do { _ = try ThemeLoader(searchPaths: [work], knownScopes: ThemeScopes.all).load(url.path) } catch {
            if error.file == url.path, let failure = Self.check(error.line, lines: lines, what: "theme") { return failure }
        }
        do {
            let table = try TOMLText.parse(TOMLText.decode(data))
            _ = Self.walk(table)
            return .accepted
        } catch {
            return Self.check(error.line, lines: lines, what: "TOMLText") ?? .refused
        }
    }

    private func caseFolder(_ seed: FuzzSeed, _ data: Data) -> FuzzOutcome {
        let url = work.appendingPathComponent(seed.name)
        guard (try? data.write(to: url)) != nil else { return .failed("cannot write \(url.path)") }
        defer { try? seed.data.write(to: url) }
        do {
            let study = try CaseFolderLoader(folder: work).load()
            if let problem = Self.offsetProblem(study.sources, study.codings) { return .failed(problem) }
            return .accepted
        } catch {
            var lineCounts: [String: Int] = [:]
            for problem in error.problems {
                guard let line = problem.line else { continue }
                let lines = lineCounts[problem.file] ?? {
                    let file = work.appendingPathComponent(problem.file)
                    return ((try? Data(contentsOf: file)) ?? data).reduce(into: 1) { if $1 == 0x0A { $0 += 1 } }
                }()
                lineCounts[problem.file] = lines
                if line < 1 || line > lines { return .failed("\(problem): line outside the file's \(lines) lines") }
            }
            return .refused
        }
    }

    private func transcript(_ seed: FuzzSeed, _ data: Data) -> FuzzOutcome {
        let format = TranscriptFormat(pathExtension: (seed.name as NSString).pathExtension) ?? .txt
        do {
            let result = try TranscriptReader.read(data, format: format, as: seed.name)
            let length = result.text.unicodeScalars.count
            for turn in result.turns where turn.range.start < 0 || turn.range.start > turn.range.end || turn.range.end > length {
                return .failed("turn \(turn.speaker) \(turn.range.start)..<\(turn.range.end) outside the text of \(length) scalars")
            }
            for turn in result.turns where !result.speakers.contains(turn.speaker) {
                return .failed("turn of \(turn.speaker), who is not among the speakers \(result.speakers)")
            }
            return .accepted
        } catch {
            return .refused
        }
    }

    private func refi(_ data: Data) -> FuzzOutcome {
        let url = work.appendingPathComponent("input.qdpx")
        guard (try? data.write(to: url)) != nil else { return .failed("cannot write \(url.path)") }
        do {
            let result = try RefiQDAReader.read(url)
            if let problem = Self.offsetProblem(result.study.sources, result.study.codings) { return .failed(problem) }
            return .accepted
        } catch {
            return .refused
        }
    }

    // MARK: Invariants

    /// A refusal's line must be inside the file (or unknown).
    static func check(_ line: Int?, lines: Int, what: String) -> FuzzOutcome? {
        guard let line else { return nil }
        if line == -1 { return .failed("\(what): the refusal does not name the file") }
        return line >= 1 && line <= lines ? nil : .failed("\(what): line \(line) outside the file's \(lines) lines")
    }

    /// Every coding and turn inside its source's text, every coding's source there.
    static func offsetProblem(_ sources: [Source], _ codings: [Coding]) -> String? {
        var lengths: [String: Int] = [:]
        for source in sources {
            let length = source.text.unicodeScalars.count
            lengths[source.id] = length
            for turn in source.turns where turn.range.start < 0 || turn.range.start > turn.range.end || turn.range.end > length {
                return "source \(source.id): turn \(turn.range.start)..<\(turn.range.end) outside its \(length) scalars"
            }
        }
        for coding in codings {
            guard let length = lengths[coding.sourceID] else { return "coding of unknown source \(coding.sourceID)" }
            if coding.range.start < 0 || coding.range.start > coding.range.end || coding.range.end > length {
                return "coding \(coding.range.start)..<\(coding.range.end) outside the \(length) scalars of \(coding.sourceID)"
            }
        }
        return nil
    }

    /// Visits every value of a parsed table (iterating is where TOMLKit could trap); the count.
    static func walk(_ value: any TOMLValueConvertible) -> Int {
        if let table = value.table { return table.reduce(1) { $0 + walk($1.1) } }
        if let array = value.array { return array.reduce(1) { $0 + walk($1) } }
        _ = value.string
        return 1
    }
}
