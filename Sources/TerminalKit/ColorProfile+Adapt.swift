extension ColorProfile {
    /// The colour closest to `color` that this profile can show.
    ///
    /// `trueColor` keeps every colour. `ansi256` maps a 24-bit colour to the nearest of the
    /// 6×6×6 cube or the 24 greys (indices 16–255). `ansi16` maps 24-bit and indexed colours
    /// to the nearest of the 16 ANSI colours, taking xterm's default palette for the RGB values
    /// of indexed ones. `none` maps every colour to ``Color/default``. Distances are squared
    /// RGB distances.
    public func adapt(_ color: Color) -> Color {
        switch (self, color) {
        case (.trueColor, _), (_, .default): return color
        case (.none, _): return .default
        case (.ansi256, .rgb(let red, let green, let blue)): return .indexed(Self.nearest256(red, green, blue))
        case (.ansi256, _): return color
        case (.ansi16, .ansi): return color
        case (.ansi16, .indexed(let index)) where index < 16: return .ansi(index)
        case (.ansi16, .indexed(let index)):
            let (red, green, blue) = Self.xtermRGB(index)
            return .ansi(Self.nearest(red, green, blue, among: 0..<16))
        case (.ansi16, .rgb(let red, let green, let blue)): return .ansi(Self.nearest(red, green, blue, among: 0..<16))
        }
    }

    /// The style with both colours adapted to this profile.
    public func adapt(_ style: Style) -> Style {
        Style(foreground: adapt(style.foreground), background: adapt(style.background), attributes: style.attributes)
    }

    /// The levels of each channel in xterm's 6×6×6 colour cube.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// xterm's default RGB values of the 16 ANSI colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB value xterm shows for indexed colour `index` by default.
    public static func xtermRGB(_ index: UInt8) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let value = Int(index)
        let rgb: (Int, Int, Int)
        switch value {
        case 0..<16: rgb = ansiRGB[value]
        case 16..<232:
            let cube = value - 16
            rgb = (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (value - 232)
            rgb = (grey, grey, grey)
        }
        return (UInt8(rgb.0), UInt8(rgb.1), UInt8(rgb.2))
    }

    /// The index in 16–255 of the indexed colour nearest to an RGB value.
    static func nearest256(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> UInt8 {
        nearest(red, green, blue, among: 16..<256)
    }

    /// The index among `candidates` whose xterm RGB value is nearest; the lowest on a tie.
    static func nearest(_ red: UInt8, _ green: UInt8, _ blue: UInt8, among candidates: Range<Int>) -> UInt8 {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let (r, g, b) = xtermRGB(UInt8(index))
            let distance = square(Int(red) - Int(r)) + square(Int(green) - Int(g)) + square(Int(blue) - Int(b))
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }

    private static func square(_ value: Int) -> Int { value * value }
}
