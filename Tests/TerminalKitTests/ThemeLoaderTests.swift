import Foundation
import Testing
@testable import TerminalKit

@Suite struct ThemeLoaderTests {
    /// Loads `name` from a folder of `files`, returning the theme or the error.
    func load(_ name: String, from files: [String: String]) throws -> (Result<Theme, ThemeError>, URL) {
        let folder = try temporaryFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let loader = ThemeLoader(searchPaths: [folder], knownScopes: testScopes)
        do {
            return (.success(try loader.load(name)), folder)
        } catch {
            return (.failure(error), folder)
        }
    }

    func error(_ name: String, from files: [String: String]) throws -> (error: ThemeError, folder: URL) {
        let (result, folder) = try load(name, from: files)
        guard case .failure(let error) = result else {
            Issue.record("\(name) loaded without an error")
            return (ThemeError(file: "", message: ""), folder)
        }
        return (error, folder)
    }

    @Test func scopesPaletteModifiersAndCodes() throws {
        let (result, _) = try load("plain", from: ["plain.toml": """
            # A comment
            "ui" = { fg = "light-white", bg = 235 }
            "ui.text.dim" = { fg = "gray", modifiers = ["dim", "italic"] }
            "ui.title" = "accent"
            speaker.interviewer = "#00ff7f"
            "ui.selection" = { bg = "default", modifiers = ["reverse"] }

            [palette]
            accent = "yellow"

            [codes]
            LOS = "#1f77b4"
            GOC = "accent"
            """])
        let theme = try result.get()
        #expect(theme.name == "plain")
        #expect(theme.scopes["ui"] == StyleSpec(foreground: .ansi(15), background: .indexed(235)))
        #expect(theme.scopes["ui.text.dim"] == StyleSpec(foreground: .ansi(8), attributes: [.dim, .italic]))
        #expect(theme.scopes["ui.title"] == StyleSpec(foreground: .ansi(3)))
        #expect(theme.scopes["speaker.interviewer"] == StyleSpec(foreground: .rgb(0, 255, 127)))
        #expect(theme.scopes["speaker"] == nil)
        #expect(theme.scopes["ui.selection"] == StyleSpec(background: .default, attributes: .reverse))
        #expect(theme.codeColours == ["LOS": .rgb(0x1F, 0x77, 0xB4), "GOC": .ansi(3)])
        #expect(theme.style("ui.text.dim") == Style(foreground: .ansi(8), background: .indexed(235), attributes: [.dim, .italic]))
    }

    @Test func nestedTablesAreScopesToo() throws {
        let (result, _) = try load("nested", from: ["nested.toml": """
            [ui]
            fg = "red"
            text = { fg = "green", dim = "blue" }
            """])
        let theme = try result.get()
        #expect(theme.scopes["ui"] == StyleSpec(foreground: .ansi(1)))
        #expect(theme.scopes["ui.text"] == StyleSpec(foreground: .ansi(2)))
        #expect(theme.scopes["ui.text.dim"] == StyleSpec(foreground: .ansi(4)))
    }

    @Test func inheritsOverridesScopesPaletteAndCodes() throws {
        let (result, _) = try load("child", from: [
            "base.toml": """
                "ui.text" = "accent"
                "ui.title" = { fg = "blue", modifiers = ["bold"] }
                "ui.border" = "red"

                [palette]
                accent = "red"

                [codes]
                LOS = "blue"
                VMM = "red"
                """,
            "child.toml": """
                inherits = "base"
                "ui.title" = "yellow"

                [palette]
                accent = "green"

                [codes]
                VMM = "magenta"
                """,
        ])
        let theme = try result.get()
        #expect(theme.name == "child")
        // The parent's scope takes the child's palette entry.
        #expect(theme.scopes["ui.text"] == StyleSpec(foreground: .ansi(2)))
        // A scope is replaced as a whole, attributes included.
        #expect(theme.scopes["ui.title"] == StyleSpec(foreground: .ansi(3)))
        #expect(theme.scopes["ui.border"] == StyleSpec(foreground: .ansi(1)))
        #expect(theme.codeColours == ["LOS": .ansi(4), "VMM": .ansi(5)])
    }

