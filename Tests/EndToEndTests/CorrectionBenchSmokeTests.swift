import Foundation
import Testing

/// `werkbank-bench correct` at a small size: it must run and report every figure. No time is
/// asserted; the figures at full size are in decision 58.
@Suite struct CorrectionBenchSmokeTests {
    @Test func runsAtASmallSizeAndReportsEveryFigure() throws {
        let result = try BinaryRunner.run(["correct", "--words", "3000", "--edits", "20", "--runs", "1", "--json"],
                                          executable: BinaryRunner.bench)
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for key in ["diff_ms", "reanchor_ms", "correction_ms", "undo_ms"] {
            let value = try #require(object[key] as? Double, "\(key)")
            #expect(value > 0, "\(key)")
        }
        let codings = try #require(object["codings"] as? Int)
        let sum = ["moved", "changed", "needs_review", "unchanged"].compactMap { object[$0] as? Int }.reduce(0, +)
        #expect(codings > 0 && sum == codings)
        #expect((object["words"] as? Int ?? 0) >= 3000)
    }
}
