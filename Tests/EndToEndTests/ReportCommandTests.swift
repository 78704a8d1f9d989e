import Foundation
import Testing

/// `werkbank report matrix` and `werkbank report cooccurrence` of the built binary, as CSV,
/// on a project made by `werkbank init` from the sample cases.
@Suite struct ReportCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-report-\(UUID().uuidString)")
    var project: String { folder.appendingPathComponent("studie.werkbank").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = try BinaryRunner.run(["init", project])
        precondition(created.status == 0, created.errors)
    }

    func csv(_ arguments: [String]) throws -> [String] {
        let result = try BinaryRunner.run(["report"] + arguments + ["--format", "csv", "--project", project])
        #expect(result.status == 0, "\(result.errors)")
        return result.output.split(separator: "\r\n").map(String.init)
    }

    /// `--and` / `--not` in the matrix count what `fragments` lists with the same options, and
    /// an unknown code is a usage error.
    @Test func matrixAndFragmentsCombineCodes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let withVOR = try csv(["matrix", "--and", "VOR", "--within", "turn"])
        let goc = try #require(withVOR.first { $0.hasPrefix("GOC,") }).split(separator: ",")
        let listed = try BinaryRunner.run(["fragments", "--code", "GOC", "--and", "VOR", "--within", "turn",
                                           "--format", "csv", "--project", project])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(Int(goc.last!) == listed.output.split(separator: "\r\n").count - 1)
        #expect(Int(goc.last!)! > 0)
        let all = try csv(["matrix"]).first { $0.hasPrefix("GOC,") }!.split(separator: ",")
        let withoutVOR = try csv(["matrix", "--not", "VOR", "--within", "turn"]).first { $0.hasPrefix("GOC,") }!.split(separator: ",")
        #expect(Int(goc.last!)! + Int(withoutVOR.last!)! == Int(all.last!)!)
        let unknown = try BinaryRunner.run(["fragments", "--code", "LOS", "--and", "XYZ", "--project", project])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("no code 'XYZ'"))
    }

    @Test func matrixAsCSV() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let presence = try csv(["matrix", "--measure", "presence"])
        #expect(presence.first == "Code,Jeugdgezondheid,Zorg 1,Sociale studies,Zorg 2,Total")
        for element in ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"] {
            #expect(presence.contains("\(element),1,1,1,1,4"), "\(element)")
        }
        let fragments = try csv(["matrix"])
        let total = try #require(fragments.last)
        #expect(total.hasPrefix("Total,"))
        // The grand total is the number of fragments the fragments command lists.
        let listed = try BinaryRunner.run(["fragments", "--format", "csv", "--project", project])
        #expect(total.hasSuffix(",\(listed.output.split(separator: "\r\n").count - 1)"))

        let share = try csv(["matrix", "--measure", "share", "--kind", "interview"])
        #expect(share.dropFirst().allSatisfy { $0.hasSuffix("%") })
        let byRole = try csv(["matrix", "--by", "role", "--measure", "participants", "--collapse"])
        #expect(byRole.first?.hasPrefix("Code,Studenten,") == true)
        #expect(!byRole.contains { $0.hasPrefix("\"  ") || $0.hasPrefix("  ") })

        let bad = try BinaryRunner.run(["report", "matrix", "--measure", "words", "--project", project])
        #expect(bad.status == 64)
    }

    @Test func coOccurrenceAsCSV() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let overlap = try csv(["cooccurrence"])
        let header = try #require(overlap.first).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(header.first == "Code")
        #expect(header.contains("LOS"))
        #expect(overlap.count == header.count)  // square: a row per code
        let turn = try csv(["cooccurrence", "--mode", "turn", "--case", "Zorg 1"])
        #expect(turn.first?.hasPrefix("Code,") == true)
        let unknown = try BinaryRunner.run(["report", "cooccurrence", "--case", "Nergens", "--project", project])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("no case named 'Nergens'"))
    }
}