    @Test func themesByPathAndTheirList() throws {
        let folder = try temporaryFolder(["b.toml": "\"ui\" = \"red\"\n", "a.toml": "inherits = \"b.toml\"\n", "notes.txt": ""])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loader = ThemeLoader(searchPaths: [folder, folder.appendingPathComponent("missing")], knownScopes: ["ui"])
        #expect(loader.availableThemes() == ["a", "b"])
        let theme = try loader.load(folder.appendingPathComponent("a.toml").path)
        #expect(theme.name == "a")
        #expect(theme.scopes["ui"] == StyleSpec(foreground: .ansi(1)))
        // A name in `inherits` is looked up beside the inheriting file first.
        try Data("inherits = \"b\"\n\"ui.text\" = \"blue\"\n".utf8).write(to: folder.appendingPathComponent("c.toml"))
        let sibling = try ThemeLoader(searchPaths: [], knownScopes: ["ui.text"]).load(folder.appendingPathComponent("c.toml").path)
        #expect(sibling.scopes == ["ui": StyleSpec(foreground: .ansi(1)), "ui.text": StyleSpec(foreground: .ansi(4))])
    }

    // MARK: Errors, each with its file, line and key

    @Test func missingThemeListsTheAvailableOnes() throws {
        let (error, _) = try error("solarized", from: ["default.toml": "", "light.toml": ""])
        #expect(error == ThemeError(file: "solarized", message: "no theme named `solarized`; available themes: default, light"))
        #expect(error.description == "solarized: no theme named `solarized`; available themes: default, light")
        let missingFile = #expect(throws: ThemeError.self) {
            try ThemeLoader(searchPaths: [], knownScopes: []).load("/nowhere/dark.toml")
        }
        #expect(missingFile?.file == "/nowhere/dark.toml")
    }

    @Test func malformedTOMLGivesTheParsersLine() throws {
        let (error, folder) = try error("broken", from: ["broken.toml": """
            "ui" = "red"

            "ui.text" = { fg = "blue"
            """])
        #expect(error.file == folder.appendingPathComponent("broken.toml").path)
        #expect(error.line == 3)
        #expect(error.key == nil)
        #expect(error.message.hasPrefix("is not valid TOML"))
    }

    /// Lines are counted as TOML counts them, by line feeds: a line or paragraph separator in
    /// a comment or string does not start a line.
    @Test func lineOfAnErrorAfterAUnicodeSeparator() throws {
        let (error, folder) = try error("separator", from: ["separator.toml": "# a\u{2028}b\u{85}c\n\"ui.txt\" = \"green\"\n"])
        #expect(error == ThemeError(file: folder.appendingPathComponent("separator.toml").path, line: 2, key: "ui.txt",
                                    message: "unknown scope `ui.txt`"))
        let (crlf, _) = try self.error("crlf", from: ["crlf.toml": "\"ui\" = \"red\"\r\n\r\n\"ui.txt\" = \"green\"\r\n"])
        #expect(crlf.line == 3)
    }

    @Test func unknownScope() throws {
        let (error, folder) = try error("typo", from: ["typo.toml": """
            "ui" = "red"
            "ui.text" = "blue"
            "ui.txt" = "green"
            """])
        #expect(error == ThemeError(file: folder.appendingPathComponent("typo.toml").path, line: 3, key: "ui.txt",
                                    message: "unknown scope `ui.txt`"))
        #expect(error.description.hasSuffix("typo.toml:3: ui.txt: unknown scope `ui.txt`"))
    }

    @Test func badColours() throws {
        let (hex, _) = try error("hex", from: ["hex.toml": "\"ui.text\" = \"blue\"\n  \"ui.title\" = { fg = \"#12345\" }\n"])
        #expect(hex.line == 2)
        #expect(hex.key == "ui.title")
        #expect(hex.message.hasPrefix("bad colour \"#12345\""))
        let (index, _) = try error("index", from: ["index.toml": "\"ui.text\" = 300\n"])
        #expect(index.line == 1)
        #expect(index.message == "bad colour 300: an indexed colour is 0–255")
        let (type, _) = try error("type", from: ["type.toml": "\"ui.text\" = { bg = true }\n"])
        #expect(type.message.hasPrefix("bad colour: expected a string or a number"))
        let (palette, _) = try error("palette", from: ["palette.toml": "\"ui\" = \"red\"\n\n[palette]\nred = \"#ff00\"\n"])
        #expect(palette.line == 4)
        #expect(palette.key == "palette.red")
    }

    @Test func unknownModifier() throws {
        let (error, _) = try error("blink", from: ["blink.toml": "\"ui\" = \"red\"\n\"ui.title\" = { modifiers = [\"bold\", \"blink\"] }\n"])
        #expect(error.line == 2)
        #expect(error.key == "ui.title")
        #expect(error.message == "unknown modifier `blink`: expected bold, dim, italic, underline or reverse")
    }

    @Test func unknownPaletteName() throws {
        let (error, folder) = try error("accent", from: ["accent.toml": """
            "ui" = "red"
            "ui.selection" = { fg = "black", bg = "accent" }

            [palette]
            accnt = "blue"

            [codes]
            LOS = "blue"
            """])
        #expect(error == ThemeError(file: folder.appendingPathComponent("accent.toml").path, line: 2, key: "ui.selection",
                                    message: "unknown palette name `accent`: not in [palette] and not an ANSI colour name"))
        let (code, _) = try self.error("code", from: ["code.toml": "\"ui\" = \"red\"\n\n[codes]\nLOS = \"bleu\"\n"])
        #expect(code.line == 4)
        #expect(code.key == "codes.LOS")
    }

    @Test func inheritanceCycle() throws {
        let (error, folder) = try error("a", from: [
            "a.toml": "inherits = \"b\"\n",
            "b.toml": "# b\ninherits = \"a\"\n",
        ])
        #expect(error == ThemeError(file: folder.appendingPathComponent("b.toml").path, line: 2, key: "inherits",
                                    message: "inheritance cycle: a → b → a"))
        let (selfCycle, _) = try self.error("me", from: ["me.toml": "inherits = \"me\"\n"])
        #expect(selfCycle.message == "inheritance cycle: me → me")
        let (missing, _) = try self.error("orphan", from: ["orphan.toml": "\n\ninherits = \"nobody\"\n"])
        #expect(missing.line == 3)
        #expect(missing.key == "inherits")
        #expect(missing.message.hasPrefix("no theme named `nobody`"))
    }

    @Test func invalidUTF8IsRefused() throws {
        let folder = try temporaryFolder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("latin1.toml")
        try Data("\"ui\" = \"red\"\n# caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: url)
        let error = #expect(throws: ThemeError.self) {
            try ThemeLoader(searchPaths: [folder], knownScopes: testScopes).load("latin1")
        }
        #expect(error == ThemeError(file: url.path, line: 2, message: "is not valid UTF-8 (byte 19, 1 bad byte); save it as UTF-8"))
    }

    @Test func unknownFieldAndWrongTypes() throws {
        let (field, _) = try error("field", from: ["field.toml": "\"ui.text\" = { fgg = \"red\" }\n"])
        #expect(field.message == "unknown field `fgg`: expected fg, bg or modifiers")
        let (modifiers, _) = try error("mods", from: ["mods.toml": "\"ui.text\" = { modifiers = \"bold\" }\n"])
        #expect(modifiers.message.hasPrefix("modifiers must be a list"))
        let (value, _) = try error("value", from: ["value.toml": "\"ui.text\" = true\n"])
        #expect(value.message.hasPrefix("expected a colour or a table"))
    }
}
