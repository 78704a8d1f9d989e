import Testing
@testable import WerkbankCore

/// Re-anchoring codings when a transcript's text is corrected.
@Suite struct ReanchoringTests {
    /// The range of the first `quote` in `text` (after `after`, when given).
    func range(of quote: String, in text: String, after: Int = 0) -> ScalarRange {
        let found = text.scalarRanges(of: quote).first { $0.start >= after }
        #expect(found != nil, "no \(quote) in \(text)")
        return found ?? ScalarRange(start: 0, end: 0)
    }

    /// The coding on `quote` in `old`, moved to `new`: its new text and status.
    func moved(_ quote: String, from old: String, to new: String) -> (quote: String, status: AnchorStatus, range: ScalarRange) {
        let anchors = Reanchoring(old: old, new: new)
        let result = anchors.map(range(of: quote, in: old))
        return (anchors.newText(result.range), result.status, result.range)
    }

    let text = "I: Hoe ging de stage?\nS1: De stage was zwaar, maar de begeleiding hielp.\nI: Wat hielp het meest?\nS1: Dat Marieke elke week belde.\n"

    @Test func sameTextLeavesEveryRangeAlone() {
        let result = moved("De stage was zwaar", from: text, to: text)
        #expect(result.status == .unchanged)
        #expect(result.quote == "De stage was zwaar")
        #expect(Reanchoring(old: text, new: text).isIdentity)
    }

    @Test func anInsertionAtTheStartMovesEveryCoding() {
        let new = "Transcript, gecorrigeerd.\n" + text
        for quote in ["Hoe ging de stage?", "De stage was zwaar", "Marieke elke week belde"] {
            let result = moved(quote, from: text, to: new)
            #expect(result.quote == quote)
            #expect(result.status == .moved)
            #expect(result.range.start == range(of: quote, in: text).start + "Transcript, gecorrigeerd.\n".unicodeScalars.count)
        }
    }

    @Test func anEditBeforeOrAfterLeavesTheWordsTheSame() {
        let new = text.replacingOccurrences(of: "Hoe ging", with: "Hoe verliep").replacingOccurrences(of: "belde", with: "opbelde")
        let result = moved("de begeleiding hielp", from: text, to: new)
        #expect(result.quote == "de begeleiding hielp")
        #expect(result.status == .moved)
    }

    @Test func aReplacementInsideGrowsOrShrinksTheRange() {
        let grown = moved("De stage was zwaar, maar de begeleiding hielp.", from: text,
                          to: text.replacingOccurrences(of: "zwaar", with: "ontzettend zwaar"))
        #expect(grown.quote == "De stage was ontzettend zwaar, maar de begeleiding hielp.")
        #expect(grown.status == .changed)
        let shrunk = moved("De stage was zwaar, maar de begeleiding hielp.", from: text,
                           to: text.replacingOccurrences(of: ", maar de begeleiding", with: "; de begeleiding"))
        #expect(shrunk.quote == "De stage was zwaar; de begeleiding hielp.")
        #expect(shrunk.status == .changed)
    }

    @Test func aTypoFixedAtTheEndOfTheLastWordStaysInside() {
        let old = "De zorgvrager zei nee. Daarna niets."
        let result = moved("De zorgvrager", from: old, to: "De zorgvragers zei nee. Daarna niets.")
        #expect(result.quote == "De zorgvragers")
        #expect(result.status == .changed)
        let misheard = moved("zei nee", from: old, to: "De zorgvrager zij nee. Daarna niets.")
        #expect(misheard.quote == "zij nee")
    }

    @Test func aWordInsertedRightAfterTheRangeStaysOutside() {
        let old = "Dat was de stage. En verder?"
        let result = moved("de stage", from: old, to: "Dat was de stage zelf. En verder?")
        #expect(result.quote == "de stage")
        #expect(result.status == .unchanged)
        let before = moved("de stage", from: old, to: "Dat was de de stage. En verder?")
        #expect(before.quote == "de stage")
        #expect(before.status == .moved)
    }

