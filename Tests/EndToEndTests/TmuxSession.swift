import Foundation

/// A command running in a private tmux server, driven like a user would: keys in, screen out.
final class TmuxSession {
    let socket = "werkbank-test-\(UUID().uuidString.prefix(8))"
    let name = "s"

    /// Starts `command` (a shell command line) in a `width`×`height` pane. The pane stays
    /// after the command ends and shows `EXIT=<status>`.
    init(_ command: String, width: Int = 100, height: Int = 30) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
                  "\(command); echo EXIT=$?; sleep 600"])
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Sends tmux key names (`Down`, `Enter`, `Escape`, `q`, `C-c`).
    func keys(_ names: String...) throws {
        try tmux(["send-keys", "-t", name] + names)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// The pane's text now.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Waits until the pane shows `text`; returns the screen, or throws with what it showed.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TimedOut(expected: text, screen: last)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    func close() {
        _ = try? tmux(["kill-server"])
    }

    struct TimedOut: Error, CustomStringConvertible {
        var expected: String
        var screen: String
        var description: String { "timed out waiting for \"\(expected)\"; the screen showed:\n\(screen)" }
    }
}
