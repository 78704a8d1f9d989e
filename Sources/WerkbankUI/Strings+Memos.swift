extension Text {
    /// The strings of the Memos screen (English, Dutch), apart from ``catalogue`` so that
    /// screens added side by side do not write into one literal.
    static let memoCatalogue: [Text: (en: String, nl: String)] = [
        .screenMemos: ("Memos", "Memo's"),
        .hintNewMemo: ("new", "nieuw"),
        .hintEditMemo: ("edit", "bewerk"),
        .hintDeleteMemo: ("delete", "verwijder"),
        .hintMemoFilter: ("filter", "filter"),
        .labelNoMemos: ("No memos here. n writes a free memo; :filter clear shows every memo.",
                        "Geen memo's hier. n schrijft een vrije memo; :filter clear toont alle memo's."),
        .labelAllKinds: ("all kinds", "alle soorten"),
        .labelNewMemo: ("New memo on %@ · first line is the title", "Nieuwe memo bij %@ · eerste regel is de titel"),
        .labelEditMemo: ("%@ · first line is the title", "%@ · eerste regel is de titel"),
        .titleDeleteMemo: ("Delete this memo?", "Deze memo verwijderen?"),
        .messageMemoAdded: ("Memo written", "Memo geschreven"),
        .messageMemoChanged: ("Memo changed", "Memo gewijzigd"),
        .messageMemoUnchanged: ("Memo unchanged; nothing was saved", "Memo niet veranderd; er is niets opgeslagen"),
        .messageMemoDeleted: ("Memo deleted (u brings it back)", "Memo verwijderd (u haalt haar terug)"),
        .messageMemoNeedsTitle: ("Not saved: a memo needs a title (its first line)", "Niet bewaard: een memo heeft een titel nodig (de eerste regel)"),
        .messageNoMemo: ("No memo chosen", "Geen memo gekozen"),
        .messageMemoFilterUsage: ("Filter memos: :filter kind|author|code|text VALUE, or :filter clear",
                                  "Filter memo's: :filter kind|author|code|text WAARDE, of :filter clear"),
        .messageNoSuchMemoKind: ("No memo kind '%@' (free, coding, source, case, code)", "Geen memosoort '%@' (free, coding, source, case, code)"),
        .labelOnProject: ("project", "project"),
        .kindMemoFree: ("free", "vrij"),
        .kindMemoCoding: ("coding", "codering"),
        .kindMemoSource: ("source", "bron"),
        .kindMemoCase: ("case", "casus"),
        .kindMemoCode: ("code", "code"),
    ]
}
