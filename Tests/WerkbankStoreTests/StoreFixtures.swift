import Foundation
import WerkbankCore
import WerkbankExchange
@testable import WerkbankStore

let sampleCasesURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("SampleCases")

/// The sample study, loaded once.
let sampleStudy: Study = {
    do { return try CaseFolderLoader(folder: sampleCasesURL).load() } catch { fatalError("\(error)") }
}()

/// A temporary folder removed at the end of a test.
struct TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-store-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A tiny study with one source whose text has a combining mark and a non-BMP character.
func tinyStudy(text: String = "I: Hoe gaat het?\nC1: Clie\u{0308}nten 😀 leren mee. Dat is één ding.") -> Study {
    let red = RGBColour(red: 200, green: 0, blue: 0)
    let codebook = Codebook(groups: [CodeGroup(id: CodeGroup.elementsID, name: "Elementen", gloss: "", codes: [
        Code(short: "LOS", name: "Lerend", gloss: "", colour: red, groupID: CodeGroup.elementsID),
        Code(short: "LOS-SCH", name: "Scholing", gloss: "", colour: red, parent: "LOS", groupID: CodeGroup.elementsID),
        Code(short: "GOC", name: "Cultuur", gloss: "", colour: red, groupID: CodeGroup.elementsID),
    ])])
    let roles = [Role(name: "Cliënten", gloss: "clients", speakerPrefix: "C")]
    let studyCase = Case(id: "zorg", number: 1, name: "Zorg", tableLabel: "Z", sector: "", institutions: [],
                         description: "", respondents: ["Cliënten": .count(1)])
    let turnStart = text.unicodeScalars.firstRange(of: "C1: ".unicodeScalars).map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0.upperBound) } ?? 0
    let source = Source(id: "gesprek", caseID: "zorg", title: "Gesprek", kind: .interview, interviewers: ["I"],
                        participants: [Participant(id: "C1", role: "Cliënten")], text: text,
                        turns: [Turn(speaker: "I", range: ScalarRange(start: 3, end: 16)),
                                Turn(speaker: "C1", range: ScalarRange(start: turnStart, end: text.scalarCount))])
    return Study(title: "Tiny", roles: roles, coders: [Coder(name: "Anouk")], codebook: codebook, cases: [studyCase], sources: [source])
}
