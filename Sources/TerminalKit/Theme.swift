/// A colour theme: styles for dotted semantic scopes (`ui.text.dim`) and colours for codes.
///
/// Themes are usually read from TOML files by ``ThemeLoader``.
public struct Theme: Hashable, Sendable {
    /// The theme's name: its file name without `.toml`.
    public var name: String
    /// The style of each scope the theme sets.
    public var scopes: [String: StyleSpec]
    /// Colours for codes, by short name (`LOS`), overriding the codebook's.
    public var codeColours: [String: Color]

    /// Creates a theme.
    public init(name: String, scopes: [String: StyleSpec] = [:], codeColours: [String: Color] = [:]) {
        self.name = name
        self.scopes = scopes
        self.codeColours = codeColours
    }

    /// Scopes whose background is the screen's own: under ``ColorProfile/none`` it does not
    /// turn a style reverse (else the whole screen would be reversed).
    static let baseScopes: Set<String> = ["ui", "ui.background"]

    /// The style of `scope`, adapted to `profile`.
    ///
    /// A scope the theme does not set falls back to its parent (`ui.text.dim` → `ui.text` →
    /// `ui`), and finally to ``Style/plain``. The spec found is used as it is, except that a
    /// missing foreground or background is taken from the nearest ancestor that has one.
    ///
    /// Under ``ColorProfile/none`` every colour becomes ``Color/default``; a style that had a
    /// background (other than from `ui` or `ui.background`) and neither reverse nor underline
    /// gets reverse, so that selections and bars stay visible.
    public func style(_ scope: String, profile: ColorProfile = .trueColor) -> Style {
        var chain = Self.ancestry(of: scope).drop { scopes[$0] == nil }
        guard let found = chain.first, let spec = scopes[found] else { return .plain }
        chain = chain.dropFirst()
        var foreground = spec.foreground
        var background = spec.background
        var backgroundScope: String? = background == nil ? nil : found
        for ancestor in chain where foreground == nil || background == nil {
            guard let parent = scopes[ancestor] else { continue }
            if foreground == nil { foreground = parent.foreground }
            if background == nil, let colour = parent.background {
                background = colour
                backgroundScope = ancestor
            }
        }
        var style = Style(foreground: foreground ?? .default, background: background ?? .default,
                          attributes: spec.attributes)
        if profile == .none, style.background != .default, let backgroundScope, !Self.baseScopes.contains(backgroundScope),
           style.attributes.isDisjoint(with: [.reverse, .underline]) {
            style.attributes.insert(.reverse)
        }
        return profile.adapt(style)
    }

    /// The colour of code `short`: the theme's (exact name first, then ignoring case), else
    /// `fallback` (the codebook's colour). Not adapted to a profile.
    public func codeColour(_ short: String, fallback: Color) -> Color {
        if let colour = codeColours[short] { return colour }
        let folded = short.lowercased()
        return codeColours.keys.sorted().first { $0.lowercased() == folded }.flatMap { codeColours[$0] } ?? fallback
    }

    /// `scope` and its ancestors, nearest first: `a.b.c`, `a.b`, `a`.
    static func ancestry(of scope: String) -> [String] {
        var result: [String] = []
        var current = Substring(scope)
        while !current.isEmpty {
            result.append(String(current))
            guard let dot = current.lastIndex(of: ".") else { break }
            current = current[..<dot]
        }
        return result
    }
}
