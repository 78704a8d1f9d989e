import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds how the terminal lays out emoji sequences by drawing each of
/// ``EmojiLayout/probes`` at the start of the line and asking where the cursor went (a
/// cursor position report, `ESC [ 6 n`, which every VT100-like terminal answers, tmux too).
/// The line is erased afterwards. So the grid counts the columns that `cat` would show in
/// this very terminal.
enum EmojiProbe {
    /// The layout, or `nil` when the terminal did not answer in time (the default stays).
    static func measure(waitingMilliseconds: Int32 = 500) -> EmojiLayout? {
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return nil }
        var quiet = saved
        // No echo and no line editing, so the answers arrive at once and are not shown.
        quiet.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(0, TCSANOW, &quiet) == 0 else { return nil }
        defer { tcsetattr(0, TCSANOW, &saved) }

        let query = EmojiLayout.probes.map { "\r" + $0 + "\u{1B}[6n" }.joined() + "\r\u{1B}[K"
        let bytes = Array(query.utf8)
        guard bytes.withUnsafeBufferPointer({ write(1, $0.baseAddress, $0.count) }) == bytes.count else { return nil }

        var answer: [UInt8] = []
        var columns: [Int] = []
        var waited: Int32 = 0
        var chunk = [UInt8](repeating: 0, count: 64)
        while columns.count < EmojiLayout.probes.count, waited < waitingMilliseconds {
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            // Short polls, so that the wait is bounded however the answers trickle in.
            let step: Int32 = 20
            let ready = poll(&descriptor, 1, step)
            if ready < 0 { break }
            if ready == 0 { waited += step; continue }
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            answer += chunk[0..<count]
            columns = EmojiLayout.reportedColumns(in: answer)
        }
        guard columns.count >= EmojiLayout.probes.count else {
            // A late answer must not arrive as keys.
            tcflush(0, TCIFLUSH)
            return nil
        }
        return EmojiLayout(modifierSequenceWidth: columns[0] - 1, joinerSequenceWidth: columns[1] - 1)
    }
}
