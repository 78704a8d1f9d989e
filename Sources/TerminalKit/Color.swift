/// A colour as a theme names it; what a terminal can show is decided by its ``ColorProfile``.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// One of the 256 indexed colours.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// What colours a terminal can show.
public enum ColorProfile: Int, Hashable, Sendable, Comparable, CaseIterable {
    /// No colour at all (`NO_COLOR`, `TERM=vt100`, or the `mono` choice): only attributes.
    case none
    case ansi16
    case ansi256
    case trueColor

    public static func < (lhs: ColorProfile, rhs: ColorProfile) -> Bool { lhs.rawValue < rhs.rawValue }
}
