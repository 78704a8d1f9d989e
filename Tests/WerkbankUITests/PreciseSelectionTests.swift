import Foundation
import TerminalKit
import Testing
import WerkbankCore
@testable import WerkbankUI

/// The reader marks exactly the characters that a code key stores (issue 11, item 1).
@Suite struct PreciseSelectionTests {
    /// The text drawn in the selection's style in the reader's text area, row by row.
    func markedText(_ workbench: Workbench) throws -> String {
        let buffer = workbench.render()
        let area = try #require(workbench.state.feedback.sourceText).area
        let selection = workbench.state.style("ui.selection")
        var rows: [String] = []
        for y in area.y..<area.maxY {
            let cells = (area.x..<area.maxX).map { buffer[$0, y] }.filter { cell in
                // The moving end of a selection is underlined on top of the selection's style.
                var style = cell.style
                style.attributes.remove(.underline)
                style.attributes.remove(.bold)
                return style == selection || cell.style == selection
            }
            let text = cells.map(\.text).joined().trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { rows.append(text) }
        }
        return rows.joined(separator: " ")
    }

    func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func aSelectionInsideLinesIsMarkedToTheCharacterAndStoredAsMarked() throws {
        let theme = try ThemeLoader(searchPaths: [packageRoot.appendingPathComponent("Themes")], knownScopes: ThemeScopes.all).load("default")
        let (workbench, folder) = try makeWorkbench(width: 200, height: 60, theme: theme)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The keys of the report: Revalidatie 1, a source, the turn "M1: Nou, eh…".
        workbench.press(.character("j"), .enter, .character("l"), .character("l"), .character("j"), .enter)
        workbench.press(.character("j"), .character("j"), .character("j"))
        workbench.press(.character("v"), .character("b"), .character("b"), .character("b"), .character("o"), .character(")"), .character(")"))
        let source = try #require(workbench.data.source)
        let selection = try #require(workbench.state.selection(in: workbench.data))
        let selected = try #require(source.text.scalars(in: selection))
        let marked = try markedText(workbench)
        #expect(words(marked) == words(selected), "drawn: \(marked)\nstored: \(selected)")
        #expect(workbench.render().text.contains("\(words(selected).split(separator: " ").count) words"), "the status bar says the selection in words")

        workbench.press(.character("c"))
        workbench.type("vmm")
        workbench.press(.enter)
        let coding = try #require(try workbench.project.codings(inSource: source.id).first { $0.code == "VMM" && $0.range == selection })
        #expect(source.text.scalars(in: coding.range) == selected)
    }

    @Test func aSearchMatchIsMarkedAsTheWordsItStores() throws {
        let theme = try ThemeLoader(searchPaths: [packageRoot.appendingPathComponent("Themes")], knownScopes: ThemeScopes.all).load("default")
        let (workbench, folder) = try makeWorkbench(width: 200, height: 60, theme: theme)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("j"), .enter, .character("l"), .character("l"), .character("j"), .character("j"), .character("j"), .enter, .character("/"))
        workbench.type("coordinator")
        workbench.press(.enter)
        let selection = try #require(workbench.state.selection(in: workbench.data))
        let stored = try #require(workbench.data.source?.text.scalars(in: selection))
        #expect(stored.lowercased().folding(options: .diacriticInsensitive, locale: nil) == "coordinator")
        #expect(try markedText(workbench) == stored, "only the match is marked, not its lines")
    }
}

@Suite struct MultiLineMemoTests {
    @Test func aMemoOfSeveralLinesIsDrawnLineByLineInTheCodesHere() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter)
        for _ in 0..<50 where workbench.state.codingsHere(in: workbench.data).isEmpty { workbench.press(.down) }
        let coding = try #require(workbench.state.codingsHere(in: workbench.data).first)
        workbench.press(.tab, .character("m"))
        workbench.type("Eerste gedachte")
        workbench.press(.enter)
        workbench.type("tweede regel")
        workbench.press(.escape)
        #expect(try workbench.project.allCodings().first { $0.id == coding.id }?.memo?.hasSuffix("Eerste gedachte\ntweede regel") == true)
        let rows = workbench.render().text.split(separator: "\n")
        #expect(rows.contains { $0.contains("Eerste gedachte") && !$0.contains("tweede") })
        #expect(rows.contains { $0.contains("   tweede regel") }, "the second line stands under the first, indented")
    }
}

@Suite struct RemovalTests {
    @Test func removingAnotherCodersCodingAsksAndEveryRemovalSaysWhat() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .right, .right, .down, .down, .down, .enter)
        for _ in 0..<80 where !workbench.state.codingsHere(in: workbench.data).contains(where: { $0.coder == "Bram" }) {
            workbench.press(.down)
        }
        let here = workbench.state.codingsHere(in: workbench.data)
        let index = try #require(here.firstIndex { $0.coder == "Bram" })
        let bram = here[index]
        workbench.press(.tab)
        for _ in 0..<index { workbench.press(.down) }
        workbench.press(.character("x"))
        #expect(try workbench.project.allCodings().contains { $0.id == bram.id }, "not removed without asking")
        #expect(workbench.render().text.contains("It is not your coding."))
        workbench.press(.character("n"))
        #expect(workbench.state.message?.text == "Nothing removed")
        #expect(try workbench.project.allCodings().contains { $0.id == bram.id })
        workbench.press(.character("x"), .character("y"))
        #expect(try !workbench.project.allCodings().contains { $0.id == bram.id })
        #expect(workbench.state.message?.text == "Removed \(bram.code) of Bram (\(bram.range)); u undoes it")
        workbench.press(.character("u"))
        #expect(try workbench.project.allCodings().contains { $0.id == bram.id })
    }
}

@Suite struct CodesHereFollowsTheChoiceTests {
    @Test func thePanelScrollsToTheChosenCodingAndSaysWhichOfHowMany() throws {
        var study = GutterSnapshotTests.smallStudy()
        let turn = study.sources[0].turns[1].range
        study.codings = ["LOS", "GOC", "LeA", "VMM", "VOR", "SRI"].map { Coding(sourceID: "klein", range: turn, code: $0, coder: "Anouk") }
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, study: study)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .down, .down, .down, .enter, .character("j"), .tab)
        #expect(workbench.render().text.contains("Codes here 1/6"))
        workbench.press(.down, .down, .down, .down, .down)
        let screen = workbench.render().text
        #expect(screen.contains("Codes here 6/6"))
        let chosen = try #require(workbench.state.chosenCoding(in: workbench.data))
        #expect(screen.split(separator: "\n").contains { $0.contains("██ \(chosen.code)") }, "the chosen coding is on screen:\n\(screen)")
    }
}
