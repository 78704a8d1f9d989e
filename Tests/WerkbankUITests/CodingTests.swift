import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// Coding in the reader by key scripts: visual selection, the picker, sub-codes, memos,
/// recoding, removing and changing a range, each checked in the store.
@Suite struct CodingTests {
    let source = "rev1-interview-manager"

    /// Opens the manager interview of Revalidatie 1 and moves to its third turn.
    func openThirdTurn(_ workbench: Workbench) throws -> Source {
        workbench.press(.down, .enter, .tab, .tab, .down, .enter, .character("j"), .character("j"))
        return try #require(workbench.data.source)
    }

    /// The codings made since the sample project was created (the sample codings have stable
    /// ids derived from their files).
    func mine(_ workbench: Workbench) throws -> [Coding] {
        let sample = Set(sampleStudy.codings.map(\.id))
        return try workbench.project.codings(inSource: source).filter { !sample.contains($0.id) }
    }

    @Test func extendBySentenceAndWordThenCode() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try openThirdTurn(workbench).text
        let turn = try #require(workbench.state.selection(in: workbench.data))
        workbench.press(.character("v"), .character(")"))
        let sentence = try #require(workbench.state.selection(in: workbench.data))
        #expect(sentence.start == turn.start && sentence.end > turn.end)
        #expect(text.scalars(in: ScalarRange(start: sentence.end - 1, end: sentence.end)).map { ".!?…".contains($0) } == true)
        workbench.press(.character("b"))
        let shorter = try #require(workbench.state.selection(in: workbench.data))
        #expect(shorter.end < sentence.end)
        #expect(text.scalars(in: ScalarRange(start: shorter.end, end: shorter.end + 1)) == " ")
        workbench.press(.character("o"), .character("w"))
        #expect(workbench.state.selection(in: workbench.data)?.end == shorter.end)
        workbench.press(.character("1"))
        #expect(workbench.state.reader.visual == nil)
        #expect(try mine(workbench).contains { $0.code == "LOS" && $0.range.end == shorter.end })
    }

    @Test func codeWithThePickerAndMakeASubcode() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try openThirdTurn(workbench)
        let turn = try #require(workbench.state.selection(in: workbench.data))
        workbench.press(.character("c"))
        workbench.type("urgentie")
        #expect(workbench.render().text.contains("AAN-URG  Urgentiebesef"))
        workbench.press(.enter)
        #expect(try mine(workbench).map(\.code) == ["AAN-URG"])

        workbench.press(.character("c"))
        workbench.type("leider")
        workbench.press(.tab)
        workbench.type("LeA-EIGEN #aabbcc")
        #expect(workbench.render().text.contains("New sub-code under LeA: LeA-EIGEN #aabbcc"))
        workbench.press(.enter)
        let code = try #require(try workbench.project.study().codebook.code("LeA-EIGEN"))
        #expect(code.parent == "LeA" && code.colour.hex == "#aabbcc")
        #expect(try mine(workbench).contains { $0.code == "LeA-EIGEN" && $0.range == turn })
        workbench.press(.character("u"), .character("u"))
        #expect(try workbench.project.study().codebook.code("LeA-EIGEN") == nil)
    }

    @Test func memosRecodeRemoveAndResize() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try openThirdTurn(workbench)
        workbench.press(.character("2"))
        let coding = try #require(try mine(workbench).first)

        workbench.press(.tab, .character("m"))
        workbench.type("Cliënten")
        workbench.press(.enter)
        workbench.type("漢字")
        workbench.press(.escape)
        #expect(try workbench.project.coding(coding.id).memo == "Cliënten\n漢字")
        #expect(workbench.state.message?.text == "Memo saved")

        workbench.press(.character("r"))
        workbench.type("VMM")
        workbench.press(.enter)
        #expect(try workbench.project.coding(coding.id).code == "VMM")

        // `>` never grows a coding past its turn's end; `<` shrinks it by a word, `>` grows it back.
        workbench.press(.character(">"))
        #expect(try workbench.project.coding(coding.id).range == coding.range)
        #expect(workbench.state.message?.text.contains("end of its turn") == true)
        workbench.press(.character("<"))
        #expect(try workbench.project.coding(coding.id).range.end < coding.range.end)
        workbench.press(.character(">"))
        #expect(try workbench.project.coding(coding.id).range == coding.range)

        // The start moves too: the selection from the turn's second word, then R.
        workbench.press(.tab, .character("v"), .character("o"), .character("w"), .tab, .character("R"))
        let fitted = try workbench.project.coding(coding.id).range
        #expect(fitted.start > coding.range.start && fitted.end == coding.range.end, "\(fitted) from \(coding.range)")
        #expect(workbench.state.selection(in: workbench.data) == fitted)
        workbench.press(.character("u"))
        #expect(try workbench.project.coding(coding.id).range.start == coding.range.start)

        workbench.press(.character("x"))
        #expect(throws: (any Error).self) { try workbench.project.coding(coding.id) }
        workbench.press(.character("u"))
        #expect(try workbench.project.coding(coding.id).code == "VMM")

        workbench.press(.escape, .character("m"))
        workbench.type("Bron-memo")
        workbench.press(.escape)
        #expect(try workbench.project.memo(on: .source(source)) == "Bron-memo")
        workbench.press(.escape, .escape, .character("m"))
        workbench.type("Case-memo")
        workbench.press(.control("c"))
        #expect(try workbench.project.memo(on: .case("revalidatie-1")) == nil, "Ctrl-C leaves without saving")
    }

    @Test func theMemoEditorEditsAcrossLinesAndWideCharacters() {
        var editor = MemoEditor(target: .memo(.source("s")), title: "t", text: "ab")
        for key: Key in [.left, .character("漢"), .enter, .character("c"), .up, .end, .backspace, .down, .home, .backspace, .delete] {
            _ = editor.handle(key)
        }
        // a漢b → "a漢" / "cb" → back up, delete 漢 → "a" / "cb" → join → "acb" → delete c → "ab"
        #expect(editor.lines == ["ab"])
        #expect(editor.text == "ab")
    }

    @Test func readOnlyCannotOpenThePickerOrMemos() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32, readOnly: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try openThirdTurn(workbench)
        workbench.press(.character("c"))
        #expect(workbench.state.modal == nil)
        #expect(workbench.state.message?.text.contains("read-only (started with --read-only): code the selection with any code") == true)
        workbench.press(.character("m"))
        #expect(workbench.state.modal == nil)
    }
}

