/// The direction in which ``Layout/split(_:_:_:spacing:)`` cuts an area.
public enum Axis: Hashable, Sendable {
    /// Side by side: the parts share the width.
    case horizontal
    /// Stacked: the parts share the height.
    case vertical
}

/// How large one part of a split area should be, in cells along the split's axis.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells, or what is left if less.
    case fixed(Int)
    /// This percentage of the area (after spacing).
    case percent(Int)
    /// What the remaining parts leave, shared between all `fill`s by weight.
    case fill(Int)
    /// At least this many cells; when there is no `fill`, the `min`s share what is left.
    case min(Int)
}
