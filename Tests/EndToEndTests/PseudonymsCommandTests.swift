import Foundation
import Testing
import ZIPFoundation

/// `werkbank pseudonyms`: the list, applying it as one correction, and checking for names left.
@Suite
struct PseudonymsCommandTests {
    let fixture: InitializedProject

    init() throws {
        fixture = try InitializedProject("pseudonyms")
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try fixture.run(arguments)
    }

    func fragments() throws -> [[String: Any]] {
        let listed = try run(["fragments", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any]
        return (object?["rows"] as? [[String: Any]]) ?? []
    }

    @Test func applyReplacesEveryNameKeepsCodingsAndCheckFindsNoneLeft() throws {
        defer { fixture.remove() }
        let file = fixture.folder.appendingPathComponent("gesprek.txt")
        try Data("I: Hoe gaat het met Marieke?\nJan: Marieke's moeder zegt dat Marieke vooruitgaat.\n".utf8).write(to: file)
        #expect(try run(["import", file.path, "--case", "Zorg 1", "--speaker", "Jan=S90:Studenten"]).status == 0)
        #expect(try run(["code", "--source", "gesprek", "--range", "34..80", "--code", "LOS"]).status == 0)
        let before = try fragments()

        let suggested = try run(["pseudonyms", "suggest", "--format", "csv"])
        #expect(suggested.output.contains("Marieke"))
        #expect(suggested.output.contains("Jan"))
        #expect(try run(["pseudonyms", "add", "Marieke", "Anna", "--variant", "Marieke's"]).status == 0)
        #expect(try run(["pseudonyms", "add", "Jan", "Piet"]).status == 0)
        let list = try run(["pseudonyms", "list", "--format", "csv"])
        #expect(list.output.contains("Marieke,Anna,Marieke's"))

        let check = try run(["pseudonyms", "check", "--format", "csv"])
        #expect(check.status == 1)
        #expect(check.output.contains("gesprek,2,Marieke's"))

        let applied = try run(["pseudonyms", "apply", "--format", "csv"])
        #expect(applied.status == 0, "\(applied.errors)")
        let clean = try run(["pseudonyms", "check"])
        #expect(clean.status == 0, "\(clean.output)")
        let after = try fragments()
        #expect(after.count == before.count)
        let quotes = after.compactMap { $0["Quote"] as? String }
        #expect(!quotes.contains { $0.contains("Marieke") || $0.contains("Jan") })
        #expect(quotes.contains("Anna's moeder zegt dat Anna vooruitgaat."))
        // The turns keep their speaker: the label Jan became Piet in the text, still S90.
        #expect(after.contains { ($0["Speaker"] as? String) == "S90" })

        #expect(try run(["undo"]).status == 0)
        #expect(try run(["pseudonyms", "check"]).status == 1)
        #expect(try fragments().compactMap { $0["Quote"] as? String } == before.compactMap { $0["Quote"] as? String })
    }

    @Test func pseudonymisedExportsHoldNoListedNameAndEveryCoding() throws {
        defer { fixture.remove() }
        let file = fixture.folder.appendingPathComponent("gesprek.txt")
        try Data("I: Hoe gaat het met Marieke?\nJan: Marieke's moeder zegt dat Marieke vooruitgaat.\n".utf8).write(to: file)
        #expect(try run(["import", file.path, "--case", "Zorg 1", "--speaker", "Jan=S90:Studenten"]).status == 0)
        #expect(try run(["code", "--source", "gesprek", "--range", "34..80", "--code", "LOS", "--memo", "Marieke vooruit"]).status == 0)
        // Names in what the researcher wrote about the data, too: a free memo and a finding.
        #expect(try run(["memo", "add", "--title", "Over Marieke", "--text", "Marieke's moeder belde; Jan was er niet."]).status == 0)
        #expect(try run(["finding", "add", "Zorg 1", "LOS", "--text", "Marieke leert van de stagiair."]).status == 0)
        #expect(try run(["pseudonyms", "add", "Marieke", "Anna", "--variant", "Marieke's"]).status == 0)
        #expect(try run(["pseudonyms", "add", "Jan", "Piet"]).status == 0)
        let count = try fragments().count

        let csv = try run(["export", "--format", "csv", "-o", "-", "--pseudonymise"])
        #expect(csv.status == 0, "\(csv.errors)")
        #expect(!csv.output.contains("Marieke"))
        // Offsets of the replaced text: "Marieke" → "Anna" before it, the label "Jan" → "Piet".
        #expect(csv.output.contains(",32,72,Anna's moeder zegt dat Anna vooruitgaat.,Anna vooruit"))
        let csvFile = fixture.folder.appendingPathComponent("gedeeld.csv")
        let written = try run(["export", "--format", "csv", "-o", csvFile.path, "--pseudonymise"])
        #expect(written.output.contains("exported \(count) codings"))

        let qdpx = fixture.folder.appendingPathComponent("gedeeld.qdpx")
        let exported = try run(["export", "--format", "qdpx", "-o", qdpx.path, "--pseudonymise"])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output.contains("\(count) codings"))
        let archive = try Archive(url: qdpx, accessMode: .read)
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("Marieke"), "\(entry.path)")
            #expect(!text.contains("Jan:") && !text.contains("Jan was"), "\(entry.path)")
            if entry.path == "project.qde" {
                #expect(text.contains("Anna leert van de stagiair.") && text.contains("Over Anna"), "the finding and the memo are there, pseudonymised")
            }
        }
        // Reports too: the findings, the whole report and the framework matrix.
        for arguments in [["report", "findings", "--pseudonymise"], ["report", "md", "-o", "-", "--pseudonymise"],
                          ["report", "html", "-o", "-", "--pseudonymise"], ["report", "framework", "--format", "csv", "--pseudonymise"]] {
            let report = try run(arguments)
            #expect(report.status == 0, "\(arguments): \(report.errors)")
            #expect(!report.output.contains("Marieke"), "\(arguments)")
            #expect(arguments.contains("md") || arguments.contains("html") || report.output.contains("Anna leert van de stagiair."), "\(arguments)")
        }
        #expect(try run(["report", "findings"]).output.contains("Marieke leert van de stagiair."), "without the flag, as written")
        // The project itself is unchanged, and the check names the memo and finding too.
        let check = try run(["pseudonyms", "check", "--format", "csv"])
        #expect(check.status == 1)
        #expect(check.output.contains("memo: Over Marieke,1,Marieke") && check.output.contains("finding: revalidatie-1 × LOS,1,Marieke"), "\(check.output)")
        let reimported = fixture.folder.appendingPathComponent("gedeeld.werkbank")
        #expect(try BinaryRunner.run(["import-qdpx", qdpx.path, "-o", reimported.path]).status == 0)
        let back = try BinaryRunner.run(["fragments", "--format", "json", "--project", reimported.path])
        #expect(back.output.contains("Anna's moeder zegt dat Anna vooruitgaat."))
        let rows = (try JSONSerialization.jsonObject(with: Data(back.output.utf8)) as? [String: Any])?["rows"] as? [[String: Any]]
        #expect(rows?.count == count)
    }
}
