import Testing
@testable import TerminalKit

@Suite struct ThemeStyleTests {
    let theme = Theme(name: "test", scopes: [
        "ui": StyleSpec(foreground: .ansi(7), background: .ansi(0), attributes: .bold),
        "ui.text": StyleSpec(foreground: .ansi(15)),
        "ui.selection": StyleSpec(background: .ansi(4)),
        "ui.statusbar": StyleSpec(background: .rgb(0x1F, 0x77, 0xB4), attributes: .underline),
        "speaker": StyleSpec(foreground: .rgb(255, 0, 0)),
    ], codeColours: ["LOS": .ansi(4)])

    @Test func scopesFallBackToTheirParent() {
        // ui.text.dim is not set: ui.text is used, its background taken from ui, its
        // attributes not.
        #expect(theme.style("ui.text.dim") == Style(foreground: .ansi(15), background: .ansi(0)))
        #expect(theme.style("ui.text") == theme.style("ui.text.dim"))
        #expect(theme.style("ui.border.focused") == Style(foreground: .ansi(7), background: .ansi(0), attributes: .bold))
        #expect(theme.style("ui.selection.unfocused") == Style(foreground: .ansi(7), background: .ansi(4)))
        #expect(theme.style("code") == .plain)
        #expect(theme.style("speaker.interviewer") == Style(foreground: .rgb(255, 0, 0)))
    }

    @Test func codeColoursWithFallback() {
        #expect(theme.codeColour("LOS", fallback: .rgb(1, 2, 3)) == .ansi(4))
        #expect(theme.codeColour("los", fallback: .rgb(1, 2, 3)) == .ansi(4))
        #expect(theme.codeColour("GOC", fallback: .rgb(1, 2, 3)) == .rgb(1, 2, 3))
    }

    @Test func stylesAdaptToTheProfile() {
        #expect(theme.style("speaker", profile: .trueColor) == Style(foreground: .rgb(255, 0, 0)))
        #expect(theme.style("speaker", profile: .ansi256) == Style(foreground: .indexed(196)))
        #expect(theme.style("speaker", profile: .ansi16) == Style(foreground: .ansi(9)))
        #expect(theme.style("speaker", profile: .none) == .plain)
    }

    @Test func withoutColourABackgroundBecomesReverse() {
        #expect(theme.style("ui.selection", profile: .none) == Style(attributes: .reverse))
        #expect(theme.style("ui.selection.unfocused", profile: .none) == Style(attributes: .reverse))
        // Underlined already stands out; the screen's own background (from ui) is no selection.
        #expect(theme.style("ui.statusbar", profile: .none) == Style(attributes: .underline))
        #expect(theme.style("ui.text", profile: .none) == .plain)
        #expect(theme.style("ui", profile: .none) == Style(attributes: .bold))
    }
}

@Suite struct ColorProfileTests {
    let blue = Color.rgb(0x1F, 0x77, 0xB4)

    @Test func trueColorKeepsEverything() {
        for colour in [blue, .indexed(200), .ansi(3), .default] {
            #expect(ColorProfile.trueColor.adapt(colour) == colour)
        }
    }

    @Test func ansi256PicksTheNearestCubeOrGrey() {
        // #1f77b4 = (31, 119, 180): nearest cube levels 0, 135, 175 → 16 + 36·0 + 6·2 + 3 = 31
        // at distance 31² + 16² + 5² = 1242; the nearest grey (108) is 11234 away.
        #expect(ColorProfile.ansi256.adapt(blue) == .indexed(31))
        #expect(ColorProfile.ansi256.adapt(.rgb(255, 0, 0)) == .indexed(196))
        // Mid grey 128 is grey 232 + 12 exactly; the cube's nearest, 135, is farther.
        #expect(ColorProfile.ansi256.adapt(.rgb(128, 128, 128)) == .indexed(244))
        #expect(ColorProfile.ansi256.adapt(.rgb(0, 0, 0)) == .indexed(16))
        #expect(ColorProfile.ansi256.adapt(.indexed(100)) == .indexed(100))
        #expect(ColorProfile.ansi256.adapt(.ansi(12)) == .ansi(12))
    }

    @Test func ansi16PicksTheNearestANSIColour() {
        // (31, 119, 180) is nearest to cyan (0, 205, 205): 961 + 7396 + 625 = 8982.
        #expect(ColorProfile.ansi16.adapt(blue) == .ansi(6))
        #expect(ColorProfile.ansi16.adapt(.rgb(250, 250, 250)) == .ansi(15))
        #expect(ColorProfile.ansi16.adapt(.rgb(0, 0, 200)) == .ansi(4))
        #expect(ColorProfile.ansi16.adapt(.indexed(196)) == .ansi(9))
        #expect(ColorProfile.ansi16.adapt(.indexed(3)) == .ansi(3))
        #expect(ColorProfile.ansi16.adapt(.indexed(235)) == .ansi(0))
        #expect(ColorProfile.ansi16.adapt(.ansi(13)) == .ansi(13))
        #expect(ColorProfile.ansi16.adapt(.default) == .default)
    }

    @Test func noneDropsEveryColour() {
        for colour in [blue, .indexed(200), .ansi(3), .default] {
            #expect(ColorProfile.none.adapt(colour) == .default)
        }
    }

    @Test func xtermPalette() {
        #expect(ColorProfile.xtermRGB(31) == (0, 135, 175))
        #expect(ColorProfile.xtermRGB(231) == (255, 255, 255))
        #expect(ColorProfile.xtermRGB(232) == (8, 8, 8))
        #expect(ColorProfile.xtermRGB(255) == (238, 238, 238))
        #expect(ColorProfile.xtermRGB(12) == (92, 92, 255))
    }
}
