import Foundation
import Testing

/// `werkbank-bench live` at a small size, as a smoke run: every remote coding must be seen
/// and every figure reported; the writers (fast enough to print more than a pipe holds, were
/// their output read) must end when it does. No time is asserted here.
@Suite struct LiveBenchSmokeTests {
    @Test func seesEveryRemoteCodingAndReportsEveryFigure() throws {
        let result = try BinaryRunner.run(["live", "--changes", "5", "--looks", "20", "--keys", "10", "--writer-delay-ms", "2", "--json"],
                                          executable: BinaryRunner.bench)
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["changes"] as? Int == 5 && object["looks"] as? Int == 20 && object["keys"] as? Int == 10)
        #expect(object["writers"] as? Int == 3)
        #expect((object["writer_commits"] as? Int ?? 0) > 0, "the other writers committed while keys were timed")
        for key in ["idle_look_median_ms", "idle_look_p99_ms", "remote_to_frame_median_ms", "remote_to_frame_p99_ms",
                    "key_to_frame_busy_median_ms", "key_to_frame_busy_p99_ms"] {
            let value = try #require(object[key] as? Double, "\(key)")
            #expect(value > 0, "\(key)")
        }
    }
}
