extension Text {
    /// The strings of correcting a source's text in the editor (English, Dutch; decision 58).
    static let correctionCatalogue: [Text: (en: String, nl: String)] = [
        .labelNeedsReview: ("needs review; it said: %@", "nakijken; er stond: %@"),
        .messageCorrected: ("Text corrected: %@ (u takes it back)", "Tekst gecorrigeerd: %@ (u draait het terug)"),
        .messageTextUnchanged: ("The text is unchanged; nothing was done", "De tekst is niet veranderd; er is niets gedaan"),
        .messageEditKept: ("%@; your text is kept in %@", "%@; je tekst staat nog in %@"),
        .messageEditUnavailable: ("Correcting a text is not available here", "Een tekst corrigeren kan hier niet"),
        .hintEditText: ("correct text", "corrigeer tekst"),
    ]
}
