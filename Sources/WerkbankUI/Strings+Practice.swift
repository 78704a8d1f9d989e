import WerkbankCore

extension Text {
    /// Practice coding's strings (English, Dutch): the feedback screen, the class view and
    /// what a student is refused (decision 61).
    static let practiceCatalogue: [Text: (en: String, nl: String)] = [
        .screenFeedback: ("Feedback", "Feedback"),
        .screenClass: ("Class", "Klas"),
        .labelPractising: ("practice", "oefenen"),
        .labelFeedbackTitle: ("%@ compared with %@ — %@", "%@ vergeleken met %@ — %@"),
        .labelFeedbackFigures: ("Agreement by character", "Overeenstemming per teken"),
        .labelFeedbackNone: ("No differences: you and %@ coded these sources alike.",
                             "Geen verschillen: jij en %@ codeerden deze bronnen gelijk."),
        .labelFeedbackNoSources: ("Nothing to compare yet: code a source that %@ coded, then look again.",
                                  "Nog niets te vergelijken: codeer een bron die %@ codeerde en kijk dan opnieuw."),
        .labelFeedbackCount: ("%@ differences", "%@ verschillen"),
        .labelFeedbackCountOne: ("1 difference", "1 verschil"),
        .feedbackYouCoded: ("you coded %@ here; the consensus coded %@", "jij codeerde hier %@; de consensus codeerde %@"),
        .feedbackConsensusCoded: ("the consensus coded %@ here; you coded %@", "de consensus codeerde hier %@; jij codeerde %@"),
        .feedbackBothCoded: ("you both coded %@, but it begins or ends elsewhere: you %@, the consensus %@",
                             "jullie codeerden allebei %@, maar het begint of eindigt elders: jij %@, de consensus %@"),
        .feedbackConsensusNothing: ("nothing", "niets"),
        .labelExplanation: ("Why (%@): %@", "Waarom (%@): %@"),
        .labelNoExplanation: ("(%@ wrote no memo here)", "(%@ schreef hier geen memo)"),
        .labelClassTitle: ("Agreement with %@ per element (%@)", "Overeenstemming met %@ per element (%@)"),
        .labelClassNone: ("No student has practised yet.", "Nog geen student heeft geoefend."),
        .messageNotPracticeProject: ("Not a practice project (werkbank practice enable --consensus NAME)",
                                     "Geen oefenproject (werkbank practice enable --consensus NAAM)"),
        .messagePractiseHidden: ("While practising, %@ is hidden: it shows others' codings. P shows your feedback",
                                 "Tijdens het oefenen is %@ verborgen: het toont coderingen van anderen. P toont je feedback"),
        .messagePractiseRefused: ("While practising you change only your own codings and their memos, not: %@",
                                  "Tijdens het oefenen wijzig je alleen je eigen coderingen en hun memo's, niet: %@"),
        .hintFigure: ("figure", "maat"),
        .messagePractising: ("Practising as %@: your codings are a layer of your own; P compares them with %@",
                             "Je oefent als %@: je coderingen zijn een eigen laag; P vergelijkt ze met %@"),
        .messageFigure: ("Cells show %@", "Cellen tonen %@"),
        .hintFeedback: ("feedback", "feedback"),
        .labelFeedbackSources: ("%@ sources", "%@ bronnen"),
        .labelFeedbackSourceOne: ("1 source", "1 bron"),
        .columnStudent: ("Student", "Student"),
        .labelClassFootnote: ("Sources: those each student and %@ both coded. ∑: every element pooled.",
                              "Bronnen: die elke student en %@ allebei codeerden. ∑: alle elementen samen."),
    ]
}

extension FeedbackItem {
    /// The difference in words, as the Feedback screen and `werkbank practice feedback` say
    /// it: "you coded LOS here; the consensus coded VOR".
    public func sentence(_ language: Language) -> String {
        let nothing = Text.feedbackConsensusNothing.string(language)
        func codes(_ list: [String]) -> String { list.isEmpty ? nothing : list.joined(separator: ", ") }
        switch side {
        case .student: return Text.feedbackYouCoded.string(language, code, codes(consensusCodes))
        case .consensus: return Text.feedbackConsensusCoded.string(language, code, codes(studentCodes))
        case .both:
            return Text.feedbackBothCoded.string(language, code, studentRanges.map(\.description).joined(separator: ", "),
                                                 consensusRanges.map(\.description).joined(separator: ", "))
        }
    }
}
