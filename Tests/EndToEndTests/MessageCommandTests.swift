import Foundation
import Testing

/// Errors that say what is wrong, with the exit code of its kind.
@Suite struct MessageCommandTests {
    @Test func anUnknownThemeNameIsAUsageError() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-config-\(UUID().uuidString)")
        let result = try BinaryRunner.run(["--theme", "nosuch"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 64)
        #expect(result.errors.contains("no theme named `nosuch`"), "\(result.errors)")
    }

    @Test func aTranscriptThatIsNotAFileIsCalledWhatItIs() throws {
        let fixture = try InitializedProject("special")
        defer { fixture.remove() }
        let fifo = fixture.folder.appendingPathComponent("gesprek.txt")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let device = fixture.folder.appendingPathComponent("leeg.txt")
        try FileManager.default.createSymbolicLink(atPath: device.path, withDestinationPath: "/dev/zero")
        let sources = try fixture.run(["sources", "--format", "csv"]).output
        for (file, kind) in [(fifo, "is a FIFO (named pipe), not a regular file"), (device, "is a device (/dev/zero), not a regular file")] {
            let result = try fixture.run(["import", file.path, "--case", "Zorg 1"])
            #expect(result.status == 65)
            #expect(result.errors.contains("\(file.lastPathComponent): \(kind)"), "\(result.errors)")
        }
        #expect(try fixture.run(["sources", "--format", "csv"]).output == sources)
    }
}
