import Foundation
import TerminalKit
import WerkbankCore
import WerkbankExchange
import WerkbankStore
@testable import WerkbankUI

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The sample study, loaded once.
let sampleStudy: Study = {
    do { return try CaseFolderLoader(folder: packageRoot.appendingPathComponent("SampleCases")).load() } catch { fatalError("\(error)") }
}()

/// A workbench on a fresh project made from the sample cases, with a plain theme so that
/// buffer texts do not depend on colours.
func makeWorkbench(width: Int = 80, height: Int = 24, language: Language = .en, readOnly: Bool = false,
                   theme: Theme = Theme(name: "plain"), study: Study = sampleStudy) throws -> (Workbench, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-ui-\(UUID().uuidString)")
    let project = try Project.create(at: folder.appendingPathComponent("sample.werkbank"), from: study)
    let state = AppState(language: language, readOnly: readOnly, coder: "Anouk", projectName: "sample.werkbank",
                         theme: theme, colorProfile: .ansi16, width: width, height: height)
    let loader = ThemeLoader(searchPaths: [packageRoot.appendingPathComponent("Themes")], knownScopes: ThemeScopes.all)
    return (try Workbench(project: project, state: state, themeLoader: loader), folder)
}