@Suite struct CodeMemoAndRecodeFromFragmentsTests {
    @Test func aMemoOnACode() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character(":"))
        workbench.type("memo los")
        workbench.press(.enter)
        workbench.type("Het primaire proces")
        workbench.press(.escape)
        #expect(try workbench.project.memo(on: .code("LOS")) == "Het primaire proces")
        #expect(workbench.data.memos[.code("LOS")] == "Het primaire proces")
        workbench.press(.character(":"))
        workbench.type("memo NOPE")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == "No code named NOPE")
    }

    @Test func recodeTheSelectedFragment() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 32)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character(":"))
        workbench.type("filter code VMM")
        workbench.press(.enter)
        let fragment = try #require(workbench.data.fragments.first)
        workbench.press(.character("r"))
        workbench.type("SRI")
        workbench.press(.enter)
        #expect(try workbench.project.coding(fragment.coding.id).code == "SRI")
        #expect(!workbench.data.fragments.contains { $0.id == fragment.id }, "the list follows the store")
    }
}

@Suite struct PickerRankingTests {
    @Test func anExactShortNameComesFirstThenPrefixesThenTheRest() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        var picker = CodePicker(purpose: .code(ScalarRange(start: 0, end: 1)))
        picker.input = TextInput("lea")
        let found = picker.matches(in: workbench.data.study.codebook).map(\.short)
        #expect(found.first == "LeA", "c lea Enter must code LeA, not LOS: \(found)")
        #expect(found.contains("LOS"), "LOS still matches through its name")
        picker.input = TextInput("kwa")
        #expect(picker.matches(in: workbench.data.study.codebook).map(\.short).allSatisfy { $0.hasPrefix("KWA") })
    }

    @Test func enterWithNoMatchSaysSoAndKeepsThePicker() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter, .character("c"))
        let before = try workbench.project.allCodings().count
        workbench.type("zzz")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == "No code matches “zzz”: type again, or Esc")
        #expect(workbench.state.modal != nil)
        #expect(try workbench.project.allCodings().count == before)
        workbench.press(.control("u"))
        workbench.type("lea")
        workbench.press(.enter)
        #expect(workbench.state.message?.text == "Coded LeA")
    }

    @Test func noKeyActsBehindTheEnlargeMessage() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter)
        let before = try workbench.project.allCodings().count
        workbench.handle(.resize(width: 40, height: 10))
        workbench.press(.character("2"), .character("u"), .escape)
        #expect(try workbench.project.allCodings().count == before, "2 coded GOC behind the message")
        #expect(workbench.state.screen == .source)
        workbench.press(.control("c"))
        #expect(workbench.state.shouldQuit)
    }
}
