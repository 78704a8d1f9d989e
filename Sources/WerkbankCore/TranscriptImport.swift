/// A transcript read from an outside file: its text, its speaker turns and the speaker labels.
///
/// Turn speakers are the labels as written in the file (`Jan`, `I`, `S1`); the importer maps
/// them to participant ids (``SpeakerMapping``, ``source(id:title:caseID:kind:date:mappings:roles:)``).
/// Offsets count Unicode scalars of `text`, end exclusive.
///
/// `TranscriptReader` (WerkbankExchange) makes these from files; the value itself is pure, so
/// the command line and the workbench share the preview and the mapping.
public struct TranscriptImport: Hashable, Sendable {
    public var text: String
    public var turns: [Turn]
    /// The speaker labels in order of first appearance.
    public var speakers: [String]

    public init(text: String, turns: [Turn], speakers: [String]) {
        self.text = text
        self.turns = turns
        self.speakers = speakers
    }

    /// The number of turns of each label.
    public func turnCount(of label: String) -> Int {
        turns.count { $0.speaker == label }
    }

    /// The first words of a label's first turn, on one line: at most `words` words, followed by
    /// `…` when the turn goes on. Empty for a label without turns.
    public func firstWords(of label: String, words: Int = 8) -> String {
        guard let turn = turns.first(where: { $0.speaker == label }) else { return "" }
        let spoken = text.scalars(in: turn.range) ?? ""
        let all = spoken.split(whereSeparator: { $0.isWhitespace })
        let shown = all.prefix(max(0, words)).joined(separator: " ")
        return all.count > words ? shown + " …" : shown
    }
}
