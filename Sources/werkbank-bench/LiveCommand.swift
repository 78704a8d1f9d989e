import ArgumentParser
import Foundation
import TerminalKit
import WerkbankCore
import WerkbankExchange
import WerkbankStore
import WerkbankUI

/// Times the live view: another handle on the project file (as another process would) codes
/// a turn of the source open in the reader; the workbench's idle look (`PRAGMA data_version`,
/// journal rows, data read again) and the next frame are timed. In the running workbench the
/// loop's 250 ms read timeout comes on top: a remote change is on screen at most that later.
/// Then, with `--writers` other processes coding the same source all the while, a key that
/// codes (`1`) is timed from the press to the committed, finished frame.
struct LiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Time the live view: a remote coding to the finished frame, and the cost of an idle look.")

    @Option(name: .long, help: "Remote codings timed.")
    var changes = 100

    @Option(name: .long, help: "Idle looks timed while nothing changes.")
    var looks = 1_000

    @Option(name: .long, help: "Other processes (`werkbank-bench writer`) coding the same source while keys are timed.")
    var writers = 3

    @Option(name: .customLong("writer-delay-ms"), help: "Milliseconds each writer waits between its codings.")
    var writerDelayMS = 50

    @Option(name: .long, help: "Coding keys timed while the writers run.")
    var keys = 200

    @Flag(name: .long, help: "Print one JSON object instead of the table.")
    var json = false

    func run() throws {
        guard changes > 0, looks > 0, keys > 0, writers >= 0 else { throw ValidationError("the counts must be positive") }
        let study = try CaseFolderLoader(folder: try ScreensCommand.sampleCases()).load()
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-live-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let url = temporary.appendingPathComponent("live.werkbank")
        _ = try Project.create(at: url, from: study)
        let state = AppState(language: .en, readOnly: false, coder: "bench", projectName: "live.werkbank",
                             theme: .builtIn, colorProfile: .ansi256, width: 120, height: 40)
        let workbench = try Workbench(project: try Project.open(at: url), state: state)
        let other = try Project.open(at: url)
        // Cases → the first case → Sources → the first source, in the reader.
        workbench.press(.character("j"), .enter, .character("l"), .character("l"), .enter)
        guard let source = workbench.data.source, let turns = Optional(WorkbenchData.units(of: source)), !turns.isEmpty else {
            throw ValidationError("the sample cases opened no source in the reader")
        }
        _ = workbench.render()
        let code = study.codebook.elements.first?.short ?? "LOS"
        var idle: [Double] = []
        for _ in 0..<looks {
            idle.append(Measure.time { workbench.watch() }.seconds * 1000)
        }
        var toFrame: [Double] = []
        for index in 0..<changes {
            _ = try other.addCoding(source: source.id, range: turns[index % turns.count], code: code, coder: "Bram")
            let (changed, seconds) = Measure.time { () -> Bool in
                let changed = workbench.watch()
                _ = workbench.render()
                return changed
            }
            guard changed else { throw ValidationError("the workbench did not see remote coding \(index + 1)") }
            toFrame.append(seconds * 1000)
        }
        let busy = try BusyKeys(workbench: workbench, project: url, source: source.id, writers: writers, delayMS: writerDelayMS, keys: keys).run()
        let figures: [(String, Double)] = [
            ("idle_look_median_ms", Measure.percentile(50, of: idle)), ("idle_look_p99_ms", Measure.percentile(99, of: idle)),
            ("remote_to_frame_median_ms", Measure.percentile(50, of: toFrame)), ("remote_to_frame_p99_ms", Measure.percentile(99, of: toFrame)),
            ("key_to_frame_busy_median_ms", Measure.percentile(50, of: busy.keyTimes)),
            ("key_to_frame_busy_p99_ms", Measure.percentile(99, of: busy.keyTimes)),
            ("refresh_busy_median_ms", Measure.percentile(50, of: busy.refreshTimes)),
            ("refresh_busy_p99_ms", Measure.percentile(99, of: busy.refreshTimes)),
        ]
        if json {
            var object: [String: Any] = ["changes": changes, "looks": looks, "poll_interval_ms": 250, "writers": writers, "writer_delay_ms": writerDelayMS,
                                         "keys": keys, "writer_commits": busy.writerCommits]
            for (key, value) in figures { object[key] = value }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("live view: \(changes) remote codings, \(looks) idle looks; the loop looks every 250 ms; "
                  + "\(keys) coding keys while \(writers) writers committed \(busy.writerCommits) codings")
            for (key, value) in figures { print("  \(key.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%.3f", value))") }
        }
    }
}
