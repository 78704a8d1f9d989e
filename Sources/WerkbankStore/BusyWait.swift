import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How a writer waits for another process's write lock: in steps of 0.2 ms for the first
/// 10 ms, then of 5 ms, up to ``Project/busyTimeout`` in all. Another writer's commit holds
/// the lock for about 0.3 ms; SQLite's own busy timeout sleeps 1, 2, 5, 10, 15 … ms, so a key
/// that met one lock waited 1–3 ms, and one that met a writer slowed by a busy machine 18 ms
/// or more where 1 ms would have done (decision 62).
enum BusyWait {
    static let fineSteps = 50
    static let fineStep: useconds_t = 200
    static let coarseStep: useconds_t = 5_000

    /// The time waited before try `tries` (counted from 0), in seconds.
    static func waited(beforeTry tries: Int) -> Double {
        let fine = min(tries, fineSteps), coarse = max(0, tries - fineSteps)
        return (Double(fine) * Double(fineStep) + Double(coarse) * Double(coarseStep)) / 1_000_000
    }

    /// SQLite's busy handler: sleeps a step and asks to try again, or gives up once the
    /// project has been busy for ``Project/busyTimeout``, by the clock as well as by the steps:
    /// on a busy machine each sleep overshoots, and the steps alone let a writer wait 15 s
    /// where it said 10.
    @Sendable static func retry(_ tries: Int) -> Bool {
        let now = ProcessInfo.processInfo.systemUptime
        // SQLite calls the handler on the waiting connection's thread, from try 0 for each lock
        // it meets: the thread keeps when its wait began.
        let key = "werkbank.busySince"
        if tries == 0 { Thread.current.threadDictionary[key] = now }
        let since = Thread.current.threadDictionary[key] as? Double ?? now
        guard waited(beforeTry: tries) < Project.busyTimeout, now - since < Project.busyTimeout else { return false }
        usleep(tries < fineSteps ? fineStep : coarseStep)
        return true
    }
}
