import Foundation
import Testing

/// `werkbank-bench reader` at a small size, as a smoke run: it must drive the reader through
/// its keys and report every figure. No time is asserted; the figures at full size are taken
/// from a release build.
@Suite struct ReaderBenchSmokeTests {
    @Test func runsAtASmallSizeAndReportsEveryFigure() throws {
        let result = try BinaryRunner.run(["reader", "--open-words", "3000", "--scroll-words", "1500", "--opens", "2",
                                           "--codings", "12", "--presses", "30", "--long-turn-words", "1500", "--line-presses", "40", "--json"],
                                          executable: BinaryRunner.bench)
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["width"] as? Int == 200 && object["height"] as? Int == 60)
        #expect(object["codings"] as? Int == 12)
        #expect(object["presses"] as? Int == 30)
        #expect(object["integrity"] as? String == "ok")
        #expect((object["open_words"] as? Int ?? 0) >= 3000)
        #expect((object["scroll_turns"] as? Int ?? 0) > 30, "j never runs off the end of the transcript")
        #expect((object["long_turn_words"] as? Int ?? 0) >= 1500 && object["line_presses"] as? Int == 40)
        #expect((object["long_turn_rows"] as? Int ?? 0) > (object["view_rows"] as? Int ?? .max), "the long turn does not fit the view")
        for key in ["open_first_ms", "open_median_ms", "code_long_median_ms", "code_long_p99_ms", "code_small_median_ms",
                    "scroll_median_ms", "scroll_p99_ms", "line_jk_median_ms", "line_jk_p99_ms", "line_ctrl_median_ms",
                    "line_ctrl_p99_ms", "peak_rss_mb"] {
            let value = try #require(object[key] as? Double, "\(key)")
            #expect(value > 0, "\(key)")
        }
    }
}
