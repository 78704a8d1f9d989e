import Foundation
import Testing

/// `werkbank import-survey` and `werkbank import FILE.pdf` of the built binary (decision 59).
@Suite
struct ImportSurveyCommandTests {
    let fixture: InitializedProject
    var folder: URL { fixture.folder }

    init() throws {
        fixture = try InitializedProject("survey")
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try fixture.run(arguments)
    }

    /// The sources' ids and the participant attributes, to see that nothing changed.
    func projectState() throws -> String {
        try run(["sources", "--format", "csv"]).output + (try run(["attribute", "list", "--format", "csv"])).output
    }

    @Test func previewsThenImportsACp1252Export() throws {
        defer { fixture.remove() }
        let file = folder.appendingPathComponent("enquete 2024.csv")
        var bytes = Data("Respondent;Leeftijd;Cijfer;Rol;Wat leer je op de werkplaats?\r\n".utf8)
        bytes += Data("31;21;7,5;student;Samen met cli".utf8) + Data([0xEB]) + Data("nten plannen maken, dat was nieuw.\r\n".utf8)
        bytes += Data("32;23;8;student;\"Feedback geven; en vragen stellen.\"\r\n".utf8)
        try bytes.write(to: file)
        let unchanged = try projectState()

        let preview = try run(["import-survey", file.path, "--case", "Zorg 1", "--id-column", "Respondent", "--role", "Studenten"])
        #expect(preview.status == 0, "\(preview.errors)")
        #expect(preview.output.contains("enquete 2024.csv: 2 respondents, 5 columns, separator `;`, cp1252"))
        #expect(preview.output.contains("respondent id → participants S31…S32 (Studenten)"))
        #expect(preview.output.contains("Cijfer") && preview.output.contains("attribute, number  (all numbers)"))
        #expect(preview.output.contains("attribute, category (student)"))
        #expect(preview.output.contains("open question → text"))
        #expect(preview.output.contains("2 sources of kind questionnaire (enquete-2024-s31 … enquete-2024-s32), 2 open answers as turns"))
        #expect(preview.output.contains("Nothing written: add --yes"))
        #expect(try projectState() == unchanged)

        let imported = try run(["import-survey", file.path, "--case", "Zorg 1", "--id-column", "Respondent", "--role", "Studenten", "--yes"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported enquete 2024.csv into Revalidatie 1: 2 sources, 3 attributes, 6 values."))
        let values = try run(["attribute", "list", "--name", "Cijfer", "--format", "csv"])
        #expect(values.output.contains("revalidatie-1/S31,7.5"), "\(values.output)")
        // The open answers are fragments of the respondent, by role.
        let coded = try run(["code", "--source", "enquete-2024-s31", "--range", "35..53", "--code", "LOS", "--format", "csv"])
        #expect(coded.status == 0, "\(coded.errors)")
        let fragments = try run(["fragments", "--code", "LOS", "--role", "Studenten", "--source", "enquete-2024-s31", "--format", "csv"])
        #expect(fragments.output.contains("S31,Studenten,LOS"), "\(fragments.output)")
        #expect(fragments.output.contains("Samen met cliënten"))

        let again = try run(["import-survey", file.path, "--case", "Zorg 1", "--id-column", "Respondent", "--role", "Studenten", "--yes"])
        #expect(again.status == 65)
        #expect(again.errors.contains("source `enquete-2024-s31` is already in the project"))
    }

    @Test func oneUndoTakesTheSurveyBack() throws {
        defer { fixture.remove() }
        let file = folder.appendingPathComponent("kort.csv")
        try Data("Respondent,Leeftijd,Toelichting\nS41,30,Ik leer het meest van de gesprekken met cliënten.\n".utf8).write(to: file)
        let unchanged = try projectState()
        let imported = try run(["import-survey", file.path, "--case", "Zorg 1", "--id-column", "Respondent", "--yes"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(try projectState() != unchanged)
        let undone = try run(["undo"])
        #expect(undone.status == 0, "\(undone.errors)")
        #expect(try projectState() == unchanged)
    }

    @Test func badSurveysLeaveTheProjectUnchanged() throws {
        defer { fixture.remove() }
        let unchanged = try projectState()
        let noID = folder.appendingPathComponent("geen-id.csv")
        try Data("Nummer;Leeftijd\n1;20\n".utf8).write(to: noID)
        let missing = try run(["import-survey", noID.path, "--case", "Zorg 1", "--id-column", "Respondent", "--role", "Studenten", "--yes"])
        #expect(missing.status == 65)
        #expect(missing.errors.contains("geen-id.csv:1: --id-column: no column `Respondent`"))
        let twice = folder.appendingPathComponent("dubbel.csv")
        try Data("Respondent;Leeftijd\n1;20\n1;21\n".utf8).write(to: twice)
        let duplicate = try run(["import-survey", twice.path, "--case", "Zorg 1", "--id-column", "Respondent", "--role", "Studenten", "--yes"])
        #expect(duplicate.status == 65)
        #expect(duplicate.errors.contains("dubbel.csv:3: respondent `1` comes twice (first on line 2)"))
        let empty = folder.appendingPathComponent("leeg.csv")
        try Data().write(to: empty)
        let nothing = try run(["import-survey", empty.path, "--case", "Zorg 1", "--id-column", "Respondent", "--yes"])
        #expect(nothing.status == 65)
        #expect(nothing.errors.contains("leeg.csv: is empty"))
        let absent = try run(["import-survey", folder.appendingPathComponent("nergens.csv").path, "--case", "Zorg 1", "--id-column", "R"])
        #expect(absent.status == 66)
        #expect(try projectState() == unchanged)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "needs poppler-utils"))
    func pdfFragmentsAreCitedByPage() throws {
        defer { fixture.remove() }
        let pdf = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/two-pages.pdf")
        let copy = folder.appendingPathComponent("Beleidsplan.pdf")
        try FileManager.default.copyItem(at: pdf, to: copy)
        let imported = try run(["import", copy.path, "--case", "Zorg 1"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("imported as source beleidsplan in Revalidatie 1 (2 pages, 0 turns, 0 participants)"))
        let sources = try run(["sources", "--case", "Zorg 1", "--format", "csv"])
        #expect(sources.output.contains("beleidsplan,Revalidatie 1,document,"))
        // "Studenten leren samen" on page 2, "De eerste pagina" on page 1.
        let text = "Beleidsplan werkplaats\nDe eerste pagina gaat over doelen.\n\u{0C}\nTweede pagina\nStudenten leren samen met professionals."
        func offset(_ words: String) -> Int {
            text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.unicodeScalars.firstRange(of: words.unicodeScalars)!.lowerBound)
        }
        for (words, code) in [("Studenten leren samen", "LOS"), ("De eerste pagina", "GOC")] {
            let start = offset(words)
            let coded = try run(["code", "--source", "beleidsplan", "--range", "\(start)..\(start + words.count)", "--code", code])
            #expect(coded.status == 0, "\(coded.errors)")
        }
        let fragments = try run(["fragments", "--source", "beleidsplan", "--format", "csv"])
        let rows = fragments.output.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first?.prefix(4) == ["Id", "Case", "Source", "Page"])
        #expect(rows.dropFirst().map { "\($0[3]) \($0[7])" }.sorted() == ["1 GOC", "2 LOS"], "\(fragments.output)")
        let search = try run(["search", "professionals", "--kind", "document", "--case", "Zorg 1", "--format", "csv"])
        #expect(search.output.hasPrefix("Case,Source,Page,Speaker"), "\(search.output)")
        #expect(search.output.contains("revalidatie-1,beleidsplan,2,"))
        // Sources without pages keep their columns.
        let others = try run(["fragments", "--code", "LOS", "--case", "Zorg 2", "--format", "csv"])
        #expect(!others.output.contains("Page"))
    }

    @Test func pdfsAreRefusedClearly() throws {
        defer { fixture.remove() }
        let fake = folder.appendingPathComponent("nep.pdf")
        try Data("Geen PDF.".utf8).write(to: fake)
        let withoutTool = try BinaryRunner.run(["import", fake.path, "--case", "Zorg 1", "--project", fixture.path],
                                               environment: ["PATH": folder.path])
        #expect(withoutTool.status == 69)
        #expect(withoutTool.errors.contains("apt-get install poppler-utils"))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return }
        let notPDF = try run(["import", fake.path, "--case", "Zorg 1"])
        #expect(notPDF.status == 65)
        #expect(notPDF.errors.contains("nep.pdf: is not a PDF"))
        let scan = BinaryRunner.packageRoot.appendingPathComponent("Tests/Fixtures/no-text.pdf")
        let scanned = try run(["import", scan.path, "--case", "Zorg 1"])
        #expect(scanned.status == 65)
        #expect(scanned.errors.contains("no-text.pdf: has no text layer"))
    }
}
