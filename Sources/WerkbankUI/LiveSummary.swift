import WerkbankStore

/// What others changed since the screen was last read, from their journal rows, in words for
/// the status line: "Bram coded 3 fragments in this source", "3 changes by others".
public struct LiveSummary: Sendable, Equatable {
    public var changes: [JournalChange]
    /// The source open in the reader, if any ("in this source").
    public var sourceID: String?
    /// Asked for (Ctrl-L): says so even when nobody changed anything.
    public var forced: Bool

    public init(changes: [JournalChange], sourceID: String?, forced: Bool) {
        self.changes = changes
        self.sourceID = sourceID
        self.forced = forced
    }

    /// The message, or `nil` when there is nothing to say.
    public func text(_ language: Language) -> String? {
        guard !changes.isEmpty else {
            // Another coder's undo changes the project without a new journal row.
            return (forced ? Text.liveReloaded : Text.liveChangedElsewhere).string(language)
        }
        let coders = Set(changes.map { $0.coder ?? "" })
        let coder = coders.count == 1 ? changes[0].coder : nil
        let kinds = Set(changes.map(\.kind))
        let count = changes.count
        if let coder, kinds == [.coded] || kinds == [.uncoded] {
            let coded = kinds == [.coded]
            let sentence = count == 1
                ? (coded ? Text.liveCodedOne : .liveUncodedOne).string(language, coder)
                : (coded ? Text.liveCoded : .liveUncoded).string(language, coder, "\(count)")
            let here = sourceID != nil && changes.allSatisfy { $0.sourceID == sourceID }
            return sentence + (here ? Text.liveInThisSource.string(language) : "")
        }
        let who = coder ?? Text.liveOthers.string(language)
        return count == 1 ? Text.liveChangeOne.string(language, who) : Text.liveChanges.string(language, "\(count)", who)
    }
}
