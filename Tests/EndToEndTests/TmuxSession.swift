import Foundation

/// A command running in a private tmux server, driven like a user would: keys in, screen out.
final class TmuxSession {
    let socket = "werkbank-test-\(UUID().uuidString.prefix(8))"
    let name = "s"

    /// Starts `command` (a shell command line) in a `width`×`height` pane. The pane stays
    /// after the command ends and shows `EXIT=<status>` and `TTY=icanon echo` when the
    /// command left the terminal in its normal modes. Both lines start with `\r\n`: a program
    /// killed in raw mode leaves the cursor anywhere and `onlcr` off, and `EXIT=` must not
    /// wrap across the pane's edge.
    init(_ command: String, width: Int = 100, height: Int = 30) throws {
        try tmux(capturing: false, ["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
                  "\(command); printf '\\r\\nEXIT=%s\\r\\n' $?; printf 'TTY=%s\\r\\n' \"$(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' ')\"; sleep 600"])
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Runs a tmux command and returns what it printed. It runs through `posix_spawn` and
    /// `waitpid` rather than `Process`: the server that `new-session` forks stays alive, and
    /// `Process` on Linux was seen to wait for ever on such a child.
    @discardableResult
    func tmux(capturing: Bool = true, _ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let line = quoted.joined(separator: " ") + " </dev/null >" + (capturing ? output.path : "/dev/null") + " 2>/dev/null"
        var pid: pid_t = 0
        let words: [String] = ["/bin/sh", "-c", line]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { word in word.withCString { strdup($0) } } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { throw SpawnFailed() }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return capturing ? (try? String(contentsOf: output, encoding: .utf8)) ?? "" : ""
    }

    struct SpawnFailed: Error {}

    /// Sends tmux key names (`Down`, `Enter`, `Escape`, `q`, `C-c`).
    func keys(_ names: String...) throws {
        try tmux(capturing: false, ["send-keys", "-t", name] + names)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(capturing: false, ["send-keys", "-t", name, "-l", text])
    }

    /// The pane's text now.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Waits until the pane shows `text`; returns the screen once it has stopped changing (see
    /// ``settled(_:_:)``), or throws with what it showed.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return try settled(last) { $0.contains(text) } }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TimedOut(expected: text, screen: last)
    }

    /// `screen`, or a later capture if the pane was still being drawn: a capture can catch a
    /// frame half written, with the awaited text in it and other lines of the frame still the
    /// previous frame's. Captures again until two in a row are the same (for at most about a
    /// second) and returns the last that still satisfies `condition`.
    func settled(_ screen: String, _ condition: (String) -> Bool) throws -> String {
        var last = screen
        for _ in 0..<50 {
            Thread.sleep(forTimeInterval: 0.015)
            let next = try self.screen()
            if next == last { return next }
            guard condition(next) else { return last }
            last = next
        }
        return last
    }

    func resize(width: Int, height: Int) throws {
        try tmux(capturing: false, ["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    func close() {
        _ = try? tmux(capturing: false, ["kill-server"])
    }

    struct TimedOut: Error, CustomStringConvertible {
        var expected: String
        var screen: String
        var description: String { "timed out waiting for \"\(expected)\"; the screen showed:\n\(screen)" }
    }
}
