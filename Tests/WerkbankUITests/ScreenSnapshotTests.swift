import Foundation
import TerminalKit
import Testing
@testable import WerkbankUI

/// Every screen rendered into the buffer at 80×24 and 120×40, compared with how it must look.
@Suite struct ScreenSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func everyScreen(width: Int, height: Int) throws {
        let (workbench, folder) = try makeWorkbench(width: width, height: height)
        defer { try? FileManager.default.removeItem(at: folder) }
        let size = "\(width)x\(height)"
        expectScreen(workbench, "cases-\(size)", snapshots["cases-\(size)"] ?? "")
        workbench.press(.down, .enter)
        expectScreen(workbench, "case-overview-\(size)", snapshots["case-overview-\(size)"] ?? "")
        workbench.press(.tab)
        expectScreen(workbench, "case-respondents-\(size)", snapshots["case-respondents-\(size)"] ?? "")
        workbench.press(.tab)
        expectScreen(workbench, "case-sources-\(size)", snapshots["case-sources-\(size)"] ?? "")
        workbench.press(.tab)
        expectScreen(workbench, "case-findings-\(size)", snapshots["case-findings-\(size)"] ?? "")
        workbench.press(.character("3"))
        expectScreen(workbench, "respondents-\(size)", snapshots["respondents-\(size)"] ?? "")
        workbench.press(.character("4"))
        expectScreen(workbench, "model-\(size)", snapshots["model-\(size)"] ?? "")
        workbench.press(.character("?"))
        expectScreen(workbench, "help-\(size)", snapshots["help-\(size)"] ?? "")
    }

    @Test func analysisScreens() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("6"))
        expectScreen(workbench, "matrix-80x24", snapshots["matrix-80x24"] ?? "")
        workbench.press(.character("7"))
        expectScreen(workbench, "disagreements-80x24", snapshots["disagreements-80x24"] ?? "")
        workbench.press(.character("8"))
        expectScreen(workbench, "analysis-80x24", snapshots["analysis-80x24"] ?? "")
    }

    @Test func dutchRespondents() throws {
        let (workbench, folder) = try makeWorkbench(language: .nl)
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character("3"))
        expectScreen(workbench, "respondents-nl", snapshots["respondents-nl"] ?? "")
    }

    /// Wide characters take two columns and keep the frame straight; combining marks ride on
    /// their letter.
    @Test func wideCharactersAndCombiningMarks() throws {
        var study = sampleStudy
        study.cases[0].name = "漢字 Clie\u{0308}nten"
        study.cases[0].description = "Clie\u{0308}nten en 漢字 in één tekst."
        let (workbench, folder) = try makeWorkbench(width: 60, height: 14, study: study)
        defer { try? FileManager.default.removeItem(at: folder) }
        expectScreen(workbench, "wide-60x14", snapshots["wide-60x14"] ?? "")
        // The list keeps the selection in view when only two rows fit.
        workbench.press(.character("G"))
        expectScreen(workbench, "wide-60x14-last", snapshots["wide-60x14-last"] ?? "")
    }

    /// The import dialog on a transcript with `Naam:` labels: detected speakers, their turns,
    /// the implicit mapping and the first words; then an id being typed; then in Dutch.
    @Test func importDialog() throws {
        for language in [Language.en, .nl] {
            let (workbench, folder) = try makeWorkbench(language: language)
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data(ImportTests.gesprek.utf8).write(to: folder.appendingPathComponent("Gesprek Jan 2024.txt"))
            workbench.press(.down, .enter)
            workbench.press(.character(":"))
            workbench.type("import Gesprek Jan 2024.txt --date 2024-03-14")
            workbench.press(.enter)
            let name = language == .en ? "import-80x24" : "import-nl-80x24"
            expectScreen(workbench, name, snapshots[name] ?? "")
            if language == .en {
                workbench.press(.character("l"), .character("e"), .control("u"))
                workbench.type("S90")
                expectScreen(workbench, "import-editing-80x24", snapshots["import-editing-80x24"] ?? "")
            }
        }
    }

    @Test func commandLineAndMessage() throws {
        let (workbench, folder) = try makeWorkbench()
        defer { try? FileManager.default.removeItem(at: folder) }
        workbench.press(.character(":"))
        workbench.type("case Zorg 9")
        #expect(workbench.render().text.split(separator: "\n").last == ":case Zorg 9")
        workbench.press(.enter)
        #expect(workbench.render().text.split(separator: "\n").last == " No case named Zorg 9")
    }
}
