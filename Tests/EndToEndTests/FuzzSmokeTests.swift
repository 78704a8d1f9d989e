import Foundation
import Testing

/// `werkbank-bench fuzz` at a small count, as CI runs it: every reader is fed every input and
/// nothing crashes, hangs or breaks a reader's rules; and the supervisor itself catches a
/// crash and a hang in its child, saves the inputs and goes on. The full figures are in the
/// README.
@Suite struct FuzzSmokeTests {
    static func findingsFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-fuzz-findings-\(UUID().uuidString)")
    }

    static func readers(_ output: String) throws -> [String: [String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let list = try #require(object["readers"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["reader"] as? String ?? "", $0) })
    }

    @Test func everyReaderTakesEveryInputWithoutACrash() throws {
        let findings = Self.findingsFolder()
        defer { try? FileManager.default.removeItem(at: findings) }
        // A debug build is slower than the release build the 2 s limit is meant for.
        let result = try BinaryRunner.run(["fuzz", "--reader", "all", "--count", "12", "--seed", "7", "--time-limit", "30",
                                           "--crashes", findings.path, "--json"], executable: BinaryRunner.bench)
        #expect(result.status == 0, "\(result.errors)")
        let readers = try Self.readers(result.output)
        #expect(Set(readers.keys) == ["toml", "casefolder", "transcript", "refi"])
        for (name, figures) in readers {
            #expect(figures["tried"] as? Int == 12, "\(name)")
            #expect((figures["refused"] as? Int ?? 0) + (figures["accepted"] as? Int ?? 0) == 12, "\(name)")
            for key in ["crashes", "hangs", "failures"] { #expect(figures[key] as? Int == 0, "\(name) \(key)") }
        }
    }

    @Test func aCrashAndAHangInTheChildAreCountedSavedAndSurvived() throws {
        let findings = Self.findingsFolder()
        defer { try? FileManager.default.removeItem(at: findings) }
        let result = try BinaryRunner.run(["fuzz", "--reader", "toml", "--count", "6", "--seed", "3", "--time-limit", "1",
                                           "--inject", "crash:2", "--inject", "hang:4", "--crashes", findings.path, "--json"],
                                          executable: BinaryRunner.bench)
        #expect(result.status == 1)
        let toml = try #require(try Self.readers(result.output)["toml"])
        #expect(toml["tried"] as? Int == 6)
        #expect(toml["crashes"] as? Int == 1)
        #expect(toml["hangs"] as? Int == 1)
        #expect((toml["refused"] as? Int ?? 0) + (toml["accepted"] as? Int ?? 0) == 4)
        let saved = try FileManager.default.contentsOfDirectory(atPath: findings.path).sorted()
        #expect(saved.map { ($0 as NSString).deletingPathExtension } == ["toml-seed3-2", "toml-seed3-4"])
        #expect(result.errors.contains("toml input 2"))
        #expect(result.errors.contains("crash (signal"))
        #expect(result.errors.contains("toml input 4"))
        #expect(result.errors.contains("hang"))
    }
}
