import Foundation
import Testing
import WerkbankCore
import WerkbankStore

/// The live view in a real terminal: a workbench shows a coding that `werkbank code` makes
/// beside it within about a second, without a key, and idling costs next to no CPU.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux (scripts/test installs it)"))
struct LiveViewTmuxTests {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-tmux-live-\(UUID().uuidString)")
    var project: URL { data.appendingPathComponent("werkbank/default.werkbank") }

    /// CPU seconds (user + system) a process has used, from /proc.
    static func cpuSeconds(of pid: pid_t) throws -> Double {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // Fields after the command name (which may hold spaces) start after its ')'.
        let fields = stat[stat.index(after: try #require(stat.lastIndex(of: ")")))...].split(separator: " ")
        let ticks = (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0)
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    @Test func aCodingMadeByTheCommandLineAppearsWithoutAKey() throws {
        defer { try? FileManager.default.removeItem(at: data) }
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let pidFile = data.appendingPathComponent("workbench.pid")
        let command = BinaryRunner.isolated("sh -c 'echo $$ > \(pidFile.path); exec \(BinaryRunner.binary.path) --coder Tester'", data: data)
        let session = try TmuxSession(command, width: 120, height: 32)
        defer { session.close() }
        try session.waitFor("Revalidatie 1")
        try session.keys("Down", "Enter")
        try session.waitFor("2 · Revalidatie 1 (Zorg 1)")
        try session.keys("Tab", "Tab")
        try session.waitUntil("the Sources tab with the interview second") { screen in
            let rows = screen.split(separator: "\n").filter { $0.contains("2023-") }
            return screen.contains("Participants") && rows.count >= 4 && rows[1].contains(CodingTmuxTests.sourceTitle)
        }
        try session.keys("Down", "Enter")
        let reader = try session.waitUntil("the reader on the interview") { screen in
            screen.contains(CodingTmuxTests.readerTitle) && screen.contains(CodingTmuxTests.thirdTurn)
        }
        let before = try #require(CodingTmuxTests.line(showing: CodingTmuxTests.thirdTurn, in: reader))
        #expect(!before.contains("LOS"), "no LOS beside the third turn yet:\n\(reader)")

        // Idle: the poll of data_version four times a second.
        let pid = pid_t(try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let cpuBefore = try Self.cpuSeconds(of: pid)
        Thread.sleep(forTimeInterval: 5)
        let idleCPU = try Self.cpuSeconds(of: pid) - cpuBefore
        print("live view: \(idleCPU) CPU seconds in 5 s idle")
        #expect(idleCPU < 0.5, "polling while idle stays cheap: \(idleCPU) s of CPU in 5 s")

        let turns = try Project.open(at: project, for: .reading).turns(ofSource: CodingTmuxTests.sourceID)
        let third = try #require(turns.dropFirst(2).first?.range)
        let result = try BinaryRunner.run(["code", "--source", CodingTmuxTests.sourceID, "--range", "\(third.start)..\(third.end)",
                                           "--code", "LOS", "--coder", "Bram", "--project", project.path])
        #expect(result.status == 0, "\(result.errors)")
        let committed = Date()
        let after = try session.waitUntil("the coding on screen and said", timeout: 5) { screen in
            screen.contains("Bram coded a fragment in this source")
                && CodingTmuxTests.line(showing: CodingTmuxTests.thirdTurn, in: screen)?.contains("LOS") == true
        }
        let latency = Date().timeIntervalSince(committed)
        print("live view: remote change on screen after \(Int(latency * 1000)) ms")
        #expect(latency < 1.5, "a remote change appears within about a second: \(latency) s")
        #expect(after.contains(CodingTmuxTests.readerTitle), "the reader stays open")
        try session.keys("q", "q", "q")
    }
}
