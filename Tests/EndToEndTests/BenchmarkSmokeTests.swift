import Foundation
import Testing

/// The benchmark at a small size, as a smoke run: it must run and report every figure. No
/// time is asserted; the figures at full size are in the README.
@Suite struct BenchmarkSmokeTests {
    @Test func runsAtASmallSizeAndReportsEveryFigure() throws {
        let result = try BinaryRunner.run(["run", "--transcripts", "8", "--codings", "400", "--words", "600", "--adds", "20", "--json"],
                                          executable: BinaryRunner.bench)
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["transcripts"] as? Int == 8)
        #expect(object["codings"] as? Int == 400)
        #expect(object["integrity"] as? String == "ok")
        for key in ["import_mb_per_s", "open_ms", "add_median_ms", "add_p99_ms", "fragments_by_code_ms", "code_case_counts_ms",
                    "search_ms", "peak_rss_mb", "project_mb", "fragments_screen_first_frame_ms", "fragments_screen_whole_ms"] {
            let value = try #require(object[key] as? Double, "\(key)")
            #expect(value > 0, "\(key)")
        }
        #expect((object["fragments_by_code_count"] as? Int ?? 0) > 0)
        #expect((object["search_hits"] as? Int ?? 0) > 0)
        #expect(object["fragments_screen_count"] as? Int == 420, "the 400 codings and the 20 added, every one listed")
    }
}
