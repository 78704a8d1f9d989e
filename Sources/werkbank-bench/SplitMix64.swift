/// A small seeded pseudo-random generator (SplitMix64), so that the same seed gives the same
/// corpus on every run, machine and Swift version.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`. Multiply-high rather than the standard library's
    /// `random(in:using:)`, whose algorithm is not promised to stay the same across releases.
    mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range` (closed).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// Whether an event with probability `1 / n` happens.
    mutating func oneIn(_ n: Int) -> Bool {
        int(below: n) == 0
    }

    mutating func pick<T>(_ elements: [T]) -> T {
        elements[int(below: elements.count)]
    }
}
