import Foundation
import TerminalKit
import WerkbankStore

/// What the workbench knows of others' commits: the project's `data_version` when last
/// looked, the journal row up to which changes were accounted for, and what others changed
/// since the screen was last read again.
struct LiveWatch {
    var version: Int?
    /// The rows the workbench's own connection had changed at the last look.
    var ownChanges = 0
    var mark: Int64 = 0
    /// Others' journal rows not yet reported.
    var changes: [JournalChange] = []
    /// Others committed since the data was last read: the next idle moment reads it again.
    var stale = false
}

/// The live view: another workbench or a CLI command commits, and this workbench shows it
/// at its next idle moment, keeping the user's place.
extension Workbench {
    /// Starts watching from what the project holds now.
    func startWatching() {
        let counters = try? project.changeCounters()
        live.version = counters?.dataVersion
        live.ownChanges = counters?.ownChanges ?? 0
        live.mark = (try? project.journalMark()) ?? 0
    }

    /// Looks whether others committed since the last look (a `PRAGMA data_version`); if so,
    /// takes their journal rows since the mark. Returns whether they did.
    @discardableResult
    func noteOthers() -> Bool {
        guard let version = (try? project.changeCounters())?.dataVersion, version != live.version else { return false }
        live.version = version
        let changes = (try? project.journalChanges(after: live.mark)) ?? []
        if let last = changes.last { live.mark = last.seq }
        live.changes += changes
        live.stale = true
        return true
    }

    /// After the workbench's own event: its own journal rows are passed over. When others
    /// committed since the last look (during the event), their rows cannot be told from ours
    /// (without a coder column), so they are passed over too and only reported as a change.
    func passOwnEdits() {
        guard live.version != nil, let counters = try? project.changeCounters() else { return }
        if counters.dataVersion != live.version {
            live.version = counters.dataVersion
            live.stale = true
        } else if counters.ownChanges == live.ownChanges {
            return  // No edit of its own (a move, a frame): the journal is not read.
        }
        live.ownChanges = counters.ownChanges
        live.mark = (try? project.journalMark()) ?? live.mark
    }

    /// What the loop does while no key comes: when others committed, the data is read again
    /// and the status line says what changed, unless a dialog, editor or picker is open (then
    /// it waits until it closes). Returns whether the screen changed.
    public func watch() -> Bool {
        noteOthers()
        guard live.stale, state.overlay == nil else { return false }
        run([.reload(forced: false)])
        return true
    }

    /// Reads what the screens show again and says what others changed; `forced` (Ctrl-L)
    /// says so even when nothing changed. The state (screen, selections, scroll, the reader's
    /// cursor) is not touched here; the reducer reads the open screen's tables again, and
    /// the selections of lists whose rows others can add or remove are then put back on the
    /// same items (``KeptSelections``).
    func reloadForOthers(forced: Bool) throws -> [EffectResult] {
        keptSelections = KeptSelections(state: state, data: data)
        noteOthers()
        let summary = LiveSummary(changes: live.changes, sourceID: data.source?.id, forced: forced)
        live.changes = []
        live.stale = false
        return try reloadAfterEdit(studyChanged: true) + [.reloaded(summary)]
    }
}
