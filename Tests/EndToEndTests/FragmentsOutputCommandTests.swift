import Foundation
import Testing

/// `werkbank fragments` in CSV and JSON, written as the fragments are read (decision 70),
/// against the same output built from all fragments at once (the way `--pseudonymise` and the
/// other formats still go), on the sample project, which has no pseudonyms.
@Suite struct FragmentsOutputCommandTests {
    let fixture: InitializedProject

    init() throws {
        fixture = try InitializedProject("fragments-output")
    }

    static let filters: [[String]] = [
        [], ["--code", "LOS"], ["--case", "jeugdzorg", "--role", "Studenten"], ["--code", "GOC", "--and", "VOR", "--within", "turn"],
        ["--code", "LOS", "--not", "VOR"], ["--where", "instelling=Fontys"], ["--case", "Nergens"],
    ]

    @Test func streamedOutputIsTheOutputOfAllFragmentsAtOnce() throws {
        defer { fixture.remove() }
        let pseudonyms = try fixture.run(["pseudonyms", "list", "--format", "csv"])
        try #require(pseudonyms.output == "Name,Pseudonym,Variants\r\n", "the comparison needs a project without pseudonyms")
        for filter in Self.filters {
            for format in ["csv", "json"] {
                let streamed = try fixture.run(["fragments"] + filter + ["--format", format])
                let held = try fixture.run(["fragments"] + filter + ["--format", format, "--pseudonymise"])
                #expect(streamed.status == held.status, "\(filter) \(format): \(streamed.errors)")
                #expect(streamed.output == held.output, "\(filter) \(format)")
                #expect(streamed.errors == held.errors, "\(filter) \(format)")
            }
            // The title counts the rows written.
            let json = try fixture.run(["fragments"] + filter + ["--format", "json"])
            guard json.status == 0 else { continue }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
            let rows = try #require(object["rows"] as? [[String: Any]])
            #expect((object["title"] as? String)?.hasPrefix("Fragments (\(rows.count))") == true, "\(filter)")
            // Every coding of the sample project, with its quote.
            if filter.isEmpty { #expect(rows.count > 500 && rows.allSatisfy { !(($0["Quote"] as? String) ?? "").isEmpty }) }
        }
    }
}
