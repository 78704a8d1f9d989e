import Foundation
import Testing

@Suite struct MergeCommandTests {
    @Test func mergeTwiceAddsOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-e2e-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let mine = folder.appendingPathComponent("mine.werkbank").path
        let theirs = folder.appendingPathComponent("theirs.werkbank").path
        #expect(try BinaryRunner.run(["init", mine]).status == 0)
        #expect(try BinaryRunner.run(["init", theirs]).status == 0)
        let coded = try BinaryRunner.run(["code", "--source", "sz-interview-manager", "--range", "3..30", "--code", "SRI",
                                          "--coder", "Chris", "--project", theirs])
        #expect(coded.status == 0, "\(coded.errors)")

        let first = try BinaryRunner.run(["merge", theirs, "--project", mine])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("codings added: 1, already here: 553"))
        #expect(first.output.contains("coders added: Chris"))
        // The project as it was is kept beside it, without Chris's coding.
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("mine.before-merge-") }
        #expect(backups.count == 1 && first.output.contains("the project as it was: \(folder.path)/\(backups[0])"), "\(first.output)")
        let before = try BinaryRunner.run(["fragments", "--coder", "Chris", "--format", "csv", "--project", folder.path + "/" + backups[0]])
        #expect(before.status == 0 && before.output.split(separator: "\r\n").count == 1, "\(before.output)\(before.errors)")
        let second = try BinaryRunner.run(["merge", theirs, "--project", mine, "--no-backup"])
        #expect(second.output.contains("codings added: 0, already here: 554"))
        let fragments = try BinaryRunner.run(["fragments", "--coder", "Chris", "--format", "csv", "--project", mine])
        #expect(fragments.output.split(separator: "\r\n").count == 2)
        let itself = try BinaryRunner.run(["merge", mine, "--project", mine])
        #expect(itself.status == 64)
    }
}
