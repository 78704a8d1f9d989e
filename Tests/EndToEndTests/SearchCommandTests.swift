import Foundation
import Testing

/// `werkbank search` and `werkbank autocode` on the sample project.
@Suite struct SearchCommandTests {
    let fixture: InitializedProject

    init() throws {
        fixture = try InitializedProject("search")
    }

    /// The rows of a csv answer as dictionaries by column title.
    func records(_ arguments: [String]) throws -> [[String: String]] {
        let result = try fixture.run(arguments + ["--format", "csv"])
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        let rows = CSVRecords.parse(result.output)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
    }

    @Test func coordinatorFindsCoordinatorWithItsDiaeresisCountedPerCase() throws {
        defer { fixture.remove() }
        let hits = try records(["search", "coordinator"])
        #expect(hits.count > 5)
        #expect(hits.allSatisfy { $0["Hit"]?.lowercased() == "coördinator" }, "\(hits.map { $0["Hit"] ?? "" })")
        #expect(Set(hits.compactMap { $0["Case"] }).isSuperset(of: ["revalidatie-1", "sociale-zorg"]))
        // Each hit's offsets point at the hit in its source's text.
        let table = try fixture.run(["search", "coordinator", "--context", "3"])
        #expect(table.status == 0, "\(table.errors)")
        var perCase: [String: Int] = [:]
        for hit in hits { perCase[hit["Case"] ?? "", default: 0] += 1 }
        for (caseID, count) in perCase {
            #expect(table.output.contains("\(caseID) (") && table.output.contains("): \(count) hit"), "\(caseID) \(count)\n\(table.output)")
        }
        #expect(table.output.contains("Total: \(hits.count) hits"))
        // The hits line up in one column.
        let columns = Set(table.output.split(separator: "\n").compactMap { line -> Int? in
            guard let hit = line.range(of: "oördinator", options: .caseInsensitive) else { return nil }
            return line[..<hit.lowerBound].count
        })
        #expect(columns.count == 1, "\(table.output)")
    }

    @Test func phrasePrefixNearAndRegex() throws {
        defer { fixture.remove() }
        let phrase = try records(["search", "\"professionele werkplaats\""])
        #expect(!phrase.isEmpty)
        #expect(phrase.allSatisfy { $0["Hit"]?.lowercased() == "professionele werkplaats" })
        let prefix = try records(["search", "samenwerk*"])
        #expect(prefix.allSatisfy { $0["Hit"]?.lowercased().hasPrefix("samenwerk") == true })
        #expect(Set(prefix.compactMap { $0["Hit"]?.lowercased() }).count > 1, "\(prefix.map { $0["Hit"] ?? "" })")
        let near = try records(["search", "NEAR(stuurgroep coordinator, 30)"])
        let alone = try records(["search", "stuurgroep OR coordinator"])
        #expect(!near.isEmpty && near.count < alone.count, "\(near.count) of \(alone.count)")
        #expect(near.allSatisfy { ["stuurgroep", "coördinator"].contains($0["Hit"]?.lowercased() ?? "") })
        let regex = try records(["search", "--regex", "\\bco[öo]rdinator\\b"])
        #expect(regex.count == (try records(["search", "coordinator"])).count)
        let json = try fixture.run(["search", "coordinator", "--case", "revalidatie-1", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["Case"] as? String == "revalidatie-1" })
        let bad = try fixture.run(["search", "\"open"])
        #expect(bad.status == 64)
        #expect(bad.errors.contains("not closed"), "\(bad.errors)")
    }

    @Test func autocodeDryRunWritesNothingAndUndoTakesAllCodingsOut() throws {
        defer { fixture.remove() }
        let before = try records(["fragments", "--coder", "Zoeker"])
        #expect(before.isEmpty)
        let hits = try records(["search", "stuurgroep"])
        let dry = try records(["autocode", "stuurgroep", "--code", "VOR", "--unit", "turn", "--coder", "Zoeker", "--dry-run"])
        #expect(dry.first?["Hits"] == String(hits.count))
        #expect(try records(["fragments", "--coder", "Zoeker"]).isEmpty)
        let made = try records(["autocode", "stuurgroep", "--code", "VOR", "--unit", "turn", "--coder", "Zoeker"])
        let count = try #require(Int(made.first?["Codings"] ?? ""))
        #expect(count > 0 && made.first?["Codings"] == dry.first?["Codings"])
        #expect(Int(made.first?["Overlapping"] ?? "") ?? -1 >= 0)
        #expect(try records(["fragments", "--coder", "Zoeker"]).count == count)
        let undone = try fixture.run(["undo"])
        #expect(undone.status == 0 && undone.output.contains("autocode VOR"), "\(undone.output)\(undone.errors)")
        #expect(try records(["fragments", "--coder", "Zoeker"]).isEmpty)
    }

    @Test func autocodeIsRefusedOnAReadOnlyProject() throws {
        defer { fixture.remove() }
        let project = fixture.path
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: project)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.folder.path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: project))
        var arguments = ["autocode", "stuurgroep", "--code", "VOR", "--coder", "Zoeker", "--project", project]
        var executable = BinaryRunner.binary
        if getuid() == 0 {
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            try #require(FileManager.default.isExecutableFile(atPath: setpriv.path), "running as root needs setpriv to test as another user")
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryRunner.binary.path] + arguments
            executable = setpriv
        }
        let refused = try BinaryRunner.run(arguments, executable: executable)
        #expect(refused.status == 77, "\(refused.output)\(refused.errors)")
        #expect(refused.errors.contains("cannot be changed"), "\(refused.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: project)) == before)
    }

    @Test func theMatrixBySourceShowsEachSourceUnderItsCase() throws {
        defer { fixture.remove() }
        let result = try fixture.run(["report", "matrix", "--by", "source", "--format", "csv"])
        #expect(result.status == 0, "\(result.errors)")
        let header = try #require(CSVRecords.parse(result.output).first)
        let sources = try records(["sources"])
        #expect(header.count == sources.count + 2, "\(header)")
        #expect(header.contains { $0.hasSuffix(" · rev1-interview-manager") })
        let markdown = try fixture.run(["report", "matrix", "--by", "source", "--format", "md"])
        #expect(markdown.output.contains("Codes × sources: fragments"))
    }
}
