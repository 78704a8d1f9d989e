import Foundation
import Testing

/// `werkbank-bench search` at a small size: it must run and report every figure. No time is
/// asserted; the figures at full size are in the README.
@Suite struct SearchBenchSmokeTests {
    @Test func runsAtASmallSizeAndReportsEveryFigure() throws {
        let result = try BinaryRunner.run(["search", "--transcripts", "8", "--codings", "400", "--words", "600", "--json"],
                                          executable: BinaryRunner.bench)
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for key in ["search_first50_ms", "count_ms", "autocode_s", "matrix_by_source_ms"] {
            let value = try #require(object[key] as? Double, "\(key)")
            #expect(value > 0, "\(key)")
        }
        let hits = try #require(object["hits"] as? Int)
        #expect(hits > 0)
        #expect(object["first50_hits"] as? Int == min(50, hits))
        #expect((1...hits).contains(object["autocode_codings"] as? Int ?? 0))
        #expect(object["matrix_columns"] as? Int == 8)
    }
}
