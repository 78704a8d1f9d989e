import Foundation
import Testing

/// The workbench on a project it cannot write: opened read-only, saying why.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct ReadOnlyWorkbenchTmuxTests {
    @Test func aProjectThatCannotBeWrittenOpensReadOnlyAndSaysWhy() throws {
        let fixture = try InitializedProject("workbench-readonly")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.folder.path)
            fixture.remove()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: fixture.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.folder.path)
        // Root ignores permission bits: the workbench then runs as nobody.
        var user = ""
        if getuid() == 0 {
            try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "running as root needs setpriv to test as another user")
            user = "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups "
        }
        let data = fixture.folder.appendingPathComponent("data").path
        let session = try TmuxSession("env -u NO_COLOR -u WERKBANK_PROJECT HOME=/tmp XDG_DATA_HOME=\(data) XDG_CONFIG_HOME=\(data) LANG=C.UTF-8 "
                                      + "\(user)\(BinaryRunner.binary.path) --project \(fixture.path)")
        defer { session.close() }
        let screen = try session.waitFor("Opened read-only")
        #expect(screen.contains("Opened read-only: the project cannot be written: the file is read-only for you."))
        try session.keys("u")
        try session.waitFor("Not possible while read-only (the project cannot be written: the file is read-only")
        try session.keys("q")
        try session.waitFor("EXIT=0")
    }
}
