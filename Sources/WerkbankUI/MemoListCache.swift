import Foundation
import WerkbankCore

/// The Memos screen's filtered list, worked out once per filter rather than in every frame and
/// for every key: filtering 10,000 memos took most of a 9–16 ms frame. A reference shared by
/// the frames and the reducer (which read copies of the data), made anew whenever the memos
/// are read again (``WorkbenchData/memoEntries``).
final class MemoListCache: @unchecked Sendable {
    private let lock = NSLock()
    private var filter: MemoFilter?
    private var visible: [MemoEntry] = []

    /// The entries `filter` lets through; `entries` must be the same on every call (the cache
    /// is replaced when they change).
    func visible(_ entries: [MemoEntry], filter: MemoFilter) -> [MemoEntry] {
        if let cached = lock.withLock({ self.filter == filter ? visible : nil }) { return cached }
        let made = filter.apply(entries)
        lock.withLock {
            self.filter = filter
            visible = made
        }
        return made
    }
}
