import Foundation
import TerminalKit
import WerkbankCore
import WerkbankStore

/// What running an effect came to, fed back to the reducer (``AppState/reduce(result:data:)``):
/// the runner reads and writes the project and the data the screens show; every change of the
/// interface's state that follows (a message, a screen, a selection) is the reducer's.
public enum EffectResult: Sendable {
    /// An edit was committed; what is on screen is read again.
    case edited
    /// A coding was added and taken into the data.
    case coded(code: String)
    /// A coding was changed (its code or its range).
    case changed(Coding)
    /// A coding was removed (committed; `u` brings it back).
    case removed(Coding)
    case memoSaved
    /// An attribute was set (or, with no value, unset) and committed.
    case attributeChanged(name: String, target: AttributeTarget, value: String?)
    /// A free memo was written, changed or deleted (`written`: the one to put the cursor on),
    /// or refused (an error message).
    case freeMemoEdited(Text, written: UUID?, isError: Bool)
    case undone(String)
    /// The project was read again after others' commits (or Ctrl-L): what they changed.
    case reloaded(LiveSummary)
    case redone(String)
    case nothingToUndo
    case nothingToRedo
    /// The coder's edit was changed since by someone else: asked what to do.
    case undoBlocked(UndoConflict)
    case skipped(String)
    /// A disagreement was decided for the consensus coder.
    case resolved(consensus: String)
    /// A sub-code was added; with `then`, what it was made for is done with it.
    case subcodeAdded(code: String, then: SubcodeUse?)
    /// The source in the reader is no longer in the project (its import was undone).
    case sourceClosed
    /// A source was read for the reader, to open with `selecting` selected.
    case sourceOpened(selecting: ScalarRange)
    /// A transcript file was read for the import dialog.
    case transcriptRead(ReadTranscript, fileName: String, request: ImportRequest)
    /// The completions of a path typed after `:import`.
    case pathCompletions(typed: String, candidates: [String])
    case importUnavailable
    case importFailed(String)
    case alreadyImported(fileName: String, existing: String)
    /// A source was imported (committed and journaled).
    case imported(Source, fileName: String)
    case themeLoaded(Theme)
    case themeFailed(String)
    /// A change of the synthesis was committed: the finding written or changed, and how many
    /// links it has after a link.
    case synthesisEdited(SynthesisEdit, finding: UUID?, evidence: Int)
    /// A finding was left empty in the editor: nothing was written.
    case findingEmpty
    /// Hits of a search were coded (one committed, undoable step).
    case autocoded(AutocodeSummary)
    /// A source's text was corrected (`summary`: what became of its codings), or left as it was.
    case corrected(summary: String)
    case textUnchanged
    /// Reading or writing the project failed; the error in words.
    /// The Fragments screen's list is whole and quoted: the search can run.
    case fragmentsQuoted(then: FindRequest)
    case failed(String)
}
