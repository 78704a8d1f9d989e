import Foundation
import Testing
import TerminalKit
@testable import WerkbankUI

/// The themes shipped in `Themes/`, against the scopes the workbench uses.
@Suite struct ShippedThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes")
    static let names = ["default", "light", "dark-256", "high-contrast", "mono"]
    let loader = ThemeLoader(searchPaths: [themesFolder], knownScopes: ThemeScopes.all)

    @Test(arguments: names)
    func loadsAndSetsEveryScope(_ name: String) throws {
        let theme = try loader.load(name)
        #expect(theme.name == name)
        #expect(Set(theme.scopes.keys) == ThemeScopes.all)
        #expect(theme.style("ui.selection", profile: .none).attributes.contains(.reverse))
    }

    @Test func allAreListed() {
        #expect(loader.availableThemes() == Self.names.sorted())
    }

    @Test func defaultUsesOnlyTheSixteenANSIColours() throws {
        let theme = try loader.load("default")
        let colours = theme.scopes.values.flatMap { [$0.foreground, $0.background] }.compactMap { $0 }
            + Array(theme.codeColours.values)
        for colour in colours {
            switch colour {
            case .ansi, .default: break
            default: Issue.record("default.toml uses \(colour)")
            }
        }
        #expect(theme.codeColours.keys.sorted() == ["GOC", "LOS", "LeA", "SRI", "VMM", "VOR"])
    }

    @Test func monoHasNoColoursAndReverseSelection() throws {
        let theme = try loader.load("mono")
        #expect(theme.scopes.values.allSatisfy { $0.foreground == nil && $0.background == nil })
        #expect(theme.codeColours.isEmpty)
        #expect(theme.style("ui.selection") == Style(attributes: .reverse))
    }

    @Test func dark256IsIndexedAndKeepsItsBackgroundBelowTheUI() throws {
        let theme = try loader.load("dark-256")
        #expect(theme.style("ui.tab", profile: .ansi256).background == .indexed(235))
        #expect(theme.style("ui.selection", profile: .ansi256) == Style(foreground: .indexed(231), background: .indexed(24)))
        #expect(theme.style("ui.text", profile: .none) == .plain)
    }
}
