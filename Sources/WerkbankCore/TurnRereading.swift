/// The speaker turns of a corrected text, read again with the parser that imported it.
///
/// The speaker labels of the old text (`Jan:`) are paired with the speaker ids its stored turns
/// have (`S3`) by where the turns start; the new text's labels then take the same ids. A label
/// that is not one of the source's (nor one of its speaker ids, nor `I`/`Interviewer` for an
/// interviewer the source has) is refused, as importing refuses an unmapped label. When the
/// stored turns are not what the parser finds in the old text (a source from a REFI-QDA
/// project, turns made by hand), they are moved with the text instead (``Reanchoring``).
public struct TurnRereading: Sendable {
    /// The new turns, and whether they were read from the text (else moved).
    public var turns: [Turn]
    public var reread: Bool

    /// - Parameters:
    ///   - speakers: the speaker ids of the source (participants and interviewers).
    ///   - parse: the import's transcript parser of a text (labels as written).
    public init(oldText: String, oldTurns: [Turn], newText: String, speakers: Set<String>,
                parse: (String) -> TranscriptImport, anchors: Reanchoring) throws(CorrectionError) {
        let parsedOld = parse(oldText)
        let stored = Dictionary(oldTurns.map { ($0.range.start, $0.speaker) }, uniquingKeysWith: { first, _ in first })
        var ids: [String: String] = [:]
        var matched = 0
        for turn in parsedOld.turns {
            if let id = stored[turn.range.start] {
                ids[turn.speaker] = ids[turn.speaker] ?? id
                matched += 1
            }
        }
        let sameTurns = parsedOld.turns.count == oldTurns.count && matched == oldTurns.count
            && Set(parsedOld.turns.map(\.range)) == Set(oldTurns.map(\.range))
        guard sameTurns, !oldTurns.isEmpty else {
            turns = oldTurns.map { turn in
                let start = anchors.point(turn.range.start, isStart: true)
                return Turn(speaker: turn.speaker, range: ScalarRange(start: start, end: max(start, anchors.point(turn.range.end, isStart: false))))
            }
            reread = false
            return
        }
        let parsedNew = parse(newText)
        var result: [Turn] = []
        for turn in parsedNew.turns {
            let label = turn.speaker
            let id = ids[label] ?? (speakers.contains(label) ? label : nil)
                ?? (SpeakerMapping.meansInterviewer(label) ? speakers.first { SpeakerMapping.meansInterviewer($0) } : nil)
            guard let id else {
                let line = newText.unicodeScalars.prefix(turn.range.start).filter { $0 == "\n" }.count + 1
                throw .unknownSpeaker(label: label, line: line, known: ids.keys.sorted())
            }
            result.append(Turn(speaker: id, range: turn.range))
        }
        turns = result
        reread = true
    }
}

/// Why a corrected text cannot be taken.
public enum CorrectionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The new text has no text at all: a transcript is never emptied by a correction.
    case emptyText
    /// A speaker label in the new text that the source does not have.
    case unknownSpeaker(label: String, line: Int, known: [String])

    public var description: String {
        switch self {
        case .emptyText:
            "the corrected text is empty; a source is not emptied by a correction (remove its codings and undo its import instead)"
        case .unknownSpeaker(let label, let line, let known):
            "line \(line): speaker `\(label)` is not a speaker of this source"
                + (known.isEmpty ? "" : " (its speakers are written \(known.map { "`\($0)`" }.joined(separator: ", ")))")
        }
    }
}
