import ArgumentParser
import Foundation
import TerminalKit
import WerkbankCore
import WerkbankExchange
import WerkbankStore
import WerkbankUI

/// Times the source reader as a user drives it, from the key press to the finished frame
/// (the frame rendered into the buffer, which the curses backend then copies): opening a long
/// source, coding a turn (committed, data reloaded, frame drawn), moving turn by turn
/// through a long transcript, and scrolling line by line in a turn too long for the view.
///
/// The study is the SampleCases folder with generated transcripts appended to one case, so
/// that the workbench opens them by the same keys a user presses.
struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "Time the source reader: open a long source, code a turn, move turn by turn, scroll a long turn by line.",
        discussion: """
            Generated transcripts (speaker turns I and M1) are appended to a case of the sample \
            cases and opened from Cases → the case → Sources. Every figure runs from the key \
            press to the finished frame at the given size, with the built-in theme.
            """)

    @Option(name: .long, help: ArgumentHelp("The case folder (default: the SampleCases folder above this binary).", valueName: "folder"))
    var cases: String?

    @Option(name: .customLong("case"), help: ArgumentHelp("The case the generated transcripts are added to.", valueName: "id"))
    var caseID = "revalidatie-1"

    @Option(name: .long, help: ArgumentHelp("The participant who answers in the generated transcripts.", valueName: "id"))
    var speaker = "M1"

    @Option(name: .long, help: "Words of the source that is opened.")
    var openWords = 50_000

    @Option(name: .long, help: "Words of the transcript that is scrolled.")
    var scrollWords = 20_000

    @Option(name: .long, help: "How often the long source is opened (cold each time).")
    var opens = 20

    @Option(name: .long, help: "Turns coded, in the long source and in a sample interview.")
    var codings = 200

    @Option(name: .long, help: "Presses of j (next turn) in the transcript.")
    var presses = 500

    @Option(name: .long, help: "Words of the one long turn scrolled line by line (j/k, Ctrl-E/Ctrl-Y).")
    var longTurnWords = 4_000

    @Option(name: .long, help: "Line scrolls timed, of j/k and of Ctrl-E/Ctrl-Y each.")
    var linePresses = 500

    @Option(name: .long, help: "Screen width.")
    var width = 200

    @Option(name: .long, help: "Screen height.")
    var height = 60

    @Option(name: .long, help: "Seed of the generated transcripts.")
    var seed: UInt64 = 7

    @Flag(name: .long, help: "Print one JSON object instead of the table.")
    var json = false

    static let openID = "bench-reader-open"
    static let scrollID = "bench-reader-scroll"
    static let smallID = "rev1-interview-manager"
    static let longTurnID = "bench-reader-long-turn"

    func run() throws {
        guard openWords > 0, scrollWords > 0, opens > 0, codings > 0, presses > 0, longTurnWords > 0, linePresses > 0 else {
            throw ValidationError("the sizes and counts must be positive")
        }
        let folder = try cases.map { URL(fileURLWithPath: $0) } ?? ScreensCommand.sampleCases()
        var study = try CaseFolderLoader(folder: folder).load()
        guard study.cases.contains(where: { $0.id == caseID }) else {
            throw ValidationError("no case '\(caseID)'; the cases are \(study.cases.map(\.id).joined(separator: ", "))")
        }
        guard let participant = study.sources(ofCase: caseID).lazy.flatMap(\.participants).first(where: { $0.id == speaker }) else {
            throw ValidationError("no participant '\(speaker)' in the sources of \(caseID)")
        }
        var generator = TranscriptGenerator(rng: SplitMix64(seed: seed))
        var results = ReaderResults(width: width, height: height, seed: seed)
        for (id, words, title) in [(Self.openID, openWords, "Lang interview (benchmark)"),
                                   (Self.scrollID, scrollWords, "Transcript om te scrollen (benchmark)")] {
            let transcript = generator.transcript(targetWords: words, speakers: [speaker])
            let source = Source(id: id, caseID: caseID, title: title, kind: .interview, date: "2024-01-01", interviewers: ["I"],
                                participants: [participant], text: transcript.text, turns: transcript.turns)
            study.sources.append(source)
            // Every third turn already coded, so that the gutter and the side panel have work.
            for (index, turn) in transcript.turns.enumerated() where index % 3 == 1 {
                let code = study.codebook.elements[index % study.codebook.elements.count].short
                study.codings.append(Coding(sourceID: id, range: turn.range, code: code, coder: index % 2 == 0 ? "Anouk" : "Bram"))
            }
            if id == Self.openID {
                results.openWords = source.wordCount
                results.openTurns = transcript.turns.count
            } else {
                results.scrollWords = source.wordCount
                results.scrollTurns = transcript.turns.count
            }
        }
        let long = generator.longTurn(turnWords: longTurnWords, speaker: speaker)
        study.sources.append(Source(id: Self.longTurnID, caseID: caseID, title: "Eén lange beurt (benchmark)", kind: .interview,
                                    date: "2024-01-01", interviewers: ["I"], participants: [participant], text: long.text, turns: long.turns))
        results.longTurnWords = long.text.scalars(in: long.turns[1].range)?.split(whereSeparator: \.isWhitespace).count ?? 0

        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let url = temporary.appendingPathComponent("reader.werkbank")
        _ = try Project.create(at: url, from: study)
        let project = try Project.open(at: url)
        let state = AppState(language: .en, readOnly: false, coder: "bench", projectName: "reader.werkbank",
                             theme: .builtIn, colorProfile: .ansi256, width: width, height: height)
        let workbench = try Workbench(project: project, state: state)
        _ = workbench.render()

        // Cases → the case → the Sources tab.
        guard let caseIndex = workbench.data.cases.firstIndex(where: { $0.id == caseID }) else { throw BenchFailure("case not loaded") }
        for _ in 0..<caseIndex { workbench.press(.down) }
        workbench.press(.enter, .tab, .tab)
        _ = workbench.render()
        let sourceIDs = (workbench.data.sourcesByCase[caseID] ?? []).map(\.id)
        guard let openRow = sourceIDs.firstIndex(of: Self.openID), let scrollRow = sourceIDs.firstIndex(of: Self.scrollID),
              let smallRow = sourceIDs.firstIndex(of: Self.smallID), let longTurnRow = sourceIDs.firstIndex(of: Self.longTurnID) else {
            throw BenchFailure("the generated sources are not on the Sources tab: \(sourceIDs)")
        }
        var row = 0
        /// Moves the Sources tab's selection to `target`, drawing each frame, untimed.
        func select(_ target: Int) {
            while row < target { workbench.press(.down); row += 1; _ = workbench.render() }
            while row > target { workbench.press(.up); row -= 1; _ = workbench.render() }
        }
        func checkOpen(_ id: String) throws {
            guard workbench.state.screen == .source, workbench.data.source?.id == id else {
                throw BenchFailure("expected the reader on \(id), found \(workbench.state.screen) on \(workbench.data.source?.id ?? "nothing")")
            }
        }

        // (a) Enter on the long source to its first frame. Between runs another long source is
        // opened, so that every run lays the text out afresh, as the first open does.
        var openTimes: [Double] = []
        for _ in 0..<opens {
            select(openRow)
            let (frame, seconds) = Measure.time { () -> ScreenBuffer in
                workbench.press(.enter)
                return workbench.render()
            }
            openTimes.append(seconds * 1000)
            try checkOpen(Self.openID)
            if openTimes.count == 1, !frame.text.contains("Lang interview (benchmark)") {
                throw BenchFailure("the first frame does not show the source's title")
            }
            workbench.press(.escape)
            select(scrollRow)
            workbench.press(.enter)
            _ = workbench.render()
            try checkOpen(Self.scrollID)
            workbench.press(.escape)
        }
        results.openFirstMS = openTimes[0]
        results.openMedianMS = Measure.percentile(50, of: openTimes)
        results.openMaxMS = openTimes.max() ?? .nan
        results.opens = opens

        // (b) `1` on a turn: committed, the data reloaded, the frame drawn; then `j`, untimed.
        func codeTurns(in id: String, row target: Int) throws -> [Double] {
            select(target)
            workbench.press(.enter)
            _ = workbench.render()
            try checkOpen(id)
            let before = try project.codings(inSource: id).count
            var times: [Double] = []
            for index in 0..<codings {
                let code = index % 6 + 1
                let (_, seconds) = Measure.time { () -> ScreenBuffer in
                    workbench.press(.character(Character(String(code))))
                    return workbench.render()
                }
                times.append(seconds * 1000)
                guard workbench.state.message?.text.hasPrefix("Coded ") == true else {
                    throw BenchFailure("coding failed: \(workbench.state.message?.text ?? "no message")")
                }
                // The next turn; from the last, back to the first.
                let last = workbench.state.list(.units).selected >= workbench.data.sourceUnits.count - 1
                workbench.press(.character(last ? "g" : "j"))
                _ = workbench.render()
            }
            let stored = try project.codings(inSource: id).count - before
            guard stored == codings else { throw BenchFailure("\(stored) of \(codings) codings stored in \(id)") }
            workbench.press(.escape)
            return times
        }
        let longTimes = try codeTurns(in: Self.openID, row: openRow)
        // What the codings left in the write-ahead log goes into the file when the user is idle.
        results.idleCheckpointMS = Measure.time { workbench.idle() }.1 * 1000
        results.codeLongMedianMS = Measure.percentile(50, of: longTimes)
        results.codeLongP99MS = Measure.percentile(99, of: longTimes)
        let smallSource = try project.source(Self.smallID)
        results.smallWords = smallSource.wordCount
        results.smallTurns = smallSource.turns.count
        let smallTimes = try codeTurns(in: Self.smallID, row: smallRow)
        results.codeSmallMedianMS = Measure.percentile(50, of: smallTimes)
        results.codeSmallP99MS = Measure.percentile(99, of: smallTimes)
        results.codings = codings

        // (c) `j` to the next turn, to the finished frame.
        select(scrollRow)
        workbench.press(.enter)
        _ = workbench.render()
        try checkOpen(Self.scrollID)
        var scrollTimes: [Double] = []
        var wrapped = 0
        for _ in 0..<presses {
            if workbench.state.list(.units).selected >= workbench.data.sourceUnits.count - 1 {
                workbench.press(.character("g"))
                _ = workbench.render()
                wrapped += 1
            }
            let before = workbench.state.list(.units).selected
            let (_, seconds) = Measure.time { () -> ScreenBuffer in
                workbench.press(.character("j"))
                return workbench.render()
            }
            scrollTimes.append(seconds * 1000)
            guard workbench.state.list(.units).selected == before + 1 else { throw BenchFailure("j did not move to the next turn") }
        }
        results.scrollMedianMS = Measure.percentile(50, of: scrollTimes)
        results.scrollP99MS = Measure.percentile(99, of: scrollTimes)
        results.presses = presses
        results.scrollRestarts = wrapped
        workbench.press(.escape)

        // (d) Line scrolling in the long turn: j/k inside it, Ctrl-E/Ctrl-Y.
        select(longTurnRow)
        workbench.press(.enter)
        _ = workbench.render()
        try checkOpen(Self.longTurnID)
        let lines = try LineScrollTimes.measure(workbench, presses: linePresses)
        results.linePresses = linePresses
        results.longTurnRows = lines.turnRows
        results.viewRows = lines.viewRows
        results.lineJKMedianMS = Measure.percentile(50, of: lines.jk)
        results.lineJKP99MS = Measure.percentile(99, of: lines.jk)
        results.lineCtrlMedianMS = Measure.percentile(50, of: lines.ctrl)
        results.lineCtrlP99MS = Measure.percentile(99, of: lines.ctrl)
        workbench.press(.escape)

        // The parts of those figures, each timed alone, to read them by. Last, as committing
        // adds codings.
        let parts = max(20, opens)
        results.partReadSourceMS = try Measure.medianMilliseconds(runs: parts) { try project.source(Self.openID) }.ms
        results.partReadCodingsMS = try Measure.medianMilliseconds(runs: parts) { try project.codings(inSource: Self.openID) }.ms
        results.partReloadDataMS = try Measure.medianMilliseconds(runs: parts) { try WorkbenchData.load(from: project) }.ms
        let turn = try project.turns(ofSource: Self.openID)[0].range
        var commits: [Double] = []
        for _ in 0..<parts {
            commits.append(try Measure.time { try project.addCoding(source: Self.openID, range: turn, code: "VOR", coder: "bench-parts") }
                .seconds * 1000)
        }
        results.partCommitMS = Measure.percentile(50, of: commits)
        select(openRow)
        workbench.press(.enter)
        _ = workbench.render()
        try checkOpen(Self.openID)
        results.partFrameCachedMS = Measure.medianMilliseconds(runs: parts) { workbench.render() }.ms
        // One column narrower or wider each time: the text is wrapped again for every frame.
        var narrower = false
        results.partFrameWrappedMS = Measure.medianMilliseconds(runs: parts) { () -> ScreenBuffer in
            narrower.toggle()
            workbench.handle(.resize(width: width - (narrower ? 1 : 0), height: height))
            return workbench.render()
        }.ms
        results.parts = parts

        results.peakRSSMB = Measure.peakResidentMB() ?? .nan
        results.integrity = try project.integrityCheck()

        print(json ? results.json : results.table)
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The figures of `werkbank-bench reader`, as a table with the targets or one JSON object.
struct ReaderResults {
    var width: Int
    var height: Int
    var seed: UInt64
    var openWords = 0
    var openTurns = 0
    var scrollWords = 0
    var scrollTurns = 0
    var smallWords = 0
    var smallTurns = 0
    var opens = 0
    var openFirstMS = 0.0
    var openMedianMS = 0.0
    var openMaxMS = 0.0
    var codings = 0
    var codeLongMedianMS = 0.0
    var codeLongP99MS = 0.0
    var idleCheckpointMS = 0.0
    var codeSmallMedianMS = 0.0
    var codeSmallP99MS = 0.0
    var presses = 0
    var scrollRestarts = 0
    var scrollMedianMS = 0.0
    var scrollP99MS = 0.0
    var longTurnWords = 0
    var longTurnRows = 0
    var viewRows = 0
    var linePresses = 0
    var lineJKMedianMS = 0.0
    var lineJKP99MS = 0.0
    var lineCtrlMedianMS = 0.0
    var lineCtrlP99MS = 0.0
    var parts = 0
    var partReadSourceMS = 0.0
    var partReadCodingsMS = 0.0
    var partReloadDataMS = 0.0
    var partCommitMS = 0.0
    var partFrameCachedMS = 0.0
    var partFrameWrappedMS = 0.0
    var peakRSSMB = 0.0
    var integrity = ""

    private struct Row {
        var metric: String
        var value: Double
        var target: Double? = nil
    }

    private var rows: [Row] {
        [
            Row(metric: "open \(openWords)-word source, first", value: openFirstMS, target: 50),
            Row(metric: "open \(openWords)-word source, median of \(opens)", value: openMedianMS, target: 50),
            Row(metric: "open \(openWords)-word source, max of \(opens)", value: openMaxMS, target: 50),
            Row(metric: "code a turn (\(openWords) words), median of \(codings)", value: codeLongMedianMS, target: 5),
            Row(metric: "code a turn (\(openWords) words), p99", value: codeLongP99MS, target: 5),
            Row(metric: "code a turn (\(smallWords) words), median of \(codings)", value: codeSmallMedianMS, target: 5),
            Row(metric: "code a turn (\(smallWords) words), p99", value: codeSmallP99MS, target: 5),
            Row(metric: "j next turn (\(scrollWords) words), median of \(presses)", value: scrollMedianMS, target: 5),
            Row(metric: "j next turn (\(scrollWords) words), p99", value: scrollP99MS, target: 5),
            Row(metric: "j/k a line in a \(longTurnWords)-word turn, median of \(linePresses)", value: lineJKMedianMS, target: 5),
            Row(metric: "j/k a line in a \(longTurnWords)-word turn, p99", value: lineJKP99MS, target: 5),
            Row(metric: "Ctrl-E/Ctrl-Y a line, median of \(linePresses)", value: lineCtrlMedianMS, target: 5),
            Row(metric: "Ctrl-E/Ctrl-Y a line, p99", value: lineCtrlP99MS, target: 5),
        ]
    }

    /// The parts, without targets: medians of `parts` runs on the long source.
    private var partRows: [Row] {
        [
            Row(metric: "read the source (text, turns)", value: partReadSourceMS),
            Row(metric: "read the source's codings", value: partReadCodingsMS),
            Row(metric: "reload the workbench data", value: partReloadDataMS),
            Row(metric: "commit a coding", value: partCommitMS),
            Row(metric: "idle checkpoint after the codings (off the key path)", value: idleCheckpointMS),
            Row(metric: "frame, layout cached", value: partFrameCachedMS),
            Row(metric: "frame, text wrapped afresh", value: partFrameWrappedMS),
        ]
    }

    var table: String {
        var lines = ["werkbank-bench reader: \(width)×\(height), key press to finished frame, built-in theme",
                     "sources: open \(openWords) words / \(openTurns) turns; scroll \(scrollWords) words / \(scrollTurns) turns; "
                         + "sample interview \(smallWords) words / \(smallTurns) turns; "
                         + "long turn \(longTurnWords) words / \(longTurnRows) rows in a view of \(viewRows)", ""]
        let metricWidth = (rows + partRows).map(\.metric.count).max()! + 2
        func line(_ row: Row) -> String {
            let target = row.target.map { String(format: "≤ %.0f", $0) } ?? ""
            let met = row.target.map { row.value <= $0 ? "yes" : "NO" } ?? ""
            let text = DisplayWidth.pad(row.metric, to: metricWidth) + String(format: "%8.2f ms", row.value) + "  "
                + DisplayWidth.pad(target, to: 6) + "  " + met
            return text.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
        lines.append(DisplayWidth.pad("metric", to: metricWidth) + "      value  target  met")
        lines.append(String(repeating: "─", count: metricWidth + 25))
        lines += rows.map(line)
        lines.append("")
        lines.append("parts (\(openWords)-word source, median of \(parts)):")
        lines += partRows.map(line)
        lines.append("")
        lines.append("peak RSS \(BenchResults.fixed(peakRSSMB, 1)) MB · integrity \(integrity)")
        return lines.joined(separator: "\n")
    }

    var json: String {
        let f = { (value: Double) in BenchResults.fixed(value, 3) }
        let fields: [(String, String)] = [
            ("width", "\(width)"), ("height", "\(height)"), ("seed", "\(seed)"),
            ("open_words", "\(openWords)"), ("open_turns", "\(openTurns)"), ("scroll_words", "\(scrollWords)"),
            ("scroll_turns", "\(scrollTurns)"), ("small_words", "\(smallWords)"), ("small_turns", "\(smallTurns)"),
            ("opens", "\(opens)"), ("open_first_ms", f(openFirstMS)), ("open_median_ms", f(openMedianMS)),
            ("open_max_ms", f(openMaxMS)), ("codings", "\(codings)"), ("code_long_median_ms", f(codeLongMedianMS)),
            ("code_long_p99_ms", f(codeLongP99MS)), ("code_small_median_ms", f(codeSmallMedianMS)),
            ("code_small_p99_ms", f(codeSmallP99MS)), ("presses", "\(presses)"), ("scroll_restarts", "\(scrollRestarts)"),
            ("scroll_median_ms", f(scrollMedianMS)), ("scroll_p99_ms", f(scrollP99MS)),
            ("long_turn_words", "\(longTurnWords)"), ("long_turn_rows", "\(longTurnRows)"), ("view_rows", "\(viewRows)"),
            ("line_presses", "\(linePresses)"), ("line_jk_median_ms", f(lineJKMedianMS)), ("line_jk_p99_ms", f(lineJKP99MS)),
            ("line_ctrl_median_ms", f(lineCtrlMedianMS)), ("line_ctrl_p99_ms", f(lineCtrlP99MS)), ("parts", "\(parts)"),
            ("part_read_source_ms", f(partReadSourceMS)), ("part_read_codings_ms", f(partReadCodingsMS)),
            ("part_reload_data_ms", f(partReloadDataMS)), ("part_commit_ms", f(partCommitMS)),
            ("part_frame_cached_ms", f(partFrameCachedMS)), ("part_frame_wrapped_ms", f(partFrameWrappedMS)),
            ("peak_rss_mb", f(peakRSSMB)),
            ("integrity", BenchResults.jsonString(integrity)),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}
