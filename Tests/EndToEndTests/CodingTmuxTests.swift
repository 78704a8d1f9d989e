import Foundation
import Testing
import WerkbankCore
import WerkbankStore

/// Coding in the real workbench in a real terminal (tmux): a coding made with a number key is
/// in the project after quitting, shows again after a restart, and survives SIGKILL right
/// after the screen confirms it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct CodingTmuxTests {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-tmux-coding-\(UUID().uuidString)")
    /// The default project of the private data folder.
    var project: URL { data.appendingPathComponent("werkbank/default.werkbank") }

    static let sourceID = "rev1-interview-manager"
    static let sourceTitle = "Interview met de manager behandelzaken"
    /// The frame title of the reader on that source (the Sources tab lists the title too).
    static let readerTitle = "┌ Interview met de manager behandelzaken · interview"
    static let thirdTurn = "I: Hoe is de werkplaats ontstaan?"

    /// The workbench in the private data folder, started through `sh` so that its pid is known:
    /// `sh` writes its own pid to `pidFile` and then `exec`s the workbench under that pid.
    func command(_ arguments: String, pidFile: URL) -> String {
        BinaryRunner.isolated("sh -c 'echo $$ > \(pidFile.path); exec \(BinaryRunner.binary.path) \(arguments)'", data: data)
    }

    /// Starts the workbench as Tester and opens the manager interview in the reader, checking
    /// by the screen where it is at each step.
    func openInterview(pidFile: URL) throws -> (session: TmuxSession, screen: String) {
        let session = try TmuxSession(command("--coder Tester", pidFile: pidFile), width: 120, height: 32)
        do {
            try session.waitFor("Revalidatie 1")
            try session.keys("Down", "Enter")
            try session.waitFor("2 · Revalidatie 1 (Zorg 1)")
            try session.keys("Tab", "Tab")
            // The Sources tab: its table by date, with the interview (2023-03-07) as the second source.
            try session.waitUntil("the Sources tab with the interview second") { screen in
                let rows = screen.split(separator: "\n").filter { $0.contains("2023-") }
                return screen.contains("Participants") && rows.count >= 4 && rows[1].contains(Self.sourceTitle)
            }
            try session.keys("Down", "Enter")
            // The whole first frame of the reader: its title, the third turn, its status bar.
            let reader = try session.waitUntil("the reader on the interview") { screen in
                screen.contains(Self.readerTitle) && screen.contains(Self.thirdTurn) && screen.contains(" SOURCE ")
            }
            #expect(reader.contains("coder Tester"))
            return (session, reader)
        } catch {
            session.close()
            throw error
        }
    }

    /// The screen line that shows a turn's first words.
    static func line(showing text: String, in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    /// The Tester's codings as `werkbank fragments` reports them, one dictionary per row.
    func testerFragments() throws -> [[String: String]] {
        let result = try BinaryRunner.run(["fragments", "--coder", "Tester", "--format", "csv", "--project", project.path])
        #expect(result.status == 0, "\(result.errors)")
        let records = CSVRecords.parse(result.output)
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The speaker turns of the interview, read from the project while no workbench runs.
    func interviewTurns() throws -> [Turn] {
        try Project.open(at: project).turns(ofSource: Self.sourceID)
    }

    func pid(in file: URL) throws -> pid_t {
        let text = try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(pid_t(text), "a pid in \(file.path): \(text)")
    }

    @Test func codeQuitReopenAndSurviveSIGKILL() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)

        // 1. Code the third turn with LOS (key 1) and quit.
        let (first, before) = try openInterview(pidFile: data.appendingPathComponent("first.pid"))
        defer { first.close() }
        let uncoded = try #require(Self.line(showing: Self.thirdTurn, in: before), "the third turn is on screen:\n\(before)")
        #expect(!uncoded.contains("LOS▐"), "no LOS beside the third turn before coding:\n\(before)")
        // Keys are read in order: the cursor is on the third turn when 1 arrives.
        try first.keys("j", "j", "1")
        // The message, the side panel and the gutter are one frame.
        try first.waitUntil("Coded LOS, in the side panel and the gutter") { screen in
            screen.contains("Coded LOS") && screen.contains("██ LOS  Tester")
                && Self.line(showing: Self.thirdTurn, in: screen)?.contains("LOS▐") == true
        }
        // A memo on that coding: Tab to the codes here, m, type, Esc saves.
        try first.keys("Tab", "m")
        try first.waitFor("Memo · LOS · Tester")
        try first.type("Vraag naar het ontstaan — één memo")
        try first.keys("Escape")
        try first.waitFor("Memo saved")
        try first.keys("Escape", "q", "q", "q")
        let quit = try first.waitFor("EXIT=")
        #expect(quit.contains("EXIT=0"), "the workbench quits normally:\n\(quit)")

        let turns = try interviewTurns()
        try #require(turns.count >= 4)
        let afterQuit = try testerFragments()
        #expect(afterQuit.count == 1, "one coding by Tester: \(afterQuit)")
        let los = try #require(afterQuit.first)
        #expect(los["Code"] == "LOS")
        #expect(los["Source"] == Self.sourceID)
        #expect(los["Speaker"] == "I")
        #expect(los["Quote"] == "Hoe is de werkplaats ontstaan?")
        #expect(los["Memo"] == "Vraag naar het ontstaan — één memo")
        #expect(los["Start"] == String(turns[2].range.start) && los["End"] == String(turns[2].range.end),
                "the coding spans the third turn \(turns[2].range): \(los)")

        // 2. Start again: the coding shows in the gutter and in the side panel on that turn.
        let secondPID = data.appendingPathComponent("second.pid")
        let (second, _) = try openInterview(pidFile: secondPID)
        defer { second.close() }
        try second.keys("j", "j")
        try second.waitUntil("LOS by Tester with its memo in the side panel and LOS▐ in the gutter of the third turn") { screen in
            screen.contains("██ LOS  Tester") && screen.contains("Vraag naar het ontstaan")
                && Self.line(showing: Self.thirdTurn, in: screen)?.contains("LOS▐") == true
        }

        // 3. Code the fourth turn with LeA (key 3) and kill the workbench as soon as it says so.
        try second.keys("j", "3")
        try second.waitFor("Coded LeA")
        let pid = try pid(in: secondPID)
        if let commandLine = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8) {
            #expect(commandLine.contains("werkbank") && commandLine.contains("Tester"), "pid \(pid) is the workbench: \(commandLine)")
        }
        #expect(kill(pid, SIGKILL) == 0)
        _ = try second.waitFor("EXIT=")
        // The shell's "Killed" line can wrap; -J joins wrapped lines so that EXIT=137 is whole.
        let killed = try second.tmux(["capture-pane", "-p", "-J", "-t", second.name])
        #expect(killed.contains("EXIT=137"), "the workbench died of SIGKILL:\n\(killed)")

        let afterKill = try testerFragments()
        #expect(afterKill.count == 2, "both codings by Tester: \(afterKill)")
        let lea = try #require(afterKill.first { $0["Code"] == "LeA" }, "the LeA coding survived SIGKILL: \(afterKill)")
        #expect(lea["Source"] == Self.sourceID)
        #expect(lea["Speaker"] == "M1")
        #expect(lea["Start"] == String(turns[3].range.start) && lea["End"] == String(turns[3].range.end),
                "the coding spans the fourth turn \(turns[3].range): \(lea)")
        #expect(afterKill.contains { $0["Code"] == "LOS" && $0["Start"] == los["Start"] })
        #expect(try Project.open(at: project).integrityCheck() == "ok")
    }
}

extension TmuxSession {
    /// Waits until the pane's text satisfies `condition` (for checks that span several lines
    /// of one frame, so that a frame caught half drawn is read again); returns that screen.
    @discardableResult
    func waitUntil(_ description: String, timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return try settled(last, condition) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TimedOut(expected: description, screen: last)
    }
}

/// Records of RFC 4180 CSV: fields in double quotes may hold commas, quotes (doubled) and
/// line breaks.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\n", "\r\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
