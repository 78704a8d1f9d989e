import Foundation
import Testing

/// `finding`, `judge`, `conclusion` and `check` through the built binary.
@Suite struct SynthesisCommandTests {
    let fixture: InitializedProject

    init() throws {
        fixture = try InitializedProject("synthesis")
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try fixture.run(arguments)
    }

    func csvRows(_ result: BinaryRunner.Result) -> [[String]] {
        result.output.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Ids of the first `count` LOS fragments of Revalidatie 2 that are not on the finding yet.
    func losFragments(_ count: Int) throws -> [String] {
        let rows = csvRows(try run(["fragments", "--case", "Revalidatie 2", "--code", "LOS", "--format", "csv"]))
        return Array(rows.prefix(count).map { $0[0] })
    }

    @Test func writeLinkJudgeUndoRedoAndList() throws {
        defer { fixture.remove() }
        let fragments = try losFragments(2)
        let added = try run(["finding", "add", "Revalidatie 2", "los", "--text", "Scholing voor iedereen.\nOok voor studenten.",
                             "--role", "studenten", "--evidence", String(fragments[0].prefix(8)), "--author", "E2E", "--format", "json"])
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("Scholing voor iedereen.\\nOok voor studenten."))
        let id = try #require(csvRows(try run(["finding", "list", "--case", "Revalidatie 2", "--format", "csv"])).first?[0])
        let linked = try run(["finding", "link", String(id.prefix(6)), fragments[1]])
        #expect(linked.status == 0, "\(linked.errors)")
        let judged = try run(["judge", "Zorg 2", "LOS", "herkend", "--why", "Alle groepen noemen scholing.", "--author", "E2E"])
        #expect(judged.status == 0, "\(judged.errors)")
        #expect(judged.output.contains("revalidatie-2  LOS      herkend"))
        // Each undoes their own (decision 55): E2E judged; the link was made as the login name.
        #expect(try run(["undo", "--coder", "E2E"]).output == "undone: judge revalidatie-2 × LOS: herkend\n")
        #expect(try run(["undo"]).output == "undone: link evidence revalidatie-2 × LOS\n")
        var listed = csvRows(try run(["finding", "list", "--case", "revalidatie-2", "--format", "csv"]))
        #expect(listed.first?[5] == "1", "one evidence link after undo")
        #expect(try run(["redo"]).status == 0)
        #expect(try run(["redo", "--coder", "E2E"]).status == 0)
        listed = csvRows(try run(["finding", "list", "--case", "4", "--element", "LOS", "--format", "csv"]))
        #expect(listed.first?[5] == "2" && listed.first?[3] == "Studenten")

        // Uncoding a fragment leaves the link, marked.
        #expect(try run(["uncode", fragments[1]]).status == 0)
        let marked = try run(["finding", "list", "--case", "Revalidatie 2"])
        #expect(marked.output.contains("\(fragments[1].prefix(8)) (evidence removed)"))
        let unlinked = try run(["finding", "unlink", String(id.prefix(8)), String(fragments[1].prefix(8))])
        #expect(unlinked.status == 0, "\(unlinked.errors)")
        #expect(!unlinked.output.contains(fragments[1]))

        let conclusion = try run(["conclusion", "add", "--text", "Alle elementen worden herkend.", "--cell", "Revalidatie 2:LOS",
                                  "--cell", "revalidatie-2:GOC", "--evidence", String(fragments[0].prefix(8))])
        #expect(conclusion.status == 0, "\(conclusion.errors)")
        let conclusions = csvRows(try run(["conclusion", "list", "--format", "csv"]))
        #expect(conclusions.count == 5 && conclusions[4][3].contains("revalidatie-2:LOS"), "after the sample's four")
        #expect(try run(["finding", "remove", id]).status == 0)
        #expect(try run(["undo"]).output == "undone: remove finding revalidatie-2 × LOS\n")
    }

    @Test func badInputGetsClearErrorsAndUsageCodes() throws {
        defer { fixture.remove() }
        let subcode = try run(["finding", "add", "Revalidatie 2", "XYZ", "--text", "x"])
        #expect(subcode.status == 64 && subcode.errors.contains("no code 'XYZ'"))
        let status = try run(["judge", "Revalidatie 2", "LOS", "misschien", "--why", "x"])
        #expect(status.status == 64 && status.errors.contains("'herkend', 'deels-herkend', 'niet-herkend' or 'niet-besproken'"))
        let noWhy = try run(["judge", "Revalidatie 2", "LOS", "herkend"])
        #expect(noWhy.status == 64 && noWhy.errors.contains("--why"))
        let twoLines = try run(["judge", "Revalidatie 2", "LOS", "herkend", "--why", "een\ntwee"])
        #expect(twoLines.status == 64 && twoLines.errors.contains("one line"))
        let otherCase = try csvRows(try run(["fragments", "--case", "Jeugdzorg", "--code", "LOS", "--format", "csv"])).first?[0]
        let wrongCase = try run(["finding", "add", "Revalidatie 2", "LOS", "--text", "x", "--evidence", try #require(otherCase)])
        #expect(wrongCase.status == 64 && wrongCase.errors.contains("is in case `jeugdzorg`, not `revalidatie-2`"))
        let unknown = try run(["finding", "edit", "abcd1234", "--text", "y"])
        #expect(unknown.status == 64 && unknown.errors.contains("no finding with id abcd1234"))
        let badCell = try run(["conclusion", "add", "--text", "c", "--cell", "LOS"])
        #expect(badCell.status == 64 && badCell.errors.contains("CASE:ELEMENT"))
        #expect(try run(["finding", "list", "--case", "Revalidatie 2", "--format", "csv"]).output.split(separator: "\r\n").count == 1,
                "nothing written")
    }

    @Test func checkListsGapsAndExitsOneWhenThereAreAny() throws {
        defer { fixture.remove() }
        let before = try run(["check", "--format", "csv"])
        let gaps = before.output.split(separator: "\r\n").count - 1
        #expect(before.status == 1 && before.output.contains("cell without finding,revalidatie-2,LOS,"))
        let added = try run(["finding", "add", "Revalidatie 2", "LOS", "--text", "Zonder bewijs"])
        #expect(added.status == 0)
        let after = try run(["check", "--element", "los", "--format", "csv"])
        #expect(after.status == 1)
        #expect(after.output.contains("finding without evidence,revalidatie-2,LOS,"))
        #expect(!after.output.contains("cell without finding,revalidatie-2,LOS,"))
        #expect(!after.output.contains(",GOC,"))
        #expect(gaps > 0)
    }
}

extension ProjectAccessCommandTests {
    @Test func aReadOnlyProjectShowsFindingsButRefusesToChangeThem() throws {
        defer { fixture.remove() }
        let added = try fixture.run(["finding", "add", "Revalidatie 2", "LOS", "--text", "Gelezen, niet veranderd"])
        #expect(added.status == 0, "\(added.errors)")
        let listed = try runWithoutWriteAccess(["finding", "list"], folder: fixture.folder)
        #expect(listed.status == 0 && listed.output.contains("Gelezen, niet veranderd"))
        for command in [["finding", "add", "Revalidatie 2", "LOS", "--text", "x"], ["judge", "Revalidatie 2", "LOS", "herkend", "--why", "x"],
                        ["conclusion", "add", "--text", "x"]] {
            let refused = try runWithoutWriteAccess(command, folder: fixture.folder)
            #expect(refused.status == 77, "\(command): \(refused.errors)")
            #expect(refused.errors.contains("the project cannot be changed"))
        }
    }
}
