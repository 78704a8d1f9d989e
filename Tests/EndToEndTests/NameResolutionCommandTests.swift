import Foundation
import Testing

/// Cases, roles, coders and sources are named on the command line as in the workbench
/// (`NameResolver`): folded, by the start of a name, ambiguity reported.
@Suite struct NameResolutionCommandTests {
    let fixture: InitializedProject

    init() throws {
        fixture = try InitializedProject("names")
    }

    @Test func anAmbiguousCaseListsWhatItCouldBe() throws {
        defer { fixture.remove() }
        let result = try BinaryRunner.run(["respondents", "--case", "zorg"])
        #expect(result.status == 64)
        #expect(result.errors.contains("'zorg' could be more than one case: Revalidatie 1 (Zorg 1), Revalidatie 2 (Zorg 2)"),
                "\(result.errors)")
        let jeugd = try BinaryRunner.run(["respondents", "--case", "jeugd", "--format", "csv"])
        #expect(jeugd.status == 0 && jeugd.output.hasPrefix("Casestudies,Jeugdgezondheid\r\n"), "\(jeugd.errors)")
    }

    /// Issue 11: coders in any case; sources by title; roles by their gloss.
    @Test func fragmentsByNamesInAnyCase() throws {
        defer { fixture.remove() }
        let exact = try fixture.run(["fragments", "--case", "Zorg 1", "--role", "Studenten", "--coder", "Bram",
                                     "--source", "rev1-focusgroep-studenten", "--format", "csv"])
        #expect(exact.status == 0, "\(exact.errors)")
        #expect(exact.output.split(separator: "\r\n").count > 1)
        let folded = try fixture.run(["fragments", "--case", "zorg1", "--role", "students", "--coder", "bram",
                                      "--source", "focusgroep met studenten fysiotherapie en ergotherapie", "--format", "csv"])
        #expect(folded.status == 0, "\(folded.errors)")
        #expect(folded.output == exact.output)
        let unknownSource = try fixture.run(["fragments", "--source", "nope"])
        #expect(unknownSource.status == 64)
        #expect(unknownSource.errors.contains("no source 'nope'"))
    }

    @Test func agreementAndReportTakeCodersInAnyCase() throws {
        defer { fixture.remove() }
        let exact = try fixture.run(["agreement", "--coders", "Anouk,Bram", "--format", "csv"])
        #expect(exact.status == 0, "\(exact.errors)")
        let folded = try fixture.run(["agreement", "--coders", "anouk,BRAM", "--format", "csv"])
        #expect(folded.status == 0, "\(folded.errors)")
        #expect(folded.output == exact.output)
        let same = try fixture.run(["agreement", "--coders", "Anouk,anouk"])
        #expect(same.status == 64 && same.errors.contains("two different coders"))
        let report = try fixture.run(["report", "md", "-o", "-", "--coders", "bram,anouk"])
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.output.contains("Agreement of Bram and Anouk by character"))
    }
}
