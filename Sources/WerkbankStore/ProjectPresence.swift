import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who has a project open, kept beside it in `PROJECT.presence/` rather than in the project
/// file, so that a workbench moving about commits nothing that others' live views would read
/// as a change (decision 62).
///
/// Each open workbench holds an exclusive `flock` on a `.lock` file of its own and describes
/// itself in a `.json` file of the same name. The kernel releases the lock when the process
/// ends, however it ends, so an entry whose lock can be taken belongs to no one: readers pass
/// it over and remove it. A SIGKILLed workbench therefore leaves nothing that shows.
public final class ProjectPresence {
    /// The folder of a project's entries: `study.werkbank.presence` beside `study.werkbank`.
    public static func folder(for project: URL) -> URL {
        project.deletingLastPathComponent().appendingPathComponent(project.lastPathComponent + ".presence", isDirectory: true)
    }

    public let folder: URL
    /// This workbench's file name without extension: host, pid and a token, unique even for
    /// two workbenches in one process.
    public let name: String
    private let descriptor: Int32
    public private(set) var entry: PresenceEntry
    private var withdrawn = false

    private init(folder: URL, name: String, descriptor: Int32, entry: PresenceEntry) {
        self.folder = folder
        self.name = name
        self.descriptor = descriptor
        self.entry = entry
    }

    /// Announces a workbench: takes its lock and writes its entry. `nil` where the folder
    /// cannot be written (a read-only share): the workbench then sees others without being
    /// seen.
    public static func announce(_ entry: PresenceEntry, for project: URL) -> ProjectPresence? {
        let folder = folder(for: project)
        guard makeFolder(folder, beside: project) else { return nil }
        let safeHost = entry.host.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "_" }
        let name = "\(String(safeHost))-\(entry.pid)-\(UUID().uuidString.prefix(8))"
        // The lock file is made and locked under a hidden name and only then renamed into
        // place: a reader never meets it unlocked and takes it for a dead workbench's.
        let hiddenPath = folder.appendingPathComponent(".\(name).lock.tmp").path
        let descriptor = open(hiddenPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, rename(hiddenPath, folder.appendingPathComponent(name + ".lock").path) == 0 else {
            unlink(hiddenPath)
            close(descriptor)
            return nil
        }
        let presence = ProjectPresence(folder: folder, name: name, descriptor: descriptor, entry: entry)
        guard presence.write(entry) else {
            presence.withdraw()
            return nil
        }
        return presence
    }

    /// Describes the workbench anew when it moved; nothing is written when it did not.
    public func update(_ newEntry: PresenceEntry) {
        guard !newEntry.samePlace(as: entry) || newEntry.readOnly != entry.readOnly else { return }
        if write(newEntry) { entry = newEntry }
    }

    /// The other workbenches on the project now.
    public func others() -> [PresenceEntry] {
        Self.entries(in: folder, excluding: name)
    }

    /// Every workbench that has the project open now, oldest first. Entries left by ended
    /// processes are removed on the way where the folder allows it.
    public static func entries(for project: URL) -> [PresenceEntry] {
        entries(in: folder(for: project), excluding: nil)
    }

    private static func entries(in folder: URL, excluding own: String?) -> [PresenceEntry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var found: [PresenceEntry] = []
        for lockName in names where lockName.hasSuffix(".lock") && !lockName.hasPrefix(".") {
            let name = String(lockName.dropLast(".lock".count))
            guard name != own else { continue }
            let lock = folder.appendingPathComponent(lockName), json = folder.appendingPathComponent(name + ".json")
            guard isHeld(lock) else {
                // Its process is gone: the entry is stale. A folder that is not ours to clean
                // is merely read past.
                try? FileManager.default.removeItem(at: json)
                try? FileManager.default.removeItem(at: lock)
                continue
            }
            // A workbench that has taken its lock but not yet written its entry is passed over
            // until the next look.
            guard let data = try? Data(contentsOf: json), let entry = try? decoder.decode(PresenceEntry.self, from: data) else { continue }
            found.append(entry)
        }
        return found.sorted { ($0.since, $0.coder, $0.pid) < ($1.since, $1.coder, $1.pid) }
    }

    /// Whether a live process holds the lock file: a shared lock cannot be had then.
    private static func isHeld(_ lock: URL) -> Bool {
        let descriptor = open(lock.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return true
    }

    /// Writes the entry to a hidden temporary file and renames it into place, so that a reader
    /// sees the old entry or the new one, never half of one.
    private func write(_ entry: PresenceEntry) -> Bool {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(entry) else { return false }
        let temporary = folder.appendingPathComponent(".\(name).json.tmp")
        guard !withdrawn, (try? data.write(to: temporary)) != nil else { return false }
        guard rename(temporary.path, folder.appendingPathComponent(name + ".json").path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
        return true
    }

    /// Removes the entry and lets go of the lock (also done when the object goes away).
    public func withdraw() {
        guard !withdrawn else { return }
        withdrawn = true
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(name + ".json"))
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(name + ".lock"))
        flock(descriptor, LOCK_UN)
    }

    /// Creates the folder; where the project file is writable by its group or by others (a
    /// team's shared project), the folder is too, with the sticky bit, as `/tmp` is.
    private static func makeFolder(_ folder: URL, beside project: URL) -> Bool {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            return isFolder.boolValue && access(folder.path, W_OK) == 0
        }
        guard mkdir(folder.path, 0o755) == 0 || errno == EEXIST else { return false }
        var status = stat()
        if stat(project.path, &status) == 0 {
            let shared = status.st_mode & (S_IWGRP | S_IWOTH)
            if shared != 0 {
                let extra = (status.st_mode & S_IWGRP != 0 ? S_IRWXG : 0) | (status.st_mode & S_IWOTH != 0 ? S_IRWXO : 0)
                _ = chmod(folder.path, 0o755 | extra | S_ISVTX)
            }
        }
        return access(folder.path, W_OK) == 0
    }

    deinit {
        withdraw()
        close(descriptor)
    }
}
