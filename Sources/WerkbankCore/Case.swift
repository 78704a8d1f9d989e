import Foundation

/// One case of the multiple case study: a professional workplace.
///
/// The published material names each case twice: on the characteristics slide (`name`,
/// e.g. *Revalidatie 1*) and in the respondent table (`tableLabel`, e.g. *Zorg 1*).
public struct Case: Hashable, Sendable, Identifiable {
    /// The folder name, a stable identifier (`revalidatie-1`).
    public var id: String
    /// Order in the study, from 1.
    public var number: Int
    public var name: String
    public var tableLabel: String
    public var sector: String
    public var institutions: [String]
    public var description: String
    /// Respondents per role name.
    public var respondents: [String: RespondentCount]
    public var footnotes: [Footnote]

    public init(
        id: String, number: Int, name: String, tableLabel: String, sector: String,
        institutions: [String], description: String,
        respondents: [String: RespondentCount], footnotes: [Footnote] = []
    ) {
        self.id = id
        self.number = number
        self.name = name
        self.tableLabel = tableLabel
        self.sector = sector
        self.institutions = institutions
        self.description = description
        self.respondents = respondents
        self.footnotes = footnotes
    }

    /// The respondents of a role; a role the case does not list counts as not part of it.
    public func respondents(_ role: String) -> RespondentCount {
        respondents[role] ?? .notPartOfCase
    }

    /// Whether `text` names this case: its name, table label, folder name or number, compared
    /// without regard to case, spaces, hyphens or diacritics (`zorg1`, `Revalidatie-1`, `2`).
    public func isNamed(_ text: String) -> Bool {
        let wanted = Case.normalisedName(text)
        return [name, tableLabel, id, String(number)].contains { Case.normalisedName($0) == wanted }
    }

    static func normalisedName(_ text: String) -> String {
        NameResolver.folded(text)
    }
}
