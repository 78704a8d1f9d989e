import Foundation
import GRDB

extension Project {
    /// Copies the project as it is now into a new file beside it, named
    /// `NAME.before-LABEL-YYYYMMDD-HHMMSS.werkbank` (`-2`, `-3` … after it within one second),
    /// with SQLite's online backup (a consistent copy while others may read or write), written
    /// under a temporary name and renamed when complete. Bulk changes that the journal cannot
    /// undo (merging, importing into a project) make one first, so that they can be undone by hand.
    public func backup(before label: String, at date: Date = Date()) throws(ProjectError) -> URL {
        try backup(before: label, at: date, pagesPerStep: -1, progress: nil)
    }

    /// ``backup(before:at:)`` in steps of `pagesPerStep` pages, calling `progress` after each;
    /// a `progress` that throws stops the copy.
    func backup(before label: String, at date: Date, pagesPerStep: Int32,
                progress: ((DatabaseBackupProgress) throws -> Void)?) throws(ProjectError) -> URL {
        let stamp = date.formatted(Date.VerbatimFormatStyle(
            format: "\(year: .defaultDigits)\(month: .twoDigits)\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
            timeZone: .current, calendar: Calendar(identifier: .gregorian)))
        let name = url.deletingPathExtension().lastPathComponent
        var target = url.deletingLastPathComponent().appendingPathComponent("\(name).before-\(label)-\(stamp).werkbank")
        var number = 2
        while FileManager.default.fileExists(atPath: target.path) {
            target = url.deletingLastPathComponent().appendingPathComponent("\(name).before-\(label)-\(stamp)-\(number).werkbank")
            number += 1
        }
        // Written under a temporary name and renamed when complete: a process killed during
        // the copy leaves no empty or partial "backup" under a name that promises one.
        let temporary = try TemporaryFile(for: target)
        defer { temporary.discard() }
        try Self.wrap(target.path) {
            let copy = try DatabaseQueue(path: temporary.url.path)
            try readers.backup(to: copy, pagesPerStep: pagesPerStep, progress: progress)
            try copy.close()
        }
        try temporary.moveIntoPlace(at: target)
        return target
    }
}
