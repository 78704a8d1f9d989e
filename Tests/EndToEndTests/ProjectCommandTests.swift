import Foundation
import Testing

/// The project commands of the built binary, on a project made by `werkbank init`.
@Suite struct ProjectCommandTests {
    let fixture: InitializedProject
    var folder: URL { fixture.folder }
    var project: String { fixture.path }

    init() throws {
        fixture = try InitializedProject("project")
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try fixture.run(arguments)
    }

    @Test func initReportsWhatItImported() throws {
        defer { fixture.remove() }
        let again = try BinaryRunner.run(["init", project])
        #expect(again.status == 64)
        #expect(again.errors.contains("already exists"))
        let sources = try run(["sources", "--format", "csv"])
        #expect(sources.output.split(separator: "\r\n").count == 1 + 17)
        #expect(sources.output.contains("rev1-interview-manager,Revalidatie 1,interview,"))
    }

    @Test func codeUndoRedoUncode() throws {
        defer { fixture.remove() }
        let coded = try run(["code", "--source", "rev1-interview-manager", "--range", "0..2", "--code", "LOS", "--coder", "E2E", "--format", "csv"])
        #expect(coded.status == 0, "\(coded.errors)")
        let row = try #require(coded.output.split(separator: "\r\n").dropFirst().first)
        let id = String(row.prefix(36))
        #expect(row.hasSuffix(",rev1-interview-manager,0,2,LOS,E2E,"))

        func e2eFragments() throws -> Int {
            try run(["fragments", "--coder", "E2E", "--format", "csv"]).output.split(separator: "\r\n").count - 1
        }
        #expect(try e2eFragments() == 1)
        // Undo is the coder's own (decision 55): the login name has nothing to undo here.
        #expect(try run(["undo"]).status == 2)
        #expect(try run(["undo", "--coder", "E2E"]).output == "undone: code LOS\n")
        #expect(try e2eFragments() == 0)
        #expect(try run(["redo", "--coder", "E2E"]).output == "redone: code LOS\n")
        #expect(try e2eFragments() == 1)
        let uncoded = try run(["uncode", String(id.prefix(8))])
        #expect(uncoded.status == 0, "\(uncoded.errors)")
        #expect(try e2eFragments() == 0)
        #expect(try run(["redo"]).status == 2)
    }

    @Test func badInputGetsClearErrors() throws {
        defer { fixture.remove() }
        let badRange = try run(["code", "--source", "rev1-interview-manager", "--range", "5..99999", "--code", "LOS"])
        #expect(badRange.status == 64)
        #expect(badRange.errors.contains("does not fit source `rev1-interview-manager`"))
        let badSyntax = try run(["code", "--source", "rev1-interview-manager", "--range", "9-3", "--code", "LOS"])
        #expect(badSyntax.status == 64)
        let badCode = try run(["fragments", "--code", "XYZ"])
        #expect(badCode.status == 64)
        #expect(badCode.errors.contains("no code 'XYZ'"))
        let notAProject = try BinaryRunner.run(["sources", "--project", BinaryRunner.packageRoot.appendingPathComponent("Package.swift").path])
        #expect(notAProject.status == 65)
        #expect(notAProject.errors.contains("not a Werkbank project (not an SQLite database)"))
    }

    @Test func fragmentsFilterByCaseRoleAndCoder() throws {
        defer { fixture.remove() }
        let result = try run(["fragments", "--code", "los", "--case", "Zorg 1", "--role", "studenten", "--coder", "Bram", "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["Case"] as? String == "Revalidatie 1" && $0["Role"] as? String == "Studenten" && $0["Coder"] as? String == "Bram" && $0["Code"] as? String == "LOS" })
    }

    @Test func theDefaultProjectIsMadeInTheDataFolder() throws {
        defer { fixture.remove() }
        let data = folder.appendingPathComponent("data")
        let result = try BinaryRunner.run(["sources", "--format", "csv"], environment: ["XDG_DATA_HOME": data.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("werkbank/default.werkbank").path))
    }
}
