extension Text {
    /// The live view's messages (English, Dutch): what others changed, said after the screen
    /// was read again.
    static let liveCatalogue: [Text: (en: String, nl: String)] = [
        .liveCoded: ("%@ coded %@ fragments", "%@ codeerde %@ fragmenten"),
        .liveCodedOne: ("%@ coded a fragment", "%@ codeerde een fragment"),
        .liveUncoded: ("%@ removed %@ codings", "%@ verwijderde %@ coderingen"),
        .liveUncodedOne: ("%@ removed a coding", "%@ verwijderde een codering"),
        .liveInThisSource: (" in this source", " in deze bron"),
        .liveChanges: ("%@ changes by %@", "%@ wijzigingen door %@"),
        .liveChangeOne: ("A change by %@", "Een wijziging door %@"),
        .liveOthers: ("others", "anderen"),
        .liveChangedElsewhere: ("Changed elsewhere; read again", "Elders gewijzigd; opnieuw gelezen"),
        .liveReloaded: ("Read the project again", "Project opnieuw gelezen"),
    ]
}
