import Foundation
import WerkbankCore

/// A deterministic synthetic study: `transcripts` sources spread over the four cases, each of
/// about `words` words, and `codings` codings at valid scalar ranges inside turns.
struct SyntheticCorpus {
    var study: Study
    /// UTF-8 bytes of all source texts: the amount the import throughput is measured against.
    var textBytes: Int
    var wordCount: Int

    init(transcripts: Int, codings: Int, words: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let cases = SyntheticStudy.cases
        let participants = cases.map(SyntheticStudy.participants(of:))
        var generator = TranscriptGenerator(rng: SplitMix64(seed: rng.next()))
        var sources: [Source] = []
        sources.reserveCapacity(transcripts)
        var textBytes = 0
        var wordCount = 0
        for index in 0..<max(0, transcripts) {
            let number = index + 1
            let caseIndex = (number - 1) % cases.count
            let studyCase = cases[caseIndex]
            let focusGroup = rng.oneIn(3)
            let chosen = Self.choose(focusGroup ? rng.int(in: 2...4) : 1, from: participants[caseIndex], rng: &rng)
            let transcript = generator.transcript(targetWords: words, speakers: chosen.map(\.id))
            textBytes += transcript.text.utf8.count
            wordCount += transcript.wordCount
            let speakers = chosen.map(\.id).joined(separator: ", ")
            sources.append(Source(
                id: Self.sourceID(caseID: studyCase.id, number: number), caseID: studyCase.id,
                title: focusGroup ? "Focusgroep \(number) met \(speakers)" : "Interview \(number) met \(speakers)",
                kind: focusGroup ? .focusgroup : .interview,
                date: "2023-\(String(format: "%02d", rng.int(in: 1...12)))-\(String(format: "%02d", rng.int(in: 1...28)))",
                interviewers: ["I"], participants: chosen, text: transcript.text, turns: transcript.turns))
        }
        let codes = SyntheticStudy.codebook.codes.map(\.short)
        var codingList: [Coding] = []
        codingList.reserveCapacity(codings)
        for index in 0..<(sources.isEmpty ? 0 : codings) {
            let source = sources[rng.int(below: sources.count)]
            let turn = rng.pick(source.turns).range
            let start = turn.start + rng.int(below: max(1, turn.length - 1))
            let end = min(turn.end, start + rng.int(in: 10...400))
            codingList.append(Coding(
                id: UUID.stable(from: "bench|\(seed)|\(index)"), sourceID: source.id,
                range: ScalarRange(start: start, end: max(end, start + 1)),
                code: rng.pick(codes), coder: rng.pick(SyntheticStudy.coders).name))
        }
        study = Study(title: "Synthetische benchmarkstudie", roles: SyntheticStudy.roles, coders: SyntheticStudy.coders,
                      codebook: SyntheticStudy.codebook, cases: cases, sources: sources, codings: codingList,
                      attributes: [SyntheticStudy.betrokkenheid], attributeValues: SyntheticStudy.betrokkenheidValues(cases))
        self.textBytes = textBytes
        self.wordCount = wordCount
    }

    /// `jeugdzorg-t0001`: the case id and the transcript's number over the whole corpus.
    static func sourceID(caseID: String, number: Int) -> String {
        "\(caseID)-t\(String(format: "%04d", number))"
    }

    /// `count` distinct participants, in the order drawn.
    private static func choose(_ count: Int, from pool: [Participant], rng: inout SplitMix64) -> [Participant] {
        var remaining = pool
        var chosen: [Participant] = []
        while chosen.count < count, !remaining.isEmpty {
            chosen.append(remaining.remove(at: rng.int(below: remaining.count)))
        }
        return chosen
    }
}
