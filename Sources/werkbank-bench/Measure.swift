import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing and memory readings: a monotonic clock, medians and percentiles, peak RSS.
enum Measure {
    /// Runs `body` once and returns its result and how long it took, in seconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        let end = DispatchTime.now().uptimeNanoseconds
        return (result, Double(end - start) / 1e9)
    }

    /// Runs `body` once and returns its result and the CPU time the whole process spent on it
    /// (every thread, user and system), in seconds: less disturbed by other processes than wall
    /// time, and it counts the work done on a second core too.
    static func processTime<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        try cpuTime(CLOCK_PROCESS_CPUTIME_ID, body)
    }

    /// Runs `body` once and returns its result and the CPU time the calling thread spent on it
    /// (user and system), in seconds: on a machine shared with builds, wall time also counts
    /// the time other processes had the cores.
    static func threadTime<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        try cpuTime(CLOCK_THREAD_CPUTIME_ID, body)
    }

    /// `body`'s result and the CPU time `clockID` counted while it ran, in seconds.
    private static func cpuTime<T>(_ clockID: clockid_t, _ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        func now() -> Double {
            var spec = timespec()
            clock_gettime(clockID, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
        }
        let start = now()
        let result = try body()
        return (result, now() - start)
    }

    /// Runs `body` `runs` times; returns the last result and the median of the calling
    /// thread's CPU time in milliseconds.
    static func medianThreadMilliseconds<T>(runs: Int = 5, _ body: () throws -> T) rethrows -> (result: T, ms: Double) {
        var times: [Double] = []
        var last: T?
        for _ in 0..<max(1, runs) {
            let (result, seconds) = try threadTime(body)
            times.append(seconds * 1000)
            last = result
        }
        return (last!, percentile(50, of: times))
    }

    /// Runs `body` `runs` times; returns the last result and the median time in milliseconds.
    static func medianMilliseconds<T>(runs: Int = 5, _ body: () throws -> T) rethrows -> (result: T, ms: Double) {
        var times: [Double] = []
        var last: T?
        for _ in 0..<max(1, runs) {
            let (result, seconds) = try time(body)
            times.append(seconds * 1000)
            last = result
        }
        return (last!, percentile(50, of: times))
    }

    /// The `p`th percentile by the nearest-rank method; the median of an even count is the
    /// mean of the middle two.
    static func percentile(_ p: Double, of values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        if p == 50 {
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// Bytes in an MB, here and in every figure of the report (as /proc counts kB).
    static let bytesPerMB = 1_048_576.0

    /// The process's peak resident set size in MB (`VmHWM` of /proc/self/status); `nil` where
    /// there is no /proc.
    static func peakResidentMB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }

    /// Starts a new peak: the kernel's high-water mark of resident memory is set back to what
    /// is resident now (`/proc/self/clear_refs`, Linux), so that the next ``peakResidentMB()``
    /// is the peak of the step that follows. Memory freed by earlier steps is given back to the
    /// system first (`malloc_trim`): the allocator kept about 400 MB of the 10× corpus after
    /// the import, and every later step's peak counted it. Returns false where that cannot be done.
    @discardableResult
    static func resetPeakResident() -> Bool {
        returnFreedMemory()
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// Calls glibc's `malloc_trim(0)`, looked up at run time (Swift's Glibc module leaves out
    /// `malloc.h`); nothing where there is none.
    static func returnFreedMemory() {
        #if canImport(Glibc)
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return }
        typealias MallocTrim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }

    /// The size of a file in MB, or 0 when it is not there.
    static func fileMB(_ path: String) -> Double {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
        return size / bytesPerMB
    }
}
