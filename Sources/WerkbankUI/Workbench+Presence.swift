import Foundation
import WerkbankStore

/// Presence: the workbench tells others where it is and shows where they are (decision 62).
extension Workbench {
    /// Announces this workbench beside the project and starts looking for others. Where the
    /// project's folder cannot be written, others are still shown.
    public func announcePresence() {
        watchesPresence = true
        presence = ProjectPresence.announce(currentPresence(), for: project.url)
        lookAround()
    }

    /// Withdraws the entry (also done when the workbench goes away).
    public func withdrawPresence() {
        presence?.withdraw()
        presence = nil
    }

    /// Where the workbench is now: the screen, and the case and source it belongs to.
    func currentPresence() -> PresenceEntry {
        var entry = PresenceEntry(coder: state.coder, screen: state.screen.rawValue, readOnly: state.readOnly,
                                  since: presence?.entry.since ?? Date())
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
