import WerkbankCore

/// Writes Dutch-looking transcripts: speaker turns `I: …` and `S1: …`, lines joined by `\n`,
/// a blank line between turns, with turn ranges in Unicode scalars as the case-folder loader
/// computes them (from after the `ID: ` label to the end of the turn's last line).
struct TranscriptGenerator {
    /// Words with diacritics, one decomposed (`café` as `e` + combining acute) so that scalars,
    /// UTF-8 bytes and characters all differ.
    static let words: [String] = [
        "de", "het", "een", "en", "van", "in", "op", "met", "voor", "door", "naar", "bij", "over", "niet", "ook",
        "wel", "dan", "als", "maar", "dat", "die", "wat", "wij", "jullie", "zij", "ik", "je", "we", "ze", "er",
        "werkplaats", "studenten", "professionals", "Cliënten", "cliënten", "cliënt", "docent", "opleiding",
        "hogeschool", "samenwerking", "samen", "leren", "onderzoek", "praktijk", "begeleiding", "werkbegeleider",
        "feedback", "reflectie", "vraagstuk", "organisatie", "management", "ruimte", "tijd", "middelen", "cultuur",
        "relatie", "vertrouwen", "eigenaarschap", "ontwikkeling", "kwaliteit", "zorg", "revalidatie", "jeugdzorg",
        "welzijn", "stage", "team", "overleg", "afspraken", "doelen", "visie", "project", "kennis", "innovatie",
        "privé", "geïnterviewd", "coördinator", "één", "enquête", "reëel", "financiële", "ideeën", "naïef",
        "cafe\u{301}", "beëindigd", "geëvalueerd", "zeeën", "continuïteit", "patiënt", "efficiënt", "coöperatie",
        "belangrijk", "moeilijk", "mooi", "lastig", "nieuw", "sterk", "echt", "vaak", "soms", "altijd", "eigenlijk",
        "gewoon", "vooral", "namelijk", "duidelijk", "anders", "meer", "minder", "goed", "samenwerken", "vinden",
        "denken", "zien", "merken", "werken", "bespreken", "ervaren", "proberen", "ontwikkelen", "vragen", "zeggen",
    ]
    static let emoji = ["🙂", "👍", "📚", "🤔"]
    static let questionStarts = ["Hoe", "Wat", "Waarom", "Wanneer", "Kun", "Merk", "Herken", "Welke"]

    /// The text and turns of one transcript, and how many words it has.
    struct Transcript {
        var text: String
        var turns: [Turn]
        var wordCount: Int
    }

    var rng: SplitMix64

    /// A transcript of about `targetWords` words between interviewer `I` and `speakers`.
    mutating func transcript(targetWords: Int, speakers: [String]) -> Transcript {
        var text = ""
        text.reserveCapacity(targetWords * 9)
        var turns: [Turn] = []
        var offset = 0
        var words = 0
        var emojiAt: Int? = rng.int(below: max(1, targetWords))
        var index = 0
        while words < max(1, targetWords) {
            let speaker = index % 2 == 0 ? "I" : rng.pick(speakers)
            if index > 0 {
                text += "\n\n"
                offset += 2
            }
            let label = speaker + ": "
            text += label
            offset += label.unicodeScalars.count
            let start = offset
            let lineCount = speaker == "I" || !rng.oneIn(4) ? 1 : 2
            var content = ""
            for line in 0..<lineCount {
                if line > 0 { content += "\n" }
                let lineWords = speaker == "I" ? rng.int(in: 6...18) : rng.int(in: 15...70)
                content += sentences(words: lineWords, question: speaker == "I", wordsSoFar: &words, emojiAt: &emojiAt)
            }
            offset += content.unicodeScalars.count
            text += content
            turns.append(Turn(speaker: speaker, range: ScalarRange(start: start, end: offset)))
            index += 1
        }
        return Transcript(text: text, turns: turns, wordCount: words)
    }

    /// A short exchange around one long answer: `I`, then `speaker` for about `turnWords` words
    /// in lines of about 200 words (one turn that does not fit any screen), then `I` and a short
    /// answer.
    mutating func longTurn(turnWords: Int, speaker: String) -> Transcript {
        var words = 0
        var noEmoji: Int? = nil
        var parts: [(String, String)] = [("I", sentences(words: 8, question: true, wordsSoFar: &words, emojiAt: &noEmoji))]
        var lines: [String] = []
        while words < 8 + turnWords {
            lines.append(sentences(words: min(200, 8 + turnWords - words), question: false, wordsSoFar: &words, emojiAt: &noEmoji))
        }
        parts.append((speaker, lines.joined(separator: "\n")))
        parts.append(("I", sentences(words: 6, question: true, wordsSoFar: &words, emojiAt: &noEmoji)))
        parts.append((speaker, sentences(words: 12, question: false, wordsSoFar: &words, emojiAt: &noEmoji)))
        var text = ""
        var turns: [Turn] = []
        for (index, (label, content)) in parts.enumerated() {
            if index > 0 { text += "\n\n" }
            text += label + ": "
            let start = text.unicodeScalars.count
            text += content
            turns.append(Turn(speaker: label, range: ScalarRange(start: start, end: text.unicodeScalars.count)))
        }
        return Transcript(text: text, turns: turns, wordCount: words)
    }

    /// One line of sentences of `count` words; ends in `.` or `?`, never in whitespace.
    private mutating func sentences(words count: Int, question: Bool, wordsSoFar: inout Int, emojiAt: inout Int?) -> String {
        var line = ""
        var sentenceLeft = 0
        for position in 0..<count {
            if sentenceLeft == 0 {
                if position > 0 { line += question ? "? " : ". " }
                sentenceLeft = rng.int(in: 4...14)
                line += question ? rng.pick(Self.questionStarts) : Self.capitalised(rng.pick(Self.words))
            } else {
                line += " " + rng.pick(Self.words)
            }
            sentenceLeft -= 1
            wordsSoFar += 1
            if let at = emojiAt, wordsSoFar > at {
                line += " " + rng.pick(Self.emoji)
                emojiAt = nil
            }
        }
        return line + (question ? "?" : ".")
    }

    static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
