import ArgumentParser
import Foundation
import TerminalKit
import WerkbankCore
import WerkbankExchange
import WerkbankStore
import WerkbankUI

/// Times the workbench's frames: from opening a project to the first frame, and one frame of
/// every screen, rendered into the buffer (what the curses backend then copies).
struct ScreensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screens",
        abstract: "Time opening the sample project to the first frame, and one frame of each screen.")

    @Option(name: .long, help: ArgumentHelp("The case folder (default: the SampleCases folder above this binary).", valueName: "folder"))
    var cases: String?

    @Option(name: .long, help: "Screen width.")
    var width = 200

    @Option(name: .long, help: "Screen height.")
    var height = 60

    @Option(name: .long, help: "Frames per screen.")
    var frames = 200

    @Flag(name: .long, help: "Print one JSON object instead of the table.")
    var json = false

    @Option(name: .long, help: "Coding memos added to the sample project, for the Memos screen (copies of its codings, each with a memo).")
    var memos = 0

    func run() throws {
        let processStart = Self.secondsSinceProcessStart()
        let folder = try cases.map { URL(fileURLWithPath: $0) } ?? Self.sampleCases()
        var study = try CaseFolderLoader(folder: folder).load()
        study.codings += Self.memoCodings(memos, like: study.codings)
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-screens-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let url = temporary.appendingPathComponent("sample.werkbank")
        _ = try Project.create(at: url, from: study)

        let (workbench, openSeconds) = try Measure.time { () throws -> Workbench in
            let project = try Project.open(at: url)
            let state = AppState(language: .en, readOnly: false, coder: "bench", projectName: "sample.werkbank",
                                 theme: .builtIn, colorProfile: .ansi256, width: width, height: height)
            let workbench = try Workbench(project: project, state: state)
            _ = workbench.render()
            return workbench
        }
        var results: [(String, Double)] = [("open project to first frame", openSeconds * 1000),
                                           ("process start to main", processStart * 1000)]
        let script: [(String, [Key])] = [
            ("Cases", []), ("Case: overview", [.down, .enter]), ("Case: respondents", [.tab]), ("Case: sources", [.tab]),
            ("Case: findings", [.tab]), ("Respondents", [.character("3")]), ("Model", [.character("4")]), ("Help", [.character("?")]),
            ("Memos", [.escape, .character("M")]), ("Memos: one author", [.character("a")]),
            ("Memos: one author, a word", [.character(":")] + "memos samenwerking".map { .character($0) } + [.enter]),
        ]
        for (name, keys) in script {
            keys.forEach { workbench.press($0) }
            let (_, ms) = Measure.medianMilliseconds(runs: frames) { workbench.render() }
            results.append(("frame: \(name)", ms))
        }
        if json {
            let fields = results.map { "\"\($0.0)\": \(String(format: "%.3f", $0.1))" }
            print("{\"width\": \(width), \"height\": \(height), " + fields.joined(separator: ", ") + "}")
        } else {
            print("werkbank-bench screens: \(width)×\(height), median of \(frames) frames, milliseconds")
            for (name, ms) in results {
                print(DisplayWidth.pad(name, to: 32) + String(format: "%8.3f ms", ms))
            }
        }
    }

    /// `count` codings like `codings` (on the same stretches, by turns), each with a memo of a
    /// few sentences by one of three authors.
    static func memoCodings(_ count: Int, like codings: [Coding]) -> [Coding] {
        guard !codings.isEmpty else { return [] }
        let coders = ["Anouk", "Bram", "Chris"]
        return (0..<count).map { index in
            let model = codings[index % codings.count]
            return Coding(sourceID: model.sourceID, range: model.range, code: model.code, coder: coders[index % coders.count],
                          memo: "Memo \(index): de samenwerking tussen cliënten, studenten en docenten krijgt hier vorm; "
                              + "de coördinator bewaakt de leeromgeving en de visie op \(model.code) in deze casus.")
        }
    }

    /// The SampleCases folder in one of the folders above the binary (a checkout's `.build`).
    static func sampleCases() throws -> URL {
        var folder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() ?? URL(fileURLWithPath: ".")
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("SampleCases")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("study.toml").path) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw ValidationError("cannot find SampleCases above the binary; pass --cases FOLDER")
    }

    /// How long ago the process started: from `/proc/self/stat` (start time in clock ticks
    /// after boot) and the uptime, so that loading the binary counts too.
    static func secondsSinceProcessStart() -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
              let afterName = stat.range(of: ")")?.upperBound else { return .nan }
        let fields = stat[afterName...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]), let now = Double(uptime.split(separator: " ")[0]) else { return .nan }
        return now - ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
