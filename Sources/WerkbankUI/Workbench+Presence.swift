import Foundation
import WerkbankStore

/// Presence: the workbench tells others where it is and shows where they are (decision 62).
extension Workbench {
    /// Announces this workbench beside the project and starts looking for others. Where the
    /// project's folder cannot be written, others are still shown.
    public func announcePresence() {
        watchesPresence = true
        let entry = PresenceEntry(coder: state.coder, screen: state.screen.rawValue, readOnly: state.readOnly)
        presence = ProjectPresence.announce(placed(entry), for: project.url)
        lookAround()
    }

    /// After an event: the entry is written again where the workbench moved to another screen,
    /// case or source. The host, pid and start stay those of the announcement (the host name
    /// is looked up once, not on every key).
    func movePresence() {
        guard let presence else { return }
        presence.update(placed(presence.entry))
    }

    /// Withdraws the entry (also done when the workbench goes away).
    public func withdrawPresence() {
        presence?.withdraw()
        presence = nil
    }

    /// `entry` placed where the workbench is now: the screen, and the case and source it
    /// belongs to.
    func placed(_ entry: PresenceEntry) -> PresenceEntry {
        var entry = entry
        entry.screen = state.screen.rawValue
        entry.readOnly = state.readOnly
        (entry.caseID, entry.caseName, entry.sourceID, entry.sourceTitle) = (nil, nil, nil, nil)
        if state.screen == .source, let source = data.source {
            entry.sourceID = source.id
            entry.sourceTitle = source.title
            entry.caseID = source.caseID
            entry.caseName = data.cases.first { $0.id == source.caseID }?.name
        } else if state.screen == .studyCase, data.cases.indices.contains(state.caseIndex) {
            entry.caseID = data.cases[state.caseIndex].id
            entry.caseName = data.cases[state.caseIndex].name
        }
        return entry
    }

    /// Reads who else has the project open; returns whether that changed what is shown.
    @discardableResult
    func lookAround() -> Bool {
        guard watchesPresence else { return false }
        let others = presence?.others() ?? ProjectPresence.entries(for: project.url)
        guard others != state.others else { return false }
        state.others = others
        return true
    }
}
