import Foundation
import TerminalKit
import Testing
@testable import WerkbankUI

@Suite struct ActionTableTests {
    @Test func noKeyDoesTwoThingsOnAScreen() {
        for screen in ScreenKind.allCases {
            let keys = ActionTable.entries(for: screen).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice on \(screen)")
        }
    }

    @Test func everyActionHasAKeyAndHelpInBothLanguages() {
        for action in Action.allCases {
            let entries = ActionTable.entries.filter { $0.action == action }
            #expect(!entries.isEmpty, "\(action) has no key")
            #expect(entries.allSatisfy { !$0.help.en.isEmpty && !$0.help.nl.isEmpty && $0.help.en != $0.help.nl || $0.help.en == "Cases" })
        }
    }

    @Test func theKeybindingsDocumentIsGeneratedFromTheTable() throws {
        let committed = try String(contentsOf: packageRoot.appendingPathComponent("docs/keybindings.md"), encoding: .utf8)
        #expect(committed == ActionTable.markdown(), "docs/keybindings.md is stale: run `swift run werkbank keybindings > docs/keybindings.md`")
        #expect(committed.contains("| `?` | help | Help for this screen |"))
        #expect(committed.contains("| `u` | undo | Undo your own last edit (not with --read-only) |"))
    }

    @Test func everyStringHasBothLanguages() {
        for key in Text.allCases {
            #expect(!key.string(.en).isEmpty && !key.string(.nl).isEmpty && key.string(.en) != key.rawValue, "\(key)")
        }
    }

    @Test func languageFromTheEnvironment() {
        #expect(Language.fromEnvironment(["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.fromEnvironment(["LANG": "nl_BE.UTF-8", "LC_ALL": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
    }

    @Test func theHelpScreenIsGeneratedPerScreen() throws {
        let (workbench, folder) = try makeWorkbench(height: 40, readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.enter, .character("?"))
        let text = workbench.render().text
        #expect(text.contains("On this screen: Case"))
        #expect(text.contains("Next tab"))
        #expect(text.contains("Undo your own last edit (read-only)"))
        #expect(text.contains("Read-only (started with --read-only): the keys marked read-only do nothing"))
    }
}
