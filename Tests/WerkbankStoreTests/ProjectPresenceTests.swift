import Foundation
import Testing
@testable import WerkbankStore

/// Presence beside the project: entries come and go with their workbenches, and an entry whose
/// process is gone is neither listed nor kept.
@Suite struct ProjectPresenceTests {
    private func projectURL() throws -> (URL, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-presence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("study.werkbank")
        try Data().write(to: url)
        return (url, folder)
    }

    @Test func workbenchesSeeEachOtherAndWhereTheyAre() throws {
        let (url, folder) = try projectURL()
        defer { try? FileManager.default.removeItem(at: folder) }
        let anouk = try #require(ProjectPresence.announce(PresenceEntry(coder: "Anouk", screen: "cases"), for: url))
        let bram = try #require(ProjectPresence.announce(PresenceEntry(coder: "Bram", screen: "cases"), for: url))
        #expect(anouk.others().map(\.coder) == ["Bram"])
        #expect(bram.others().map(\.coder) == ["Anouk"])
        bram.update(PresenceEntry(coder: "Bram", screen: "source", caseID: "zorg-2", caseName: "Revalidatie 2",
                                  sourceID: "interview-3", sourceTitle: "Interview 3", since: bram.entry.since))
        let seen = try #require(anouk.others().first)
        #expect(seen.place == "Revalidatie 2 · Interview 3")
        #expect(seen.screen == "source")
        #expect(ProjectPresence.entries(for: url).map(\.coder).sorted() == ["Anouk", "Bram"])
        bram.withdraw()
        #expect(anouk.others().isEmpty)
        #expect(ProjectPresence.entries(for: url).map(\.coder) == ["Anouk"])
    }

    @Test func anEntryWhoseLockNoOneHoldsIsStaleAndRemoved() throws {
        let (url, folder) = try projectURL()
        defer { try? FileManager.default.removeItem(at: folder) }
        let anouk = try #require(ProjectPresence.announce(PresenceEntry(coder: "Anouk", screen: "cases"), for: url))
        // What a killed workbench leaves: its files, with no process holding the lock.
        let presence = ProjectPresence.folder(for: url)
        let stale = PresenceEntry(coder: "Ghost", pid: 999_999, screen: "source")
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(stale).write(to: presence.appendingPathComponent("vm-999999-DEADBEEF.json"))
        try Data().write(to: presence.appendingPathComponent("vm-999999-DEADBEEF.lock"))
        #expect(anouk.others().isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: presence.path).sorted()
        #expect(left == [anouk.name + ".json", anouk.name + ".lock"])
    }

    @Test func aProcessKilledWithSIGKILLLeavesNoEntry() throws {
        let (url, folder) = try projectURL()
        defer { try? FileManager.default.removeItem(at: folder) }
        let presence = ProjectPresence.folder(for: url)
        try FileManager.default.createDirectory(at: presence, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(PresenceEntry(coder: "Carla", screen: "cases")).write(to: presence.appendingPathComponent("vm-1-CAFE.json"))
        // Another process takes the lock, as a workbench does, and is killed.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        // `exec`: the process that holds the lock is the one killed (no child inherits it).
        // It locks a hidden file and renames it into place, as `announce` does.
        let hidden = presence.appendingPathComponent(".vm-1-CAFE.lock.tmp").path, lock = presence.appendingPathComponent("vm-1-CAFE.lock").path
        holder.arguments = ["-c", "exec 9>'\(hidden)'; flock -x 9; mv '\(hidden)' '\(lock)'; exec sleep 60"]
        try holder.run()
        var waited = 0
        while ProjectPresence.entries(for: url).isEmpty, waited < 100 {
            usleep(20_000)
            waited += 1
        }
        #expect(ProjectPresence.entries(for: url).map(\.coder) == ["Carla"], "listed while its process lives")
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        #expect(ProjectPresence.entries(for: url).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: presence.path).isEmpty)
    }

    @Test func whereNoFolderCanBeMadeNothingIsAnnouncedAndNoOneListed() throws {
        let (url, folder) = try projectURL()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file where the folder would go (as good as a share that cannot be written, and
        // the same for root).
        try Data("x".utf8).write(to: ProjectPresence.folder(for: url))
        #expect(ProjectPresence.announce(PresenceEntry(coder: "Anouk", screen: "cases"), for: url) == nil)
        #expect(ProjectPresence.entries(for: url).isEmpty)
    }
}
