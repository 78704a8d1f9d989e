/// Myers' O(ND) greedy difference of two sequences of integers (tokens numbered by their text).
///
/// Each step `d` keeps only the window `-d...d` of the furthest-reaching diagonals, so a run
/// of `D` edits costs `(D + 1)²` integers of memory; a limit on `D` keeps a rewrite of a whole
/// text from costing more than a caller wants to spend (it then treats the stretch as replaced).
enum MyersDiff {
    /// The stretches of `a` replaced by stretches of `b`, in the sequences' own indices and in
    /// order; `nil` when more than `limit` insertions and deletions would be needed.
    static func hunks(_ a: [Int32], _ b: [Int32], limit: Int) -> [TextDiff.Hunk]? {
        let n = a.count, m = b.count
        if n == 0 || m == 0 { return n == 0 && m == 0 ? [] : [TextDiff.Hunk(old: 0..<n, new: 0..<m)] }
        let maxD = min(n + m, limit)
        let offset = maxD + 1
        var v = [Int32](repeating: 0, count: 2 * maxD + 3)
        // The window -d...d of `v` at the start of step d, step after step: d² integers before it.
        var trace: [Int32] = []
        for d in 0...maxD {
            trace.append(contentsOf: v[(offset - d)...(offset + d)])
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = Int(v[offset + k + 1])
                } else {
                    x = Int(v[offset + k - 1]) + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = Int32(x)
                if x >= n, y >= m { return backtrack(trace: trace, steps: d, n: n, m: m) }
            }
        }
        return nil
    }

    /// The hunks between the diagonal runs of the path that reached `(n, m)` in `steps` edits.
    private static func backtrack(trace: [Int32], steps: Int, n: Int, m: Int) -> [TextDiff.Hunk] {
        var runs: [(x: Int, y: Int, length: Int)] = []
        var (x, y) = (n, m)
        for d in stride(from: steps, through: 0, by: -1) {
            // v[k] of the window of step d is trace[d² + d + k].
            func v(_ k: Int) -> Int { Int(trace[d * d + d + k]) }
            let k = x - y
            let previousK = (k == -d || (k != d && v(k - 1) < v(k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v(previousK)
            let previousY = d == 0 ? 0 : previousX - previousK
            // The diagonal run of step d starts where its edit left off.
            let runStartX = d == 0 ? 0 : (previousK == k + 1 ? previousX : previousX + 1)
            let length = x - runStartX
            if length > 0 { runs.append((runStartX, runStartX - k, length)) }
            (x, y) = (previousX, previousY)
        }
        var hunks: [TextDiff.Hunk] = []
        var (oldAt, newAt) = (0, 0)
        for run in runs.reversed() {
            if run.x > oldAt || run.y > newAt { hunks.append(TextDiff.Hunk(old: oldAt..<run.x, new: newAt..<run.y)) }
            (oldAt, newAt) = (run.x + run.length, run.y + run.length)
        }
        if oldAt < n || newAt < m { hunks.append(TextDiff.Hunk(old: oldAt..<n, new: newAt..<m)) }
        return hunks
    }
}
