import Foundation
import Testing

/// `werkbank import` on a project made by `werkbank init`.
@Suite
struct ImportCommandTests {
    let fixture: InitializedProject
    var folder: URL { fixture.folder }
    var project: String { fixture.path }

    init() throws {
        fixture = try InitializedProject("import")
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try fixture.run(arguments)
    }

    @Test func importsCodesAndSkipsTheSameFileAgain() throws {
        defer { fixture.remove() }
        let file = folder.appendingPathComponent("Gesprek Jan 2024.txt")
        try Data("I: Hoe werken de Cliënten mee?\nJan: Zij leren samen met studenten.\n".utf8).write(to: file)

        let preview = try run(["import", file.path, "--case", "Zorg 1", "--preview"])
        #expect(preview.status == 0, "\(preview.errors)")
        #expect(preview.output.contains("Jan\t1 turn"))

        let unmapped = try run(["import", file.path, "--case", "Zorg 1"])
        #expect(unmapped.status == 64)
        #expect(unmapped.errors.contains("Jan") && unmapped.errors.contains("--speaker"))

        let imported = try run(["import", file.path, "--case", "Zorg 1", "--speaker", "Jan=S90:Studenten", "--date", "2024-03-14"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("imported as source gesprek-jan-2024"))

        let sources = try run(["sources", "--case", "Zorg 1", "--format", "csv"])
        #expect(sources.output.contains("gesprek-jan-2024,Revalidatie 1,interview,2024-03-14,"))
        let coded = try run(["code", "--source", "gesprek-jan-2024", "--range", "0..5", "--code", "LOS", "--format", "csv"])
        #expect(coded.status == 0, "\(coded.errors)")

        let again = try run(["import", file.path, "--case", "Zorg 1", "--speaker", "Jan=S90:Studenten"])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("already imported as source gesprek-jan-2024; skipped"))

        try Data("I: Iets anders.\n".utf8).write(to: file)
        let clash = try run(["import", file.path, "--case", "Zorg 1"])
        #expect(clash.status == 65)
        #expect(clash.errors.contains("already in this project"))
    }

    @Test func aFolderImportsItsTranscriptsByNameAndABadOneLeavesTheProjectAsItWas() throws {
        defer { fixture.remove() }
        let transcripts = folder.appendingPathComponent("gesprekken")
        try FileManager.default.createDirectory(at: transcripts, withIntermediateDirectories: true)
        // More files than one batch, so that the import goes over several.
        for number in 1...70 {
            let name = String(format: "g%03d.txt", number)
            try Data("I: Hoe werken de Cliënten mee in gesprek \(number)?\r\nS90: Zij leren samen.\r\n".utf8)
                .write(to: transcripts.appendingPathComponent(name))
        }
        try Data("niet te lezen".utf8).write(to: transcripts.appendingPathComponent(".verborgen.txt"))
        try Data("geen transcript".utf8).write(to: transcripts.appendingPathComponent("notities.odt"))
        let bad = transcripts.appendingPathComponent("g065.txt")
        try (Data("I: Cli".utf8) + Data([0xEB]) + Data("nten".utf8)).write(to: bad)

        let refused = try run(["import", transcripts.path, "--case", "Zorg 1"])
        #expect(refused.status == 65)
        #expect(refused.errors.contains("g065.txt") && refused.errors.contains("byte 7"))
        let before = try run(["sources", "--case", "Zorg 1", "--format", "csv"])
        #expect(!before.output.contains("g001"), "the files before the bad one were not kept")

        try FileManager.default.removeItem(at: bad)
        let imported = try run(["import", transcripts.path, "--case", "Zorg 1"])
        #expect(imported.status == 0, "\(imported.errors)")
        let lines = imported.output.split(separator: "\n")
        #expect(lines.count == 69)
        #expect(lines.first?.hasPrefix("g001.txt: imported as source g001 in Revalidatie 1 (2 turns, 1 participant)") == true)
        #expect(lines.last?.hasPrefix("g070.txt: imported as source g070") == true)
        let sources = try run(["sources", "--case", "Zorg 1", "--format", "csv"])
        #expect(sources.output.contains("g070,") && !sources.output.contains("verborgen"))
        let hits = try run(["search", "Cliënten", "--format", "csv"])
        #expect(hits.output.split(whereSeparator: \.isNewline).count(where: { $0.contains(",g0") }) == 69)

        let empty = folder.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let nothing = try run(["import", empty.path, "--case", "Zorg 1"])
        #expect(nothing.status == 66)
        #expect(nothing.errors.contains("a folder without transcripts"))
    }

    /// `--files-from`: the files and folders listed in a file or on standard input, as if they
    /// were given as arguments.
    @Test func aListOfFilesImportsThemLikeArguments() throws {
        defer { fixture.remove() }
        let transcripts = folder.appendingPathComponent("lijst")
        try FileManager.default.createDirectory(at: transcripts, withIntermediateDirectories: true)
        var paths: [String] = []
        for number in 1...3 {
            let file = transcripts.appendingPathComponent("gesprek \(number).txt")
            try Data("I: Wat leren de Cliënten \(number)?\nS\(number): Samen zorgen.\n".utf8).write(to: file)
            paths.append(file.path)
        }
        let list = folder.appendingPathComponent("bestanden.txt")
        try Data((paths[0] + "\r\n\n" + paths[1] + "\n").utf8).write(to: list)
        let listed = try run(["import", "--files-from", list.path, "--case", "Zorg 1"])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output.contains("imported as source gesprek-1") && listed.output.contains("imported as source gesprek-2"))
        let piped = try BinaryRunner.run(["import", "--files-from", "-", "--case", "Zorg 1", "--project", project], input: Data(paths[2].utf8))
        #expect(piped.status == 0, "\(piped.errors)")
        #expect(piped.output.contains("imported as source gesprek-3"))

        let missing = try run(["import", "--files-from", folder.appendingPathComponent("nergens.txt").path, "--case", "Zorg 1"])
        #expect(missing.status == 66)
        #expect(missing.errors.contains("nergens.txt: cannot read the list of files"))
        let nothing = try run(["import", "--case", "Zorg 1"])
        #expect(nothing.status == 64)
        #expect(nothing.errors.contains("give the files to import, or --files-from LIST"))
    }

    @Test func badFilesGetClearErrors() throws {
        defer { fixture.remove() }
        let missing = try run(["import", folder.appendingPathComponent("nope.txt").path, "--case", "Zorg 1"])
        #expect(missing.status == 66)
        let latin = folder.appendingPathComponent("latin.txt")
        try (Data("I: Cli".utf8) + Data([0xEB]) + Data("nten".utf8)).write(to: latin)
        let refused = try run(["import", latin.path, "--case", "Zorg 1"])
        #expect(refused.status == 65)
        #expect(refused.errors.contains("latin.txt") && refused.errors.contains("byte 7"))
        let accepted = try run(["import", latin.path, "--case", "Zorg 1", "--encoding", "latin1"])
        #expect(accepted.status == 0, "\(accepted.errors)")
        let empty = folder.appendingPathComponent("leeg.txt")
        try Data().write(to: empty)
        #expect(try run(["import", empty.path, "--case", "Zorg 1"]).status == 65)
    }
}
