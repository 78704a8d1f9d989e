import Testing
@testable import WerkbankCore

/// The pseudonym list: whole words, variants, longest form first, suggestions.
@Suite struct PseudonymTests {
    let list = PseudonymList([
        Pseudonym(name: "Marieke", pseudonym: "Anna", variants: ["Marieke's", "mevrouw De Vries=mevrouw Jansen"]),
        Pseudonym(name: "De Vries", pseudonym: "Jansen"),
    ])

    @Test func replacesWholeWordsAndVariants() {
        let text = "S1: Marieke's moeder belde.\nI: En mevrouw De Vries? Of De Vries zelf? Mariekes niet, Marieke wel."
        #expect(list.apply(to: text) == "S1: Anna's moeder belde.\nI: En mevrouw Jansen? Of Jansen zelf? Mariekes niet, Anna wel.")
        let found = list.occurrences(in: text)
        #expect(found.map(\.form) == ["Marieke's", "mevrouw De Vries", "De Vries", "Marieke"])
        #expect(found.map(\.line) == [1, 2, 2, 2])
        #expect(list.occurrences(in: list.apply(to: text)).isEmpty)
    }

    @Test func suggestsNamedSpeakersAndCapitalisedWordsInsideSentences() {
        let texts = ["Jan: Ik sprak Ellen gisteren. Ellen zei dat Ellen blij was. Toen ging ik.", "I: En Ellen? Wat vond Utrecht?"]
        let suggested = PseudonymList.suggestions(texts: texts, labels: ["Jan", "I", "S1"], listed: [Pseudonym(name: "Utrecht", pseudonym: "X")])
        #expect(suggested.map(\.word) == ["Ellen", "Jan"])
        #expect(suggested.first?.count == 3)
    }
}
