import Foundation
import Testing

/// `werkbank memo add|edit|delete` and `werkbank memos`, through the binary.
@Suite struct MemoCommandTests {
    @Test func writeListEditDeleteUndoAndRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-memo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let project = folder.appendingPathComponent("p.werkbank").path
        #expect(try BinaryRunner.run(["init", project]).status == 0)

        let added = try BinaryRunner.run(["memo", "add", "--title", "Cliënten in de werkplaats", "--text", "Eerste gedachte",
                                          "--case", "2", "--coder", "Anouk", "--format", "json", "--project", project])
        #expect(added.status == 0, "\(added.errors)")
        let json = try JSONSerialization.jsonObject(with: Data(added.output.utf8)) as? [String: Any]
        let row = try #require((json?["rows"] as? [[String: Any]])?.first)
        #expect(row["Kind"] as? String == "free" && row["Belongs to"] as? String == "Revalidatie 1" && row["Author"] as? String == "Anouk")
        let id = try #require(row["Id"] as? String)
        let literature = try BinaryRunner.run(["memo", "add", "--title", "Wenger", "--ref-author", "Wenger", "--ref-year", "1998",
                                               "--ref-title", "Communities of practice", "--coder", "Bram", "--project", project])
        #expect(literature.status == 0 && literature.output.contains("Wenger (1998). Communities of practice"), "\(literature.errors)")

        // Every memo of every kind, filtered.
        let csv = try BinaryRunner.run(["memos", "--kind", "free", "--format", "csv", "--project", project])
        let lines = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3 && lines[1].hasPrefix("free,Cliënten in de werkplaats,Revalidatie 1,revalidatie-1,,Anouk,"), "\(csv.output)")
        let searched = try BinaryRunner.run(["memos", "--search", "clienten", "--author", "anouk", "--format", "md", "--project", project])
        #expect(searched.output.hasPrefix("# Memos\n\n## Cliënten in de werkplaats\n\n*free* on Revalidatie 1 · by Anouk"), "\(searched.output)")
        #expect(!searched.output.contains("Wenger"))
        let everything = try BinaryRunner.run(["memos", "--format", "csv", "--project", project])
        #expect(everything.output.contains("\r\ncoding,"), "the sample's coding memos are listed too")

        let edited = try BinaryRunner.run(["memo", "edit", String(id.prefix(8)), "--text", "Herzien", "--code", "los", "--project", project])
        #expect(edited.status == 0 && edited.output.contains("Herzien") && edited.output.contains("LOS"), "\(edited.errors)")
        let deleted = try BinaryRunner.run(["memo", "delete", id, "--project", project])
        #expect(deleted.status == 0 && deleted.output == "deleted memo \(id) Cliënten in de werkplaats\n")
        #expect(try BinaryRunner.run(["undo", "--project", project]).status == 0)
        let back = try BinaryRunner.run(["memos", "--kind", "free", "--code", "LOS", "--format", "csv", "--project", project])
        #expect(back.output.contains("Herzien"), "\(back.output)")

        // Bad input: clear messages, usage exit codes, nothing written.
        let noTitle = try BinaryRunner.run(["memo", "add", "--title", " ", "--project", project])
        #expect(noTitle.status == 64 && noTitle.errors.contains("a memo needs a title"))
        let two = try BinaryRunner.run(["memo", "add", "--title", "t", "--case", "2", "--code", "LOS", "--project", project])
        #expect(two.status == 64 && two.errors.contains("a memo belongs to one thing"))
        let unknown = try BinaryRunner.run(["memo", "delete", "ffff", "--project", project])
        #expect(unknown.status == 64 && unknown.errors.contains("no memo with the id `ffff`"))

        // Out to REFI-QDA and back in.
        let qdpx = folder.appendingPathComponent("p.qdpx").path
        #expect(try BinaryRunner.run(["export", "--format", "qdpx", "--output", qdpx, "--project", project]).status == 0)
        let copy = folder.appendingPathComponent("copy.werkbank").path
        let imported = try BinaryRunner.run(["import-qdpx", qdpx, "--output", copy])
        #expect(imported.status == 0 && imported.output.contains("with 2 free memos"), "\(imported.output)\(imported.errors)")
        let again = try BinaryRunner.run(["memos", "--kind", "free", "--format", "csv", "--project", copy])
        let original = try BinaryRunner.run(["memos", "--kind", "free", "--format", "csv", "--project", project])
        #expect(again.output == original.output)
    }
}
