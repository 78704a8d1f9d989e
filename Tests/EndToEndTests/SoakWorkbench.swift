import Foundation

/// One workbench of the soak test under tmux, driven by keys as a coder would, with what it
/// acknowledged on screen kept in a ``SoakLedger``. Only the screen counts: an edit is in the
/// ledger when the workbench said it was done.
final class SoakWorkbench {
    let coder: String
    let session: TmuxSession
    let pidFile: URL
    var ledger: SoakLedger
    /// Down the source from its first turn, or up from its last.
    let downwards: Bool
    /// Whether memos and removals are tried: only on a source no other workbench codes, where
    /// the panel's first coding on a turn just coded is this coder's.
    let editsOwnTurns: Bool
    /// Whether the cursor came back to a turn it had coded (the ledger's memo count is then
    /// no longer exact: a memo may go on an older coding).
    private(set) var wrapped = false
    private var lastStepCoded = false
    private(set) var killed = false

    /// The messages that are the workbench's answers to this coder's own keys.
    static let ownAnswers = ["Coded ", "Undone: ", "Nothing to undo", "Removed ", "Memo saved"]
    static let timeout: TimeInterval = 30

    init(coder: String, project: String, data: URL, downwards: Bool, editsOwnTurns: Bool) throws {
        self.coder = coder
        ledger = SoakLedger(coder: coder)
        self.downwards = downwards
        self.editsOwnTurns = editsOwnTurns
        pidFile = data.appendingPathComponent("\(coder).pid")
        let command = BinaryRunner.isolated(
            "sh -c 'echo $$ > \(pidFile.path); exec \(BinaryRunner.binary.path) --project \(project) --coder \(coder)'",
            data: data.appendingPathComponent("home-\(coder)"))
        session = try TmuxSession(command, width: 100, height: 30)
    }

    /// From the Cases screen to the `sourceRow`th source (by date) of the `caseRow`th case.
    func open(caseRow: Int, sourceRow: Int) throws {
        try session.waitFor("Revalidatie 1", timeout: Self.timeout)
        for _ in 0..<caseRow { try session.keys("Down") }
        try session.keys("Enter")
        try session.waitFor("Overview", timeout: Self.timeout)
        try session.keys("Tab", "Tab")
        try session.waitFor("Participants", timeout: Self.timeout)
        for _ in 0..<sourceRow { try session.keys("Down") }
        try session.keys("Enter")
        try session.waitFor(" SOURCE ", timeout: Self.timeout)
        if !downwards { try session.keys("G") }
    }

    /// The message row (the last) and the status bar above it.
    private func bottom(_ screen: String) -> (status: String, message: String) {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let filled = rows.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0
        return (filled > 0 ? rows[filled - 1] : "", rows[filled])
    }

    /// Waits until no answer of an earlier key is on the message row, so that the next answer
    /// read is the next key's. Ctrl-L reads the project again and says so, which clears it.
    private func clearAnswer() throws {
        try session.keys("C-l")
        try waitUntil("the last answer cleared") { screen in
            let message = self.bottom(screen).message
            return !Self.ownAnswers.contains { message.contains($0) }
        }
    }

    @discardableResult
    private func waitUntil(_ description: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(Self.timeout)
        var last = ""
        while Date() < deadline {
            last = try session.screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw TmuxSession.TimedOut(expected: "\(coder): \(description)", screen: last)
    }

    /// `turn 3/10` from the status bar.
    private func turnPosition(_ screen: String) -> (turn: Int, of: Int)? {
        guard let match = bottom(screen).status.firstMatch(of: /turn (\d+)\/(\d+)/) else { return nil }
        return (Int(match.1)!, Int(match.2)!)
    }

    /// One step: `choice` picks among what is possible now.
    func step(_ choice: Int, number: Int) throws {
        try clearAnswer()
        let canEditTurn = editsOwnTurns && lastStepCoded
        lastStepCoded = false
        switch canEditTurn ? choice % 5 : choice % 3 {
        case 0, 1: try code(number)
        case 2: try undo()
        case 3: try memo(number)
        default: try uncode()
        }
    }

    private func code(_ number: Int) throws {
        let screen = try session.screen()
        if let position = turnPosition(screen) {
            let atEnd = downwards ? position.turn >= position.of : position.turn <= 1
            if atEnd { wrapped = true }
            try session.keys(atEnd ? (downwards ? "g" : "G") : (downwards ? "j" : "k"))
        }
        try session.keys(String(number % 6 + 1))
        try waitUntil("Coded") { self.bottom($0).message.contains("Coded ") }
        ledger.coded()
        lastStepCoded = true
    }

    private func undo() throws {
        try session.keys("u")
        let answer = try waitUntil("an answer to u") { screen in
            let message = self.bottom(screen).message
            return message.contains("Undone: ") || message.contains("Nothing to undo") || screen.contains("y anyway")
        }
        if answer.contains("y anyway") {
            // Someone else changed the edit since: cancelled, nothing is undone.
            try session.keys("n")
            return
        }
        let message = bottom(answer).message
        if let range = message.range(of: "Undone: ") {
            let label = message[range.upperBound...].components(separatedBy: " · ")[0].trimmingCharacters(in: .whitespaces)
            ledger.undid(label: label)
        } else {
            ledger.undid(label: nil)
        }
    }

    private func memo(_ number: Int) throws {
        try session.keys("Tab", "m")
        try waitUntil("the memo editor") { $0.contains("Memo · ") }
        try session.type("Soakmemo \(coder) \(number) — één")
        try session.keys("Escape")
        try waitUntil("the memo saved") { self.bottom($0).message.contains("Memo saved") }
        ledger.memoOnLast()
        try session.keys("Escape")
    }

    private func uncode() throws {
        try session.keys("Tab", "x")
        let answer = try waitUntil("the coding removed") { screen in
            self.bottom(screen).message.contains("Removed ") || screen.contains("y/n") || screen.contains("y yes")
        }
        if !bottom(answer).message.contains("Removed ") {
            try session.keys("y")
            try waitUntil("the coding removed") { self.bottom($0).message.contains("Removed ") }
        }
        ledger.uncoded()
        try session.keys("Escape")
    }

    /// The workbench's process, killed with SIGKILL.
    func kill() throws {
        let text = try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text) else { throw TmuxSession.TimedOut(expected: "a pid", screen: text) }
        Foundation.kill(pid, SIGKILL)
        killed = true
    }

    /// Goes to the Cases screen (without asking to read the project again).
    func showCases() throws {
        try session.keys("Escape", "1")
        try waitUntil("the Cases screen") { $0.contains(" CASES ") && $0.contains("Frag.") }
    }

    /// The Cases screen's fragment counts per case name, as shown now.
    func casesScreenCounts(caseNames: [String]) throws -> [String: Int] {
        let screen = try session.screen()
        var counts: [String: Int] = [:]
        for line in screen.split(separator: "\n") {
            for name in caseNames where line.contains("  \(name)  ") {
                // `│2  Revalidatie 1  Zorg 1   28   5   210  Bram  │`: the Frag. column is the
                // last number (the Open now column holds names).
                let after = line.components(separatedBy: "  \(name)  ").last ?? ""
                if let last = after.split(separator: " ").compactMap({ Int($0) }).last { counts[name] = last }
            }
        }
        return counts
    }

    func quit() throws -> String {
        try session.keys("Escape", "Escape", "q")
        return try session.waitFor("EXIT=", timeout: Self.timeout)
    }
}
