import Foundation
import Testing

/// `werkbank attribute` and `--where` / `--by ATTRIBUTE` of the built binary, on a project made
/// by `werkbank init` from the sample cases (which declare instelling, schooljaar, betrokkenheid).
@Suite struct AttributeCommandTests {
    let fixture: InitializedProject

    init() throws {
        fixture = try InitializedProject("attribute")
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try fixture.run(arguments)
    }

    func csvRows(_ result: BinaryRunner.Result) -> [[String]] {
        result.output.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func setUnsetListAndUndo() throws {
        defer { fixture.remove() }
        let listed = try run(["attribute", "list", "--name", "schooljaar", "--format", "csv"])
        #expect(listed.status == 0, "\(listed.errors)")
        // The sample's footnote: 4 from last school year, 2 from current school year.
        #expect(csvRows(listed).filter { $0.last == "vorig" }.count == 4)
        #expect(csvRows(listed).filter { $0.last == "huidig" }.count == 2)

        let set = try run(["attribute", "set", "zorg-1/S2", "betrokkenheid", "Laag", "--format", "json"])
        #expect(set.status == 0, "\(set.errors)")
        #expect(set.output.contains("\"revalidatie-1/S2\"") && set.output.contains("\"laag\""))
        let values = try run(["attribute", "list", "--name", "betrokkenheid", "--format", "csv"])
        #expect(csvRows(values).contains(["betrokkenheid", "participant", "revalidatie-1/S2", "laag"]))
        #expect(try run(["undo"]).output == "undone: betrokkenheid = laag on revalidatie-1/S2\n")
        #expect(!csvRows(try run(["attribute", "list", "--format", "csv"])).contains { $0[2] == "revalidatie-1/S2" })
        #expect(try run(["redo"]).status == 0)

        let unset = try run(["attribute", "unset", "zorg-1/S2", "betrokkenheid"])
        #expect(unset.status == 0, "\(unset.errors)")
        let again = try run(["attribute", "unset", "zorg-1/S2", "betrokkenheid"])
        #expect(again.status == 2 && again.errors.contains("has no value for `betrokkenheid`"))
    }

    @Test func badInputGetsClearErrorsAndExitCodes() throws {
        defer { fixture.remove() }
        let notInList = try run(["attribute", "set", "zorg-1/S2", "betrokkenheid", "enorm"])
        #expect(notInList.status == 64 && notInList.errors.contains("`enorm` is not one of hoog|middel|laag"))
        let unknown = try run(["attribute", "set", "zorg-1", "leeftijd", "3"])
        #expect(unknown.status == 64 && unknown.errors.contains("no attribute `leeftijd` is declared"))
        let noSpeaker = try run(["attribute", "set", "zorg-1", "betrokkenheid", "hoog"])
        #expect(noSpeaker.status == 64 && noSpeaker.errors.contains("CASE/SPEAKER"))
        let noParticipant = try run(["attribute", "set", "zorg-1/S99", "betrokkenheid", "hoog"])
        #expect(noParticipant.status == 64 && noParticipant.errors.contains("no participant `revalidatie-1/S99`"))
        let badWhere = try run(["fragments", "--where", "schooljaar"])
        #expect(badWhere.status == 64 && badWhere.errors.contains("--where takes NAME=VALUE"))
        let badBy = try run(["report", "matrix", "--by", "leeftijd"])
        #expect(badBy.status == 64 && badBy.errors.contains("--by takes case, role, source, instelling, schooljaar, betrokkenheid"))
        let declared = try run(["attribute", "declare", "duur", "--on", "source", "--kind", "number"])
        #expect(declared.status == 0, "\(declared.errors)")
        let notANumber = try run(["attribute", "set", "rev1-interview-manager", "duur", "lang"])
        #expect(notANumber.status == 64 && notANumber.errors.contains("`lang` is not a number"))
    }

    @Test func whereFiltersAndTheMatrixByAnAttributeAgree() throws {
        defer { fixture.remove() }
        func fragmentCount(_ arguments: [String]) throws -> Int {
            let result = try run(["fragments", "--format", "csv"] + arguments)
            #expect(result.status == 0, "\(result.errors)")
            return result.output.split(separator: "\r\n").count - 1
        }
        let all = try fragmentCount([])
        let vorig = try fragmentCount(["--where", "schooljaar=vorig"])
        let huidig = try fragmentCount(["--where", "schooljaar=HUIDIG"])
        #expect(vorig > 0 && huidig > 0)
        // Every fragment with a school year is in Zorg 2, spoken by a student.
        let zorg2Students = try fragmentCount(["--case", "zorg-2", "--role", "Studenten"])
        #expect(vorig + huidig == zorg2Students)
        #expect(try fragmentCount(["--where", "schooljaar=vorig", "--where", "instelling=Fontys"]) == 0)
        #expect(try fragmentCount(["--where", "schooljaar=vorig", "--where", "instelling=Fontys en Zuyd"]) == vorig)

        let matrix = try run(["report", "matrix", "--by", "schooljaar", "--collapse", "--format", "csv"])
        #expect(matrix.status == 0, "\(matrix.errors)")
        let lines = matrix.output.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.first == ["Code", "vorig", "huidig", "(none)", "Total"])
        let total = try #require(lines.first { $0.first == "Total" })
        #expect(total == ["Total", String(vorig), String(huidig), String(all - vorig - huidig), String(all)])
        // A filter on another attribute narrows the same matrix.
        let fontys = try run(["report", "matrix", "--by", "instelling", "--where", "instelling=Fontys", "--collapse", "--format", "json"])
        #expect(fontys.status == 0, "\(fontys.errors)")
        let markdown = try run(["report", "matrix", "--by", "betrokkenheid", "--format", "md"])
        #expect(markdown.output.contains("| Code") && markdown.output.contains("hoog") && markdown.output.contains("(none)"))

        let searched = try run(["search", "ik", "--where", "schooljaar=huidig", "--format", "csv"])
        #expect(searched.status == 0, "\(searched.errors)")
        let speakers = Set(csvRows(searched).map { $0[2] })
        #expect(!speakers.isEmpty && speakers.isSubset(of: ["S5", "S6"]))
    }

