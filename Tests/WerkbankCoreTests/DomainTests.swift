import Testing
@testable import WerkbankCore

@Suite struct DomainTests {
    @Test func colourParsesAndPrintsHex() {
        #expect(RGBColour(hex: "#1F77b4") == RGBColour(red: 0x1F, green: 0x77, blue: 0xB4))
        #expect(RGBColour(hex: "#1f77b4")?.hex == "#1f77b4")
        #expect(RGBColour(hex: "#0a0b0c")?.hex == "#0a0b0c")
        #expect(RGBColour(hex: "#12345") == nil)
        #expect(RGBColour(hex: "blue") == nil)
    }

    @Test func aCaseAnswersToEveryNameInAnyCase() {
        let studyCase = Case(id: "revalidatie-1", number: 2, name: "Revalidatie 1", tableLabel: "Zorg 1", sector: "",
                             institutions: [], description: "", respondents: [:])
        for name in ["Revalidatie 1", "revalidatie-1", "REVALIDATIE1", "zorg 1", "Zorg1", "2"] {
            #expect(studyCase.isNamed(name), "\(name)")
        }
        #expect(!studyCase.isNamed("Zorg 2"))
        #expect(!studyCase.isNamed("revalidatie"))
    }

    @Test func diacriticsDoNotMatterInNames() {
        let studyCase = Case(id: "x", number: 9, name: "Cliëntenraad", tableLabel: "CR", sector: "",
                             institutions: [], description: "", respondents: [:])
        #expect(studyCase.isNamed("clientenraad"))
    }

    @Test func codebookFindsCodesAndElements() {
        let red = RGBColour(red: 255, green: 0, blue: 0)
        let codebook = Codebook(groups: [
            CodeGroup(id: "aanleiding", name: "Aanleiding", gloss: "", codes: [Code(short: "AAN-URG", name: "Urgentiebesef", gloss: "", colour: red, groupID: "aanleiding")]),
            CodeGroup(id: CodeGroup.elementsID, name: "Elementen", gloss: "", codes: [
                Code(short: "LOS", name: "Lerend", gloss: "", colour: red, groupID: CodeGroup.elementsID),
                Code(short: "LOS-SCHOLING", name: "Scholing", gloss: "", colour: red, parent: "LOS", groupID: CodeGroup.elementsID),
                Code(short: "LeA", name: "Leiderschap", gloss: "", colour: red, groupID: CodeGroup.elementsID),
            ]),
        ])
        #expect(codebook.elements.map(\.short) == ["LOS", "LeA"])
        #expect(codebook.code("lea")?.short == "LeA")
        #expect(codebook.children(of: "LOS").map(\.short) == ["LOS-SCHOLING"])
        #expect(codebook.codes.count == 4)
    }
}

@Suite struct WordCountTests {
    @Test func countsDutchWordsWithDiacriticsAndHyphens() {
        let source = Source(id: "s", caseID: "c", title: "", kind: .interview,
                            text: "S1: Cliënten en één coördinator — ja, dat merk je wel! Zorg-1 's avonds.")
        #expect(source.wordCount == 13)
    }
}
