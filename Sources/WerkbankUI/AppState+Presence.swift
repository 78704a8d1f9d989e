import TerminalKit
import WerkbankStore

/// Who else has the project open, as the status bar and the Cases screen say it.
extension AppState {
    /// The coders of the other workbenches, once each in the order they came, those reading
    /// the same source as this one first.
    func otherCoders(reading source: String?) -> [(name: String, here: Bool)] {
        let mySource = screen == .source ? source : nil
        var seen: [String: Bool] = [:]
        var order: [String] = []
        for entry in others {
            let here = mySource != nil && entry.sourceID == mySource
            if seen[entry.coder] == nil { order.append(entry.coder) }
            seen[entry.coder] = (seen[entry.coder] ?? false) || here
        }
        return order.map { ($0, seen[$0] ?? false) }.sorted { $0.here && !$1.here }
    }

    /// `also open: Bram (here), Carla` for the status bar, fitted into `room` columns: names
    /// are cut from the end with `+N`, then the words before them go (`+Bram (here)`), and
    /// where even one name does not fit only `+N` remains.
    func presenceSummary(room: Int, reading source: String?) -> String? {
        let coders = otherCoders(reading: source)
        guard !coders.isEmpty else { return nil }
        let names = coders.map { $0.here ? Text.presenceHere.string(language, $0.name) : $0.name }
        for shown in stride(from: names.count, through: 1, by: -1) {
            var list = names.prefix(shown).joined(separator: ", ")
            if shown < names.count { list += " +\(names.count - shown)" }
            let line = Text.presenceAlsoOpen.string(language, list)
            if DisplayWidth.of(line) <= room { return line }
        }
        for shown in stride(from: names.count, through: 1, by: -1) {
            let line = "+" + names.prefix(shown).joined(separator: ", ") + (shown < names.count ? " +\(names.count - shown)" : "")
            if DisplayWidth.of(line) <= room { return line }
        }
        return "+\(names.count)"
    }

    /// The other workbenches in a case, for its row on the Cases screen: `Bram, Carla`.
    func coders(inCase caseID: String) -> String {
        var names: [String] = []
        for entry in others where entry.caseID == caseID && !names.contains(entry.coder) { names.append(entry.coder) }
        return names.joined(separator: ", ")
    }
}
