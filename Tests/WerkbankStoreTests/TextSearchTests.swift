import Foundation
import Testing
import WerkbankCore
@testable import WerkbankStore

/// Two cases, one source each, with Dutch diacritics and a combining accent.
func searchStudy() -> Study {
    let red = RGBColour(red: 200, green: 0, blue: 0)
    let codebook = Codebook(groups: [CodeGroup(id: CodeGroup.elementsID, name: "Elementen", gloss: "", codes: [
        Code(short: "LOS", name: "Lerend", gloss: "", colour: red, groupID: CodeGroup.elementsID),
        Code(short: "GOC", name: "Cultuur", gloss: "", colour: red, groupID: CodeGroup.elementsID),
    ])])
    let roles = [Role(name: "Cliënten", gloss: "clients", speakerPrefix: "C")]
    func source(_ id: String, caseID: String, speaker: String, question: String, answer: String) -> Source {
        let text = "I: \(question)\n\(speaker): \(answer)\n"
        let questionEnd = 3 + question.unicodeScalars.count
        let answerStart = questionEnd + 1 + speaker.unicodeScalars.count + 2
        return Source(id: id, caseID: caseID, title: id.capitalized, kind: .interview, interviewers: ["I"],
                      participants: [Participant(id: speaker, role: "Cliënten")], text: text,
                      turns: [Turn(speaker: "I", range: ScalarRange(start: 3, end: questionEnd)),
                              Turn(speaker: speaker, range: ScalarRange(start: answerStart, end: answerStart + answer.unicodeScalars.count))])
    }
    let cases = [
        Case(id: "zorg", number: 1, name: "Zorg", tableLabel: "Z", sector: "", institutions: [], description: "",
             respondents: ["Cliënten": .count(1)]),
        Case(id: "onderwijs", number: 2, name: "Onderwijs", tableLabel: "O", sector: "", institutions: [], description: "",
             respondents: ["Cliënten": .count(1)]),
    ]
    let sources = [
        source("gesprek", caseID: "zorg", speaker: "C1", question: "Wie is de coördinator?",
               answer: "De coördinator werkt in de professionele werkplaats. Samenwerking met de stuurgroep gaat goed! Wij samenwerken veel met Clie\u{0308}nten."),
        source("focus", caseID: "onderwijs", speaker: "C2", question: "Vertel.",
               answer: "De Coordinator en de stuurgroep praten over intervisie. De werkplaats is professioneel."),
    ]
    return Study(title: "Search", roles: roles, coders: [Coder(name: "Anouk")], codebook: codebook, cases: cases, sources: sources)
}

@Suite struct TextSearchTests {
    let folder: TemporaryFolder
    let project: Project

    init() throws {
        folder = try TemporaryFolder()
        project = try Project.create(at: folder.file("p.werkbank"), from: searchStudy())
    }

    @Test func diacriticsDoNotMatterAndHitsComeByCase() throws {
        defer { folder.remove() }
        let hits = try project.searchHits(TextSearch("coordinator"))
        #expect(hits.map(\.match) == ["coördinator", "coördinator", "Coordinator"])
        #expect(hits.map(\.caseID) == ["zorg", "zorg", "onderwijs"])
        #expect(try project.searchCounts(TextSearch("coordinator")).map { "\($0.caseID)=\($0.hits)" } == ["zorg=2", "onderwijs=1"])
        let text = try project.source("gesprek").text
        #expect(text.scalars(in: hits[1].range) == "coördinator")
    }

    @Test func keywordInContextWithSpeakerAndRole() throws {
        defer { folder.remove() }
        let hit = try #require(try project.searchHits(TextSearch("coordinator"), context: 2).dropFirst().first)
        #expect(hit.before == "De")
        #expect(hit.after == "werkt in")
        #expect(hit.speaker == "C1")
        #expect(hit.role == "Cliënten")
        #expect(hit.sourceID == "gesprek")
        let question = try #require(try project.searchHits(TextSearch("coordinator")).first)
        #expect(question.speaker == "I")
        #expect(question.role == nil)
        #expect(try project.searchHits(TextSearch("coordinator", roles: ["Cliënten"])).count == 2)
        #expect(try project.searchHits(TextSearch("coordinator", caseIDs: ["onderwijs"])).map(\.match) == ["Coordinator"])
    }

    @Test func phrasePrefixAndNear() throws {
        defer { folder.remove() }
        #expect(try project.searchHits(TextSearch("\"professionele werkplaats\"")).map(\.match) == ["professionele werkplaats"])
        #expect(try project.searchHits(TextSearch("samenwerk*")).map(\.match) == ["Samenwerking", "samenwerken"])
        // Counted from the index's word instances (one word or prefix) and by marking (a phrase), alike.
        #expect(try project.searchCounts(TextSearch("samenwerk*")).map(\.hits) == [2])
        #expect(try project.searchCounts(TextSearch("de", caseIDs: ["onderwijs"])).map { "\($0.caseID)=\($0.hits)" } == ["onderwijs=3"])
        #expect(try project.searchCounts(TextSearch("\"de werkplaats\"")).map { "\($0.caseID)=\($0.hits)" } == ["onderwijs=1"])
        #expect(try project.searchCounts(TextSearch("stuurgroep", roles: ["Cliënten"])).map(\.hits) == [1, 1])
        let near = try project.searchHits(TextSearch("NEAR(stuurgroep intervisie, 3)"))
        #expect(near.map(\.match) == ["stuurgroep", "intervisie"])
        #expect(Set(near.map(\.caseID)) == ["onderwijs"])
        #expect(try project.searchHits(TextSearch("NEAR(coordinator intervisie, 1)")).isEmpty)
        #expect(try project.searchHits(TextSearch("stuurgroep NOT intervisie")).map(\.caseID) == ["zorg"])
    }

    @Test func aCombiningAccentStaysWithItsLetter() throws {
        defer { folder.remove() }
        let hit = try #require(try project.searchHits(TextSearch("clienten")).first)
        #expect(hit.match == "Clie\u{0308}nten")
        #expect(hit.range.length == 9)
    }

    @Test func regexMatchesWholeCharactersCaseInsensitively() throws {
        defer { folder.remove() }
        let hits = try project.searchHits(TextSearch("werk(t|plaats)\\b", regex: true))
        #expect(hits.map(\.match) == ["werkt", "werkplaats", "werkplaats"])
        #expect(hits.map(\.speaker) == ["C1", "C1", "C2"])
        #expect(try project.searchHits(TextSearch("CLIE", regex: true)).isEmpty)  // the e with its accent is one character
        #expect(try project.searchCounts(TextSearch("de ", regex: true)).map(\.hits) == [4, 3])
    }

    @Test func unreadableQueriesAreRefusedWithThePosition() throws {
        defer { folder.remove() }
        #expect(throws: SearchQueryError.self) { try project.searchHits(TextSearch("\"open phrase")) }
        #expect(throws: SearchQueryError.self) { try project.searchHits(TextSearch("NEAR(a b")) }
        #expect(throws: SearchQueryError.self) { try project.searchHits(TextSearch("OR x")) }
        #expect(throws: SearchQueryError.self) { try project.searchHits(TextSearch("(", regex: true)) }
        #expect(try TextSearch("a-b \"x y\" pre* NEAR(c d)").ftsExpression() == "\"a-b\" \"x y\" \"pre\"* NEAR(\"c\" \"d\", 10)")
    }
}
