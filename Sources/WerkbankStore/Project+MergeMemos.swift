import Foundation
import GRDB
import WerkbankCore

extension Project {
    /// Brings in their free memos by GUID, as codings are merged: one here with other content
    /// stays and is reported as a conflict; one on a case or code this project lacks is
    /// skipped. Times come along as they were.
    func mergeFreeMemos(_ theirs: [FreeMemo], db: Database, report: inout MergeReport) throws {
        let store = FreeMemoStore(db: db)
        for memo in theirs {
            let name = "memo \(memo.id.uuidString.lowercased()) (\(memo.title))"
            let incoming = FreeMemoSnapshot(memo)
            if let ours = try? store.snapshot(memo.id) {
                if ours.content != incoming.content { report.conflicts.append("\(name): different content; kept this project's") }
                continue
            }
            do {
                _ = try store.checked(memo)
            } catch {
                report.skipped.append("\(name): \(error)")
                continue
            }
            try store.insert(incoming)
            report.addedFreeMemos += 1
        }
    }
}
