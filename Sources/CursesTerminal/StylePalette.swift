import CNCursesW
import TerminalKit

/// Turns a ``Style`` into curses attributes and a colour pair, allocating pairs on demand.
///
/// Pairs are created the first time a (foreground, background) combination is drawn and kept
/// for the session; when the terminal runs out of pairs, further combinations fall back to
/// pair 0 (default colours) and keep only their attributes.
final class StylePalette {
    /// What a cell's `cchar_t` carries besides its characters.
    struct Rendition {
        var attributes: attr_t
        var pair: Int32
    }

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    let profile: ColorProfile
    /// The terminal's `COLORS`.
    private let colors: Int
    private let pairLimit: Int
    /// Without `use_default_colors` there is no -1; white on black stands in for it.
    private let hasDefaultColors: Bool
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private var renditions: [Style: Rendition] = [:]

    init(profile: ColorProfile, colors: Int, colorPairs: Int, hasDefaultColors: Bool) {
        self.profile = profile
        self.colors = colors
        pairLimit = profile == .none ? 0 : colorPairs
        self.hasDefaultColors = hasDefaultColors
    }

    func rendition(of style: Style) -> Rendition {
        if let known = renditions[style] { return known }
        let pair = colorPair(foreground: style.foreground, background: style.background)
        let rendition = Rendition(attributes: Self.attributes(style.attributes) | wb_color_pair_attr(pair), pair: pair)
        renditions[style] = rendition
        return rendition
    }

    private static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result: attr_t = 0
        if attributes.contains(.bold) { result |= WB_A_BOLD }
        if attributes.contains(.dim) { result |= WB_A_DIM }
        if attributes.contains(.italic) { result |= WB_A_ITALIC }
        if attributes.contains(.underline) { result |= WB_A_UNDERLINE }
        if attributes.contains(.reverse) { result |= WB_A_REVERSE }
        return result
    }

    private func colorPair(foreground: Color, background: Color) -> Int32 {
        guard profile != .none else { return 0 }
        var key = PairKey(foreground: number(for: foreground), background: number(for: background))
        if !hasDefaultColors {
            if key.foreground < 0 { key.foreground = 7 }
            if key.background < 0 { key.background = 0 }
        }
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        guard Int(nextPair) < pairLimit, init_extended_pair(nextPair, key.foreground, key.background) != ERR else {
            pairs[key] = 0
            return 0
        }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key]!
    }

    /// The curses colour number of `color` on this terminal; -1 is the terminal's default.
    private func number(for color: Color) -> Int32 {
        switch profile.adapt(color) {
        case .default, .rgb:
            // A profile below true colour never yields RGB; curses could not show it anyway.
            return -1
        case .ansi(let n), .indexed(let n):
            if Int(n) < colors { return Int32(n) }
            // 8-colour terminals (TERM=screen, xterm): bright colours become their normal ones.
            return colors >= 8 ? Int32(n & 7) : -1
        }
    }
}
