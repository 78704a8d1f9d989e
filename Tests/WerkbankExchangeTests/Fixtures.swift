import Foundation
import WerkbankCore
@testable import WerkbankExchange

/// The checkout's SampleCases folder.
let sampleCasesURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("SampleCases")

/// A small valid case folder written to a temporary folder, to be broken one way per test.
struct FixtureFolder {
    let url: URL

    static let study = """
        title = "Test"
        [respondent_table]
        corner = "Casestudies"
        total_column = "Total"
        total_row = "Totaal"
        [[role]]
        name = "Studenten"
        gloss = "students"
        prefix = "S"
        [[role]]
        name = "Cliënten"
        gloss = "clients"
        prefix = "C"
        [[coder]]
        name = "Anouk"
        """
    static let codebook = """
        [[group]]
        id = "elementen"
        name = "Elementen"
        gloss = "elements"
        [[group.code]]
        short = "LOS"
        name = "Lerend en Onderzoekend Samenwerken"
        gloss = "learning"
        colour = "#1f77b4"
        [[group.code]]
        short = "GOC"
        name = "Grensoverstijgende en Ontwikkelingsgerichte Cultuur"
        gloss = "culture"
        colour = "#ff7f0e"
        """
    static let caseFile = """
        number = 1
        name = "Revalidatie 1"
        table_label = "Zorg 1"
        sector = "Revalidatie"
        institutions = ["Fontys"]
        description = "Een case."
        [respondents]
        Studenten = 2
        "Cliënten" = "-"
        """
    static let source = """
        +++
        title = "Interview"
        kind = "interview"
        date = 2023-03-14
        interviewers = ["I"]
        [[participant]]
        id = "S1"
        role = "Studenten"
        +++
        I: Herken je dat?
        S1: Ja, we leren van elkaar. Cliënten ook.

        Dat merk je wel.

        """
    static let codings = """
        [[coding]]
        source = "interview"
        code = "LOS"
        coder = "Anouk"
        start = 22
        end = 46
        quote = "Ja, we leren van elkaar."
        """

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-fixture-\(UUID().uuidString)")
        try write("study.toml", Self.study)
        try write("codebook.toml", Self.codebook)
        try write("cases/rev1/case.toml", Self.caseFile)
        try write("cases/rev1/sources/interview.md", Self.source)
        try write("cases/rev1/codings.toml", Self.codings)
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// Replaces the first occurrence of `old` in a file.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let file = url.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        precondition(text.contains(old), "fixture \(path) has no \(old)")
        try write(path, text.replacingOccurrences(of: old, with: new, range: text.range(of: old)))
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// The problems of the folder; loading must fail exactly when there are any.
    func problems() -> [LoadProblem] {
        let problems = CaseFolderLoader(folder: url).validate()
        do {
            _ = try CaseFolderLoader(folder: url).load()
            precondition(problems.isEmpty, "load succeeded although validate found problems")
        } catch {
            precondition(error.problems == problems, "load and validate disagree")
        }
        return problems
    }
}
