import Foundation
import Testing

/// `werkbank-bench synthesis` at a small size: it must run and report every figure. No time
/// is asserted; the figures at full size are in the README.
@Suite struct SynthesisBenchSmokeTests {
    @Test func runsAtASmallSizeAndReportsEveryFigure() throws {
        let result = try BinaryRunner.run(["synthesis", "--transcripts", "8", "--codings", "400", "--words", "600", "--findings", "40",
                                           "--links", "3", "--json"], executable: BinaryRunner.bench)
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["findings"] as? Int == 40)
        #expect((1...120).contains(object["links"] as? Int ?? 0), "at most 3 a finding, fewer where a cell has fewer codings")
        for key in ["import_s", "grid_ms", "open_cell_ms", "report_findings_ms", "grid_screen_ms", "cell_screen_ms"] {
            let value = try #require(object[key] as? Double, "\(key)")
            #expect(value > 0, "\(key)")
        }
        #expect((object["report_bytes"] as? Int ?? 0) > 1000)
    }
}
