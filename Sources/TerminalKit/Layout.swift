/// Cuts areas into parts by constraints.
public enum Layout {
    /// Splits `area` along `axis` into one rectangle per constraint, with `spacing` empty
    /// cells between neighbours.
    ///
    /// Sizes are handed out in order of precedence: `fixed` first, then `percent` of the
    /// total, then the minimum of each `min`, then `fill` weights share the rest (or, without
    /// a `fill`, the `min`s share it equally). A part that does not fit is empty; no size
    /// is negative, and the parts never reach beyond `area`.
    public static func split(_ area: Rect, _ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let length = axis == .horizontal ? area.width : area.height
        let gap = max(0, spacing)
        let total = max(0, length - gap * (constraints.count - 1))
        let sizes = sizes(for: constraints, total: total)
        var rects: [Rect] = []
        var position = 0
        for size in sizes {
            let start = min(position, length)
            let clipped = max(0, min(size, length - start))
            switch axis {
            case .horizontal: rects.append(Rect(x: area.x + start, y: area.y, width: clipped, height: area.height))
            case .vertical: rects.append(Rect(x: area.x, y: area.y + start, width: area.width, height: clipped))
            }
            position = start + clipped + gap
        }
        return rects
    }

    /// The size of each part when `total` cells are to be shared.
    static func sizes(for constraints: [Constraint], total: Int) -> [Int] {
        var sizes = Array(repeating: 0, count: constraints.count)
        var remaining = total
        func take(_ wanted: Int) -> Int {
            let granted = max(0, min(wanted, remaining))
            remaining -= granted
            return granted
        }
        for (index, constraint) in constraints.enumerated() {
            if case .fixed(let cells) = constraint { sizes[index] = take(cells) }
        }
        for (index, constraint) in constraints.enumerated() {
            if case .percent(let percent) = constraint { sizes[index] = take(total * max(0, percent) / 100) }
        }
        for (index, constraint) in constraints.enumerated() {
            if case .min(let cells) = constraint { sizes[index] = take(cells) }
        }
        var weights = constraints.map { constraint -> Int in
            if case .fill(let weight) = constraint { return max(0, weight) }
            return 0
        }
        let hasFill = constraints.contains { if case .fill = $0 { true } else { false } }
        if !hasFill {
            weights = constraints.map { if case .min = $0 { 1 } else { 0 } }
        }
        let weightSum = weights.reduce(0, +)
        guard weightSum > 0, remaining > 0 else { return sizes }
        let rest = remaining
        var shares = weights.map { rest * $0 / weightSum }
        var leftover = rest - shares.reduce(0, +)
        for index in shares.indices where leftover > 0 && weights[index] > 0 {
            shares[index] += 1
            leftover -= 1
        }
        for index in sizes.indices { sizes[index] += shares[index] }
        return sizes
    }
}
