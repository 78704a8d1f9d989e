import Foundation
import TerminalKit
import WerkbankCore
import Testing
@testable import WerkbankUI

/// `F` on every list and text screen (`/` searches the project): a match selects its row (lists) or brings its line to
/// the top of the view and marks it (texts); `n` and `N` go on, round the end; the message
/// says which of how many.
@Suite struct FindTests {
    func find(_ workbench: Workbench, _ query: String) {
        workbench.press(.character("F"))
        workbench.type(query)
        workbench.press(.enter)
    }

    @Test func casesSelectTheMatchingRowAndGoRound() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        find(workbench, "revalidatie")
        #expect(workbench.state.caseIndex == 1)
        #expect(workbench.state.message?.text == "“revalidatie”: 1 of 2")
        workbench.press(.character("n"))
        #expect(workbench.state.caseIndex == 3 && workbench.state.message?.text == "“revalidatie”: 2 of 2")
        workbench.press(.character("n"))
        #expect(workbench.state.caseIndex == 1 && workbench.state.message?.text == "“revalidatie”: 1 of 2, wrapped round")
        workbench.press(.character("N"))
        #expect(workbench.state.caseIndex == 3 && workbench.state.message?.text == "“revalidatie”: 2 of 2, wrapped round")
        workbench.press(.enter)
        #expect(workbench.state.screen == .studyCase && workbench.data.cases[workbench.state.caseIndex].name == "Revalidatie 2")
    }

    @Test func diacriticsAndCaseDoNotMatterAndMissesAreSaid() throws {
        let theme = try ThemeLoader(searchPaths: [packageRoot.appendingPathComponent("Themes")], knownScopes: ThemeScopes.all).load("default")
        let (workbench, folder) = try makeWorkbench(theme: theme)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("n"))
        #expect(workbench.state.message == StatusMessage(text: "No search yet: F finds", isError: true))
        workbench.press(.character("3"))
        find(workbench, "CLIENTEN")
        #expect(workbench.state.message?.text == "“CLIENTEN”: 1 of 1")
        // The table marks the row found.
        let buffer = workbench.render()
        let rows = buffer.text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(rows.firstIndex { $0.contains("Cliënten") })
        let column = rows[row].distance(from: rows[row].startIndex, to: try #require(rows[row].range(of: "Cliënten")).lowerBound)
        #expect(buffer[column, row].style == workbench.state.style("ui.selection"))
        find(workbench, "zzz")
        #expect(workbench.state.message == StatusMessage(text: "Not found: zzz", isError: true))
    }

    @Test func theCaseSourcesTabSelectsTheSourceThatEnterOpens() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab)
        find(workbench, "observatie")
        workbench.press(.enter)
        #expect(workbench.state.screen == .source)
        #expect(workbench.data.source?.title.hasPrefix("Observatie") == true)
    }

    @Test func helpBringsTheLineToTheTopAndMarksTheMatch() throws {
        let theme = try ThemeLoader(searchPaths: [packageRoot.appendingPathComponent("Themes")], knownScopes: ThemeScopes.all).load("default")
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24, theme: theme)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("?"))
        find(workbench, "suspend")
        let buffer = workbench.render()
        #expect(workbench.state.list(.help).offset > 0, "the help scrolled")
        let rows = buffer.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[2].contains("Ctrl-Z") && rows[2].contains("Suspend"), "the line is at the top of the view:\n\(buffer.text)")
        let x = try #require(rows[2].range(of: "Suspend")).lowerBound
        let column = rows[2].distance(from: rows[2].startIndex, to: x)
        #expect(buffer[column, 2].style == workbench.state.style("ui.selection"), "the match is marked")
        #expect(buffer[column - 2, 2].style != workbench.state.style("ui.selection"), "only the match")
        // The view stays there; moving scrolls on from it.
        workbench.press(.down)
        #expect(workbench.render().text.split(separator: "\n", omittingEmptySubsequences: false)[2] == rows[3])
    }

    @Test func fragmentsSelectTheMatchingFragment() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("f"))
        find(workbench, "koffieautomaat")
        let selected = try #require(workbench.state.selectedFragment(in: workbench.data))
        #expect(selected.quote.contains("koffieautomaat"))
        #expect(workbench.state.message?.text.hasPrefix("“koffieautomaat”: 1 of ") == true)
    }

    @Test func disagreementsMatrixAndModelFindTheirRows() throws {
        let (workbench, folder) = try makeWorkbench(width: 120, height: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("7"))
        let code = try #require(workbench.data.disagreements.last?.code)
        let index = try #require(workbench.data.disagreements.firstIndex { $0.code == code })
        find(workbench, code)
        #expect(workbench.state.list(.disagreements).selected == index, "the first disagreement of \(code)")
        workbench.press(.character("6"))
        find(workbench, "VOR")
        let rows = try #require(workbench.data.matrix?.rows)
        #expect(rows[workbench.state.list(.matrix).selected].code == "VOR")
        workbench.press(.character("4"))
        find(workbench, "characteristics")
        #expect(workbench.state.message?.text == "“characteristics”: 1 of 1")
        // Near the end the view cannot put the line at its top, but shows it.
        #expect(workbench.render().text.contains("Characteristics of a professional workplace"))
        #expect(workbench.state.list(.model).offset > 0, "the view scrolled to it")
    }

    @Test func theReaderKeepsItsOwnSearch() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.down, .enter, .tab, .tab, .enter)
        workbench.press(.character("/"))
        workbench.type("coordinator")
        workbench.press(.enter)
        #expect(workbench.state.reader.selectedRange != nil, "the reader's search selects the match")
        #expect(workbench.state.find.query == nil)
    }
}

