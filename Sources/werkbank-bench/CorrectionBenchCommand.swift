import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// Times correcting a long coded transcript (decision 58): the re-anchoring of every coding
/// (the character diff and the mapping, pure), and the whole step in the project (text,
/// turns read again, search index rebuilt, anchors, journal), and its undo.
struct CorrectionBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Time re-anchoring the codings of a corrected long transcript, and the correction and its undo in a project.",
        discussion: """
            A generated transcript of --words words, every turn coded and every fifth also on its first words, is \
            corrected by --edits random word edits (replaced, inserted, deleted) and one removed turn. The target \
            is 200 ms for re-anchoring a 51,000-word source in a release build.
            """)

    @Option(name: .long, help: "Words of the transcript.")
    var words = 51_000

    @Option(name: .long, help: "Random word edits of the correction.")
    var edits = 200

    @Option(name: .long, help: "Runs of each timing (the median is reported).")
    var runs = 5

    @Option(name: .long, help: "Seed of the transcript and the edits.")
    var seed: UInt64 = 11

    @Flag(name: .long, help: "Print one JSON object instead of the table.")
    var json = false

    func run() throws {
        guard words > 0, edits >= 0, runs > 0 else { throw ValidationError("the sizes and counts must be positive") }
        var rng = SplitMix64(seed: seed)
        var generator = TranscriptGenerator(rng: SplitMix64(seed: seed &+ 1))
        let transcript = generator.transcript(targetWords: words, speakers: ["S1"])
        let old = transcript.text
        var codings: [Coding] = []
        for (index, turn) in transcript.turns.enumerated() where !turn.range.isEmpty {
            codings.append(Coding(sourceID: "lang", range: turn.range, code: "LOS", coder: "bench"))
            if index % 5 == 0, let firstWords = Self.firstWords(4, of: turn.range, in: old) {
                codings.append(Coding(sourceID: "lang", range: firstWords, code: "GOC", coder: "bench"))
            }
        }
        let new = Self.corrected(old, turns: transcript.turns, edits: edits, rng: &rng)

        let (counts, reanchorMs) = Measure.medianMilliseconds(runs: runs) { () -> [AnchorStatus: Int] in
            let anchors = Reanchoring(old: old, new: new)
            var counts: [AnchorStatus: Int] = [:]
            for coding in codings { counts[anchors.map(coding.range).status, default: 0] += 1 }
            return counts
        }
        let diffMs = Measure.medianMilliseconds(runs: runs) { TextDiff(old: old, new: new).hunks.count }.ms

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-correct-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let study = Self.study(text: old, turns: transcript.turns, codings: codings)
        let project = try Project.create(at: folder.appendingPathComponent("correct.werkbank"), from: study)
        project.actingCoder = "bench"
        var storeTimes: [Double] = []
        var undoTimes: [Double] = []
        for _ in 0..<runs {
            storeTimes.append(try Measure.time { try project.correctSource("lang", to: new, parse: TranscriptReader.transcript(ofText:)) }.seconds * 1000)
            undoTimes.append(try Measure.time { try project.undo() }.seconds * 1000)
        }
        let wordCount = Source(id: "", caseID: "", title: "", kind: .interview, text: old).wordCount
        let (storeMs, undoMs) = (Measure.percentile(50, of: storeTimes), Measure.percentile(50, of: undoTimes))
        if json {
            let object: [String: Any] = [
                "words": wordCount, "codings": codings.count, "edits": edits, "moved": counts[.moved, default: 0],
                "changed": counts[.changed, default: 0], "needs_review": counts[.needsReview, default: 0],
                "unchanged": counts[.unchanged, default: 0], "diff_ms": diffMs, "reanchor_ms": reanchorMs,
                "correction_ms": storeMs, "undo_ms": undoMs,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let results: [(String, String)] = [
            ("words", "\(wordCount)"),
            ("codings", "\(codings.count)"),
            ("edits", "\(edits) + 1 turn removed"),
            ("moved / changed / needs review / unchanged",
             "\(counts[.moved, default: 0]) / \(counts[.changed, default: 0]) / \(counts[.needsReview, default: 0]) / \(counts[.unchanged, default: 0])"),
            ("diff ms", String(format: "%.1f", diffMs)),
            ("re-anchor ms (diff + every coding)", String(format: "%.1f", reanchorMs)),
            ("correction in the project ms", String(format: "%.1f", storeMs)),
            ("undo ms", String(format: "%.1f", undoMs)),
        ]
        for (name, value) in results { print("\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(value)") }
    }

    /// The range of the first `count` words of a turn.
    static func firstWords(_ count: Int, of range: ScalarRange, in text: String) -> ScalarRange? {
        guard let turn = text.scalars(in: range) else { return nil }
        var seen = 0, inWord = false, offset = 0
        for scalar in turn.unicodeScalars {
            let word = TextDiff.isWordScalar(scalar)
            if inWord, !word {
                seen += 1
                if seen == count { return ScalarRange(start: range.start, end: range.start + offset) }
            }
            inWord = word
            offset += 1
        }
        return nil
    }

    /// `edits` random word edits and the tenth turn (with its label) removed.
    static func corrected(_ text: String, turns: [Turn], edits: Int, rng: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        if turns.count > 10 {
            // From the end of the ninth turn to the end of the tenth: its blank line, label and text.
            scalars.removeSubrange(turns[8].range.end..<turns[9].range.end)
        }
        var starts: [Int] = []
        // Words after a space only: an edit of a speaker label at the start of a line would be refused.
        for index in scalars.indices.dropFirst() where TextDiff.isWordScalar(scalars[index]) && scalars[index - 1] == " " {
            starts.append(index)
        }
        let chosen = Set((0..<edits).map { _ in starts[rng.int(below: starts.count)] }).sorted(by: >)
        for start in chosen {
            var end = start
            while end < scalars.count, TextDiff.isWordScalar(scalars[end]) { end += 1 }
            let word = Array(rng.pick(TranscriptGenerator.words).unicodeScalars)
            switch rng.int(below: 3) {
            case 0: scalars.replaceSubrange(start..<end, with: word)
            case 1: scalars.insert(contentsOf: word + [" "], at: start)
            default: if end < scalars.count, scalars[end] == " " { scalars.removeSubrange(start..<end + 1) }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func study(text: String, turns: [Turn], codings: [Coding]) -> Study {
        let colour = RGBColour(red: 200, green: 0, blue: 0)
        let codebook = Codebook(groups: [CodeGroup(id: CodeGroup.elementsID, name: "Elementen", gloss: "", codes: [
            Code(short: "LOS", name: "Lerend", gloss: "", colour: colour, groupID: CodeGroup.elementsID),
            Code(short: "GOC", name: "Cultuur", gloss: "", colour: colour, groupID: CodeGroup.elementsID),
        ])])
        let roles = [Role(name: "Studenten", gloss: "students", speakerPrefix: "S")]
        let studyCase = Case(id: "zorg", number: 1, name: "Zorg", tableLabel: "Z", sector: "", institutions: [], description: "",
                             respondents: ["Studenten": .count(1)])
        let source = Source(id: "lang", caseID: "zorg", title: "Lang", kind: .interview, interviewers: ["I"],
                            participants: [Participant(id: "S1", role: "Studenten")], text: text, turns: turns)
        return Study(title: "Bench", roles: roles, coders: [Coder(name: "bench")], codebook: codebook, cases: [studyCase],
                     sources: [source], codings: codings)
    }
}