    @Test func aDeletionAcrossTheStartShrinksTheRange() {
        let old = "Ik denk dat de stage zwaar was voor iedereen."
        let result = moved("de stage zwaar was", from: old, to: "Ik denk stage zwaar was voor iedereen.")
        #expect(result.quote == "stage zwaar was")
        #expect(result.status == .changed)
        let across = moved("de stage zwaar was", from: old, to: "Ik vond het zwaar was voor iedereen.")
        #expect(across.quote == "het zwaar was")
    }

    @Test func aReplacementAcrossTheEndIsTakenInWhole() {
        let old = "De stage was zwaar voor iedereen."
        let result = moved("De stage was zwaar", from: old, to: "De stage was pittig en lang voor iedereen.")
        #expect(result.quote == "De stage was pittig en lang")
    }

    @Test func wordsDeletedWhollyNeedReviewAndKeepACharacter() {
        let new = text.replacingOccurrences(of: "maar de begeleiding hielp", with: "")
        let result = moved("maar de begeleiding hielp", from: text, to: new)
        #expect(result.status == .needsReview)
        #expect(!result.range.isEmpty)
        #expect(result.range.length == 1)
    }

    @Test func wordsRewrittenBeyondRecognitionNeedReview() {
        let old = "Ze zei: het was een goede dag voor ons allemaal. Toen gingen we naar huis."
        let new = "Ze zei: niemand wist eigenlijk hoe laat het werd. Toen gingen we naar huis."
        let result = moved("het was een goede dag voor ons allemaal", from: old, to: new)
        #expect(result.status == .needsReview)
        #expect(result.quote == "niemand wist eigenlijk hoe laat het werd")
    }

    @Test func aWholeTurnRemovedMovesTheRestAndFlagsItsCodings() {
        let new = text.replacingOccurrences(of: "I: Wat hielp het meest?\n", with: "")
        let gone = moved("Wat hielp het meest?", from: text, to: new)
        #expect(gone.status == .needsReview)
        let after = moved("Marieke elke week belde", from: text, to: new)
        #expect(after.status == .moved)
        #expect(after.quote == "Marieke elke week belde")
        let before = moved("De stage was zwaar", from: text, to: new)
        #expect(before.status == .unchanged)
    }

    @Test func diacriticsAndEmojiCountAsScalarsAndStayWhole() {
        let old = "Cliënten 👍🏽 zeggen: de zorg is goed. Einde."
        let new = "Cliënten 👍🏽 zeggen het duidelijk: de zorg is goed. Einde."
        let result = moved("de zorg is goed", from: old, to: new)
        #expect(result.quote == "de zorg is goed")
        let emoji = moved("Cliënten 👍🏽", from: old, to: "Cliënten 👍🏿 zeggen: de zorg is goed. Einde.")
        #expect(emoji.quote == "Cliënten 👍🏿")
        // A skin tone changed: the range still ends on a whole character.
        #expect(ClusterBoundaries(text: "Cliënten 👍🏿 zeggen").isBoundary(emoji.range.end))
    }

    @Test func aRangePastTheEndIsClampedNotACrash() {
        let anchors = Reanchoring(old: "kort", new: "korter")
        let result = anchors.map(ScalarRange(start: 2, end: 40))
        #expect(result.range.end <= 6)
    }

    @Test func theDiffRebuildsTheNewText() {
        let old = text
        let new = text.replacingOccurrences(of: "Marieke", with: "Anna").replacingOccurrences(of: "stage", with: "werkplek")
        let diff = TextDiff(old: old, new: new)
        let oldScalars = Array(old.unicodeScalars), newScalars = Array(new.unicodeScalars)
        var rebuilt: [Unicode.Scalar] = []
        var at = 0
        for hunk in diff.hunks {
            rebuilt += oldScalars[at..<hunk.old.lowerBound]
            rebuilt += newScalars[hunk.new]
            at = hunk.old.upperBound
        }
        rebuilt += oldScalars[at...]
        #expect(rebuilt == newScalars)
        #expect(diff.hunks.count >= 3)
    }
}
