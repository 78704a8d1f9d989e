import Foundation
import Testing

/// Findings, judgements, evidence links and conclusions through `export --format qdpx` and
/// `import-qdpx`.
@Suite struct SynthesisRoundTripCommandTests {
    func output(_ project: String, _ arguments: [String]) throws -> String {
        let result = try BinaryRunner.run(arguments + ["--project", project])
        #expect(result.status == 0 || arguments.first == "check", "\(arguments): \(result.errors)")
        return result.output
    }

    @Test func exportThenImportGivesTheSameSynthesis() throws {
        let original = try InitializedProject("synthesis-round-trip")
        defer { original.remove() }
        let rows = try output(original.path, ["fragments", "--case", "Revalidatie 2", "--code", "VOR", "--format", "csv"])
            .split(separator: "\r\n").dropFirst().map { String($0.prefix(36)) }
        #expect(try original.run(["finding", "add", "Revalidatie 2", "VOR", "--text", "Korte lijnen.\nOok met de manager.", "--role", "Studenten",
                                  "--evidence", rows[0], "--evidence", rows[1], "--author", "E2E"]).status == 0)
        #expect(try original.run(["judge", "Revalidatie 2", "VOR", "deels-herkend", "--why", "Vooral studenten.", "--author", "E2E"]).status == 0)
        #expect(try original.run(["conclusion", "add", "--text", "Relaties verschillen per case.", "--cell", "Revalidatie 2:VOR",
                                  "--evidence", rows[2]]).status == 0)
        #expect(try original.run(["uncode", rows[1]]).status == 0, "a removed link travels too")
        let qdpx = original.folder.appendingPathComponent("studie.qdpx").path
        #expect(try original.run(["export", "--format", "qdpx", "-o", qdpx]).status == 0)
        let copy = original.folder.appendingPathComponent("copy.werkbank").path
        let imported = try BinaryRunner.run(["import-qdpx", qdpx, "-o", copy])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("with 13 findings, 7 judgements and 5 conclusions"))

        for command in [["finding", "list", "--format", "csv"], ["conclusion", "list", "--format", "csv"],
                        ["report", "framework", "--format", "csv"], ["report", "findings", "--format", "json"],
                        ["check", "--format", "csv"]] {
            let before = try output(original.path, command)
            #expect(try output(copy, command) == before, "\(command)")
        }
        #expect(try output(copy, ["finding", "list", "--case", "Revalidatie 2"]).contains("(evidence removed)"))
    }

    @Test func intoAnotherProjectAddsTheNewFindingsOnce() throws {
        let original = try InitializedProject("synthesis-into-from")
        let other = try InitializedProject("synthesis-into-to")
        defer {
            original.remove()
            other.remove()
        }
        #expect(try original.run(["finding", "add", "Sociale zorg", "GOC", "--text", "Nieuw", "--author", "E2E"]).status == 0)
        #expect(try original.run(["judge", "Sociale zorg", "GOC", "niet-besproken", "--why", "Niet gevraagd."]).status == 0)
        let qdpx = original.folder.appendingPathComponent("studie.qdpx").path
        #expect(try original.run(["export", "--format", "qdpx", "-o", qdpx]).status == 0)
        let first = try BinaryRunner.run(["import-qdpx", qdpx, "--into", other.path, "--no-backup"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("1 findings, 1 judgements and 0 conclusions added, 22 already there"), "\(first.output)")
        let again = try BinaryRunner.run(["import-qdpx", qdpx, "--into", other.path, "--no-backup"])
        #expect(again.output.contains("0 findings, 0 judgements and 0 conclusions added, 24 already there"), "\(again.output)")
        #expect(try output(other.path, ["finding", "list", "--format", "csv"]) == output(original.path, ["finding", "list", "--format", "csv"]))
    }

    @Test func aTextFromStandardInputMustNotBeEmpty() throws {
        let project = try InitializedProject("synthesis-stdin")
        defer { project.remove() }
        let empty = try project.run(["finding", "add", "Sociale zorg", "GOC", "--text", "-"])
        #expect(empty.status == 64 && empty.errors.contains("a finding needs a text"))
    }
}