    @Test func validateNamesBadAttributeValuesByFileAndLineAndInitRefusesThem() throws {
        defer { fixture.remove() }
        let folder = fixture.folder.appendingPathComponent("cases-copy")
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("SampleCases"), to: folder)
        let caseFile = folder.appendingPathComponent("cases/revalidatie-2/case.toml")
        let text = try String(contentsOf: caseFile, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "schooljaar = \"huidig\"", with: "schooljaar = \"volgend\"")
            .replacingOccurrences(of: "instelling = \"Fontys en Zuyd\"", with: "instelling = \"Fontys en Zuyd\"\nleeftijd = 21")
        try broken.write(to: caseFile, atomically: true, encoding: .utf8)
        let lines = broken.components(separatedBy: "\n")
        let badValueLine = try #require(lines.firstIndex { $0.contains("volgend") }) + 1
        let unknownLine = try #require(lines.firstIndex { $0.hasPrefix("leeftijd") }) + 1

        let validated = try BinaryRunner.run(["validate", folder.path])
        #expect(validated.status == 1)
        #expect(validated.output.contains("cases/revalidatie-2/case.toml:\(badValueLine): participant_attributes.S5.schooljaar: `volgend` is not one of vorig|huidig"))
        #expect(validated.output.contains("cases/revalidatie-2/case.toml:\(unknownLine): attributes.leeftijd: unknown attribute `leeftijd`"))
        let created = try BinaryRunner.run(["init", fixture.folder.appendingPathComponent("broken.werkbank").path, "--from", folder.path])
        #expect(created.status == 65 && created.errors.contains("`volgend` is not one of vorig|huidig"))
    }
}
