extension Text {
    /// Who else has the project open (English, Dutch): the status bar and the Cases screen.
    static let presenceCatalogue: [Text: (en: String, nl: String)] = [
        .presenceAlsoOpen: ("also open: %@", "ook open: %@"),
        .presenceHere: ("%@ (here)", "%@ (hier)"),
        .presenceOpenNow: ("Open now", "Nu open"),
        .presenceReading: ("reads only", "leest alleen"),
        .columnOpenNow: ("Open now", "Nu open"),
    ]
}
