import Foundation
import Testing

/// `werkbank agreement` of the built binary, on a project made by `werkbank init`.
@Suite
struct AgreementCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-agreement-\(UUID().uuidString)")
    var project: String { folder.appendingPathComponent("studie.werkbank").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = try BinaryRunner.run(["init", project])
        precondition(created.status == 0, created.errors)
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["agreement"] + arguments + ["--project", project])
    }

    /// `--by` a case attribute pools each value's sources; its rows are what `--where` gives
    /// for that value, and a participant's attribute is refused.
    @Test func byAndWhereAnAttribute() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let by = try run(["--coders", "Anouk,Bram", "--by", "instelling", "--format", "csv"])
        #expect(by.status == 0, "\(by.errors)")
        let rows = by.output.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first?.prefix(3) == ["instelling", "Sources", "a"])
        let fontys = try #require(rows.first { $0.first == "Fontys" })
        let whereFontys = try run(["--coders", "Anouk,Bram", "--where", "instelling=fontys", "--format", "csv"])
        #expect(whereFontys.status == 0, "\(whereFontys.errors)")
        let pooled = try #require(whereFontys.output.split(separator: "\r\n").last).split(separator: ",").map(String.init)
        #expect(pooled.first == "All codes (pooled)")
        #expect(Array(pooled.dropFirst()) == Array(fontys.dropFirst(2)), "the Fontys row is the pooled row of --where instelling=Fontys")
        let all = try run(["--coders", "Anouk,Bram", "--format", "csv"]).output.split(separator: "\r\n").count
        #expect(all > 0)
        let sourceCounts = rows.dropFirst().compactMap { Int($0[1]) }.reduce(0, +)
        let everySource = try run(["--coders", "Anouk,Bram"]).output.split(separator: "\n").last { $0.hasPrefix("Sources: ") }
        #expect(sourceCounts == everySource.map { $0.split(separator: ",").count }, "the values split the sources both coded")
        let participant = try run(["--coders", "Anouk,Bram", "--where", "schooljaar=vorig"])
        #expect(participant.status == 64)
        #expect(participant.errors.contains("attribute of participants"))
    }

    @Test(arguments: ["character", "turn", "segment"])
    func csvHasARowPerCodeAndAPooledRow(unit: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["--coders", "Anouk,Bram", "--case", "Revalidatie 1", "--unit", unit, "--format", "csv"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\r\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header == (unit == "segment" ? "Code,a,b,c,N,Agreement" : "Code,a,b,c,d,N,Agreement,Kappa,Alpha"))
        let codes = lines.dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(codes.last == "All codes (pooled)")
        #expect(codes.dropLast().count >= 6)
        #expect(Set(codes).count == codes.count, "one row per code")
        #expect(codes.contains("LOS"))
        if unit == "character" {
            // The pooled kappa and alpha checked in AgreementSampleTests.
            #expect(lines.last?.hasSuffix(",0.350,0.339") == true, "\(lines.last ?? "")")
        }
    }

    @Test func jsonHasNullsForUndefinedFigures() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Two new coders both code the whole of one source with LOS, and its first 40
        // characters with GOC.
        let source = "rev1-interview-manager"
        let sources = try BinaryRunner.run(["sources", "--format", "csv", "--project", project]).output
        let row = try #require(sources.split(separator: "\r\n").first { $0.hasPrefix(source + ",") })
        let length = try #require(Int(row.split(separator: ",").dropLast().last ?? ""))
        for coder in ["E2E-A", "E2E-B"] {
            for (code, range) in [("LOS", "0..\(length)"), ("GOC", "0..40")] {
                let coded = try BinaryRunner.run(["code", "--source", source, "--range", range, "--code", code, "--coder", coder,
                                                  "--project", project])
                #expect(coded.status == 0, "\(coded.errors)")
            }
        }
        func rows(_ arguments: [String]) throws -> [[String: Any]] {
            let result = try run(["--coders", "E2E-A,E2E-B", "--format", "json"] + arguments)
            #expect(result.status == 0, "\(result.errors)")
            let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            return try #require(object?["rows"] as? [[String: Any]])
        }
        let character = try rows([])
        #expect(character.map { $0["Code"] as? String } == ["LOS", "GOC", "All codes (pooled)"])
        // LOS: every character coded by both; agreement 1, kappa and alpha undefined.
        #expect(character[0]["a"] as? Int == length)
        #expect(character[0]["d"] as? Int == 0)
        #expect(character[0]["Agreement"] as? Double == 1)
        #expect(character[0]["Kappa"] is NSNull)
        #expect(character[0]["Alpha"] is NSNull)
        // GOC: the same 40 characters; perfect agreement.
        #expect(character[1]["a"] as? Int == 40)
        #expect(character[1]["Kappa"] as? Double == 1)
        #expect(character[1]["Alpha"] as? Double == 1)
        #expect(character[2]["N"] as? Int == 2 * length)

        // Segments: both codes paired exactly.
        #expect(try rows(["--unit", "segment"]).map { $0["Agreement"] as? Double } == [1, 1, 1])

        // A source neither coded: no codes, the pooled row over nothing is undefined throughout.
        let empty = try rows(["--unit", "turn", "--source", "rev1-focusgroep-clienten"])
        #expect(empty.count == 1)
        #expect(empty[0]["Agreement"] is NSNull)
        #expect(empty[0]["Kappa"] is NSNull)
        let text = try run(["--coders", "E2E-A,E2E-B", "--format", "csv"])
        #expect(text.output.contains("LOS,\(length),0,0,0,\(length),1.000,undefined,undefined"))
    }

    @Test func unknownCodersAreUsageErrors() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try run(["--coders", "Anouk,Nobody"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("no coder 'Nobody'"))
        let one = try run(["--coders", "Anouk"])
        #expect(one.status == 64)
        let threshold = try run(["--coders", "Anouk,Bram", "--threshold", "1.5"])
        #expect(threshold.status == 64)
    }
}
