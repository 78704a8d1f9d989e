import Foundation
import TerminalKit
import Testing
import WerkbankCore
import WerkbankStore
@testable import WerkbankUI

/// `--lang nl` says everything in Dutch, the mode tags and the read-only reasons too; the
/// light theme never leaves text on the terminal's own background (issue 11).
@Suite struct LanguageAndThemeTests {
    func modeTag(_ workbench: Workbench) -> String {
        let buffer = workbench.render()
        let bar = buffer.text(ofRow: buffer.height - 2)
        return String(bar.dropFirst().prefix { $0 != " " })
    }

    @Test func dutchModeTags() throws {
        let (workbench, folder) = try makeWorkbench(language: .nl)
        defer { try? FileManager.default.removeItem(at: folder) }
        var tags: [String] = [modeTag(workbench)]
        workbench.press(.character("j"), .enter)
        tags.append(modeTag(workbench))
        for key in ["3", "4", "5", "6", "7", "8", "f"] {
            workbench.press(.character(Character(key)))
            tags.append(modeTag(workbench))
        }
        workbench.press(.character("2"), .character("l"), .character("l"), .enter)
        tags.append(modeTag(workbench))
        #expect(tags == ["CASUSSEN", "CASUS", "RESPONDENTEN", "MODEL", "HULP", "MATRIX", "VERSCHILLEN", "ANALYSE", "FRAGMENTEN", "BRON"])
        workbench.press(.character("v"))
        #expect(modeTag(workbench) == "SELECTEREN")
        // The tab bar speaks Dutch too.
        #expect(workbench.render().text(ofRow: 0).hasPrefix("Casussen│Casus│Resp.│Model│Hulp│Matrix│7 Versch."))
    }

    /// Why a project cannot be written, in the interface's language.
    @Test func readOnlyReasonsInDutch() {
        #expect(ReadOnlyReason.denied(.file).text(.nl) == "het project kan niet worden geschreven: het bestand is voor jou alleen-lezen")
        #expect(ReadOnlyReason.denied(.fileSystem).text(.nl).hasSuffix("het staat op een alleen-lezen bestandssysteem"))
        #expect(ReadOnlyReason.denied(.folder).text(.en) == "the project cannot be written: its folder is read-only for you")
        let message = Text.messageOpenedReadOnly.string(.nl, ReadOnlyReason.denied(.folder).text(.nl))
        #expect(message == "Alleen-lezen geopend: het project kan niet worden geschreven: de map is voor jou alleen-lezen.")
    }

    @Test func aWritableProjectIsNotDenied() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(ProjectAccess.denial(of: workbench.project.url) == nil)
        #expect(ProjectAccess.of(workbench.project.url) == .writable)
    }

    /// Every cell of every screen in the light theme: text on the terminal's default
    /// background would assume that background is light.
    @Test(arguments: [ColorProfile.trueColor, .ansi256, .ansi16])
    func theLightThemePaintsItsOwnBackground(_ profile: ColorProfile) throws {
        let light = try ThemeLoader(searchPaths: [packageRoot.appendingPathComponent("Themes")], knownScopes: ThemeScopes.all).load("light")
        let (workbench, folder) = try makeWorkbench(theme: light, colorProfile: profile)
        defer { try? FileManager.default.removeItem(at: folder) }
        var screens = 0
        func check(_ name: String) {
            let buffer = workbench.render()
            screens += 1
            let bare = buffer.cells.enumerated().filter { $0.element.style.background == .default && $0.element.style.foreground != .default }
            #expect(bare.isEmpty, "\(name): \(bare.count) cells with a colour on the terminal's background, first at \(bare.first.map { ($0.offset % buffer.width, $0.offset / buffer.width) } ?? (0, 0))")
            #expect(buffer.cells.allSatisfy { $0.style.background != .default }, "\(name): every cell on the theme's paper")
        }
        check("cases")
        workbench.press(.character("j"), .enter)
        check("case")
        workbench.press(.character("l"), .character("l"), .character("l"))
        check("findings")
        workbench.press(.character("h"), .enter)
        check("source")
        workbench.press(.character("v"), .character("w"), .tab)
        check("selecting")
        for key in ["3", "4", "5", "6", "7", "8", "f"] {
            workbench.press(.character(Character(key)))
            check(key)
        }
        workbench.handle(.resize(width: 20, height: 5))
        check("too small")
        #expect(screens == 13)
    }
}