/// Ctrl-Z: the loop hands the terminal back and, once continued, draws every row at the size
/// the terminal has then.
@Suite struct SuspendTests {
    @Test func ctrlZSuspendsAndTheNextFrameIsWholeAtTheNewSize() throws {
        let (workbench, folder) = try makeWorkbench(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = TestTerminal(width: 80, height: 24)
        terminal.sizeAfterSuspending = (100, 30)
        terminal.send(.character("3"), .control("z"))
        workbench.run(on: terminal)
        #expect(terminal.suspensions == 1)
        #expect(workbench.state.width == 100 && workbench.state.height == 30)
        let frame = try #require(terminal.lastFrame)
        #expect(frame.width == 100 && frame.text.contains("Cliënten"), "the screen as it was, at the new size")
        #expect(terminal.drawnRows.last == Array(0..<30), "every row drawn after fg")
    }
}

/// Tab after `:import` completes a path as a shell does.
@Suite struct PathCompletionTests {
    @Test func tabCompletesFilesAndFolders() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("transcripten"), withIntermediateDirectories: true)
        for name in ["transcripten/interview-anna.txt", "transcripten/interview-bram.txt", "transcripten/.verborgen.txt"] {
            try Data("I: Hoi\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        workbench.press(.character(":"))
        workbench.type("import tra")
        workbench.press(.tab)
        #expect(workbench.state.commandInput?.text == "import transcripten/", "a folder ends in /")
        workbench.type("int")
        workbench.press(.tab)
        #expect(workbench.state.commandInput?.text == "import transcripten/interview-")
        #expect(workbench.state.message?.text == "Files: interview-anna.txt  interview-bram.txt")
        #expect(workbench.render().text.contains(" Files: interview-anna.txt  interview-bram.txt"), "listed above the prompt")
        workbench.type("b")
        workbench.press(.tab)
        #expect(workbench.state.commandInput?.text == "import transcripten/interview-bram.txt ", "one file, then a space")
        workbench.press(.backspace)
        workbench.type("x")
        workbench.press(.tab)
        #expect(workbench.state.message == StatusMessage(text: "No file or folder starts with “transcripten/interview-bram.txtx”", isError: true))
        workbench.press(.escape, .character(":"))
        workbench.type("import ~/transcripten/.")
        workbench.press(.tab)
        #expect(workbench.state.commandInput?.text == "import ~/transcripten/.verborgen.txt ", "hidden names when asked for, ~ is home")
        workbench.press(.escape, .character(":"))
        workbench.type("ca")
        workbench.press(.tab)
        #expect(workbench.state.commandInput?.text.hasPrefix("case") == true, "command names still complete")
    }
}

/// The status bar's word count from the cached word positions: the same as splitting the
/// selection's text at white space, for every stretch of a text with partial words, line
/// breaks, runs of spaces and combining marks.
@Suite struct SourceWordsTests {
    @Test func countsAsSplittingTheTextDoes() {
        let text = "I: Hoe  gaat het\n\nC1: Goed. Clie\u{0308}nten  en 漢字 samen.\n"
        let words = SourceWords(text: text)
        let scalars = Array(text.unicodeScalars)
        for start in 0..<scalars.count {
            for end in start...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                let expected = String(view).unicodeScalars.split(whereSeparator: \.properties.isWhitespace).count
                #expect(words.count(in: ScalarRange(start: start, end: end)) == expected, "\(start)..\(end)")
            }
        }
    }
}
