import Foundation
import Testing

/// `export --format qdpx` then `import-qdpx`: the same project comes back, and `--into` adds
/// another tool's project (or codebook) to an existing one without duplicating anything.
@Suite struct RefiRoundTripCommandTests {
    static let qualCoderDemo = BinaryRunner.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/refi-qda/qc-1.3.2-demo.qdpx").path

    /// The rows of a CSV report, sorted, without the header.
    private func rows(_ project: String, _ command: [String]) throws -> [Substring] {
        let result = try BinaryRunner.run(command + ["--format", "csv", "--project", project])
        #expect(result.status == 0, "\(result.errors)")
        return CSVRecords.parse(result.output).dropFirst().map { $0.joined(separator: "\u{1F}")[...] }.sorted()
    }

    @Test func exportThenImportGivesTheSameFragmentsSourcesAndCodebook() throws {
        let original = try InitializedProject("round-trip")
        defer { original.remove() }
        let coded = try original.run(["code", "--source", "rev1-interview-manager", "--range", "0..20", "--code", "VMM",
                                      "--coder", "Tester", "--memo", "Een memo — met één ë.\nTweede regel."])
        #expect(coded.status == 0, "\(coded.errors)")
        let qdpx = original.folder.appendingPathComponent("studie.qdpx").path
        #expect(try original.run(["export", "--format", "qdpx", "-o", qdpx]).status == 0)
        let copy = original.folder.appendingPathComponent("copy.werkbank").path
        let imported = try BinaryRunner.run(["import-qdpx", qdpx, "-o", copy])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output == "imported 17 sources, 14 codes and 554 codings into \(copy)\n"
            + "  with 12 findings, 6 judgements and 4 conclusions\n", "\(imported.output)")

        // Fragments carry id, case, source, kind, speaker, role, code, coder, range, quote, memo.
        let fragments = try rows(original.path, ["fragments"])
        #expect(fragments.count == 554)
        #expect(try rows(copy, ["fragments"]) == fragments)
        #expect(try rows(copy, ["sources"]) == rows(original.path, ["sources"]))
        #expect(try rows(copy, ["codebook"]) == rows(original.path, ["codebook"]))
    }

    @Test func intoAnExistingProjectAddsOnceAndThenNothing() throws {
        let project = try InitializedProject("into")
        defer { project.remove() }
        let first = try BinaryRunner.run(["import-qdpx", Self.qualCoderDemo, "--into", project.path])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("1 cases added: Zonder case"), "\(first.output)")
        #expect(first.output.contains("2 sources added, 0 already there"), "\(first.output)")
        #expect(first.output.contains("205 codings added, 0 already there"), "\(first.output)")
        #expect(first.output.contains("1 coders added: cp"), "\(first.output)")
        // The project as it was, copied beside it first: the sample cases' 17 sources.
        let backupLine = try #require(first.output.split(separator: "\n").first { $0.hasPrefix("the project as it was: ") })
        let backup = String(backupLine.dropFirst("the project as it was: ".count))
        #expect(backup.hasPrefix(project.folder.appendingPathComponent("studie.before-import-").path), "\(backup)")
        #expect(try rows(backup, ["sources"]).count == 17)
        #expect(try rows(project.path, ["sources"]).count == 17 + 2)

        let again = try BinaryRunner.run(["import-qdpx", Self.qualCoderDemo, "--into", project.path, "--no-backup"])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("0 cases added"), "\(again.output)")
        #expect(again.output.contains("0 sources added, 2 already there"), "\(again.output)")
        #expect(again.output.contains("0 codes added"), "\(again.output)")
        #expect(again.output.contains("0 codings added, 205 already there"), "\(again.output)")
        #expect(try rows(project.path, ["fragments", "--coder", "cp"]).count == 205)
        #expect(!again.output.contains("the project as it was"))
        let copies = try FileManager.default.contentsOfDirectory(atPath: project.folder.path).filter { $0.contains(".before-import-") }
        #expect(copies.count == 1, "\(copies)")
    }

    @Test func aCodebookComesInOnItsOwn() throws {
        let project = try InitializedProject("qdc")
        defer { project.remove() }
        // The QualCoder demo's codebook, as a .qdc written by Werkbank.
        let demo = project.folder.appendingPathComponent("demo.werkbank").path
        #expect(try BinaryRunner.run(["import-qdpx", Self.qualCoderDemo, "-o", demo]).status == 0)
        let qdc = project.folder.appendingPathComponent("demo.qdc").path
        #expect(try BinaryRunner.run(["export", "--format", "qdc", "-o", qdc, "--project", demo]).status == 0)
        let demoCodes = try rows(demo, ["codebook"]).count

        let into = try BinaryRunner.run(["import-qdpx", qdc, "--into", project.path])
        #expect(into.status == 0, "\(into.errors)")
        #expect(into.output.contains("\(demoCodes) codes added, 1 code groups added: Imported codes"), "\(into.output)")
        #expect(try rows(project.path, ["codebook"]).count == 14 + demoCodes)
        let again = try BinaryRunner.run(["import-qdpx", qdc, "--into", project.path])
        #expect(again.output.contains("0 codes added, 0 code groups added"), "\(again.output)")

        let fresh = project.folder.appendingPathComponent("codebook-only.werkbank").path
        let created = try BinaryRunner.run(["import-qdpx", qdc, "-o", fresh])
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output == "imported 0 sources, \(demoCodes) codes and 0 codings into \(fresh)\n")
        #expect(try rows(fresh, ["codebook"]) == rows(demo, ["codebook"]))
    }

    @Test func itNeedsATargetAndAFile() throws {
        let neither = try BinaryRunner.run(["import-qdpx", Self.qualCoderDemo])
        #expect(neither.status == 64)
        #expect(neither.errors.contains("give either -o NEW.werkbank"), "\(neither.errors)")
        let missing = try BinaryRunner.run(["import-qdpx", "/nonexistent/x.qdpx", "-o", "/tmp/never.werkbank"])
        #expect(missing.status == 66)
        #expect(missing.errors.contains("/nonexistent/x.qdpx: no such file"))
    }
}
