import WerkbankCore

extension AppState {
    /// What is read again after others' commits: what an own edit reads again, and the
    /// Disagreements and Analysis screens' tables, which an own edit elsewhere cannot change
    /// but another coder's can.
    func liveRefreshEffects(data: WorkbenchData) -> [Effect] {
        var effects = refreshEffects(data: data)
        let onDisagreements = screen == .disagreements || history.contains(.disagreements)
        if onDisagreements, disagreements.coders.count == 2 {
            effects.removeAll { if case .loadDecisions = $0 { true } else { false } }
            effects.append(.loadDisagreements(coderA: disagreements.coders[0], coderB: disagreements.coders[1],
                                              consensus: disagreements.consensus))
        }
        if data.agreementTable != nil || data.coOccurrenceTable != nil, disagreements.coders.count == 2 {
            effects.append(.loadAnalysis(coders: disagreements.coders, unit: analysis.unit, mode: analysis.mode))
        }
        return effects
    }
}
