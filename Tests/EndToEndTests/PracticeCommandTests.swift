import Foundation
import Testing
import ZIPFoundation

/// `werkbank practice` of the built binary (decision 61): a practice project with Bram as
/// consensus, student Lotte's layer, her feedback and the class view, in json and csv.
@Suite
struct PracticeCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-practice-\(UUID().uuidString)")
    var project: String { folder.appendingPathComponent("studie.werkbank").path }
    let source = "rev1-interview-manager"

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = try BinaryRunner.run(["init", project])
        precondition(created.status == 0, created.errors)
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments + ["--project", project])
    }

    /// Bram is the consensus; Lotte practises and codes the turn 2349..2819 with LOS, where
    /// Bram coded GOC and SRI (with a memo).
    func lottePractises() throws {
        for arguments in [["practice", "enable", "--consensus", "Bram", "--coder", "Docent"],
                          ["practice", "join", "--coder", "Lotte"],
                          ["code", "--source", source, "--range", "2349..2819", "--code", "LOS", "--coder", "Lotte"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
        }
    }

    @Test func feedbackAsJsonAndCsv() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try lottePractises()
        let json = try run(["practice", "feedback", "--coder", "Lotte", "--format", "json"])
        #expect(json.status == 0, "\(json.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["student"] as? String == "Lotte")
        #expect(object["consensus"] as? String == "Bram")
        #expect(object["sources"] as? [String] == [source])
        let differences = try #require(object["differences"] as? [[String: Any]])
        let mine = try #require(differences.first { $0["side"] as? String == "student" })
        #expect(mine["code"] as? String == "LOS")
        #expect(mine["start"] as? Int == 2349 && mine["end"] as? Int == 2819)
        #expect(mine["feedback"] as? String == "you coded LOS here; the consensus coded GOC, SRI")
        #expect(mine["explanation"] as? String == "Roosters en afdelingen zo ingericht: (her)inrichten.")
        // The agreement is `werkbank agreement`'s table of the two.
        let agreement = try #require(object["agreement"] as? [String: Any])
        let direct = try run(["agreement", "--coders", "Lotte,Bram", "--format", "json"])
        let directObject = try #require(try JSONSerialization.jsonObject(with: Data(direct.output.utf8)) as? [String: Any])
        #expect(NSDictionary(dictionary: agreement).isEqual(to: directObject))

        let csv = try run(["practice", "feedback", "--coder", "Lotte", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.errors)")
        let lines = csv.output.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "source,code,start,end,side,feedback,quote,explanation")
        #expect(lines.count - 1 == differences.count)
        #expect(lines.contains { $0.hasPrefix("\(source),LOS,2349,2819,student,\"you coded LOS here; the consensus coded GOC, SRI\",") })
    }

    @Test func classAsJsonAndCsvMatchesAgreement() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try lottePractises()
        let json = try run(["practice", "class", "--format", "json"])
        #expect(json.status == 0, "\(json.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["columns"] as? [String] == ["Student", "Sources", "LOS", "GOC", "LeA", "VMM", "VOR", "SRI", "All"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["Student"] as? String == "Lotte")
        #expect(rows.first?["Sources"] as? Int == 1)
        let agreement = try run(["agreement", "--coders", "Lotte,Bram", "--format", "json"])
        let agreementRows = try #require((try JSONSerialization.jsonObject(with: Data(agreement.output.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        let los = try #require(agreementRows.first { $0["Code"] as? String == "LOS" })
        #expect((rows.first?["LOS"] as? NSNumber)?.doubleValue == (los["Kappa"] as? NSNumber)?.doubleValue)

        let csv = try run(["practice", "class", "--format", "csv", "--figure", "percent"])
        #expect(csv.status == 0, "\(csv.errors)")
        let lines = csv.output.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "Student,Sources,LOS,GOC,LeA,VMM,VOR,SRI,All")
        #expect(lines.dropFirst().first?.hasPrefix("Lotte,1,\(los["Agreement"].map { "\($0)" } ?? "?"),") == true, "\(lines)")
    }

    @Test func reportsLeaveThePracticeLayerOutUnlessAsked() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try lottePractises()
        let fragments = try run(["fragments", "--format", "csv"])
        #expect(fragments.status == 0 && !fragments.output.contains(",Lotte,"))
        let named = try run(["fragments", "--coder", "Lotte", "--format", "csv"])
        #expect(named.output.split(separator: "\r\n").dropFirst().filter { !$0.isEmpty }.count == 1)
        let exported = folder.appendingPathComponent("all.csv").path
        #expect(try run(["export", "--format", "csv", "-o", exported]).status == 0)
        #expect(!(try String(contentsOfFile: exported, encoding: .utf8)).contains(",Lotte,"))
        #expect(try run(["export", "--format", "csv", "--include-practice", "-o", exported]).status == 0)
        #expect(try String(contentsOfFile: exported, encoding: .utf8).contains(",Lotte,"))
        // The `.qdpx` export neither: no coding of Lotte's, and she is no user of it.
        let qdpx = folder.appendingPathComponent("all.qdpx").path
        #expect(try run(["export", "--format", "qdpx", "-o", qdpx]).status == 0)
        let imported = folder.appendingPathComponent("back.werkbank").path
        let back = try BinaryRunner.run(["import-qdpx", qdpx, "-o", imported])
        #expect(back.status == 0, "\(back.errors)")
        let coders = try BinaryRunner.run(["fragments", "--format", "csv", "--project", imported]).output
        #expect(!coders.contains(",Lotte,") && coders.contains(",Bram,"))
        let archive = try Archive(url: URL(fileURLWithPath: qdpx), accessMode: .read)
        let entry = try #require(archive["project.qde"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        #expect(String(decoding: xml, as: UTF8.self).contains("name=\"Bram\""))
        #expect(!String(decoding: xml, as: UTF8.self).contains("Lotte"))
    }

    @Test func mistakesAreSaid() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let notYet = try run(["practice", "feedback", "--coder", "Lotte"])
        #expect(notYet.status == 64 && notYet.errors.contains("not a practice project"))
        try lottePractises()
        let consensus = try run(["practice", "feedback", "--coder", "Bram"])
        #expect(consensus.status == 64 && consensus.errors.contains("consensus coder"))
        let researcher = try run(["practice", "join", "--coder", "Anouk"])
        #expect(researcher.status == 64 && researcher.errors.contains("codings outside practice"))
        let segment = try run(["practice", "class", "--unit", "segment"])
        #expect(segment.status == 64)
    }
}
