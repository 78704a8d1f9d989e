import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a project file from a case folder, with its sample codings.",
        discussion: "The project is written under a temporary name and moved into place when complete.")

    @Argument(help: ArgumentHelp("The new project file, e.g. studie.werkbank.", valueName: "project"))
    var project: String

    @Option(name: .long, help: ArgumentHelp("The case folder to import (default: the bundled SampleCases).", valueName: "folder"))
    var from: String?

    func run() throws {
        let folder = try CaseFolderOptions.folder(from)
        let study: WerkbankCore.Study
        do {
            study = try CaseFolderLoader(folder: folder).load()
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.dataError
        }
        let url = URL(fileURLWithPath: project)
        _ = try withProject { () throws(ProjectError) in try Project.create(at: url, from: study) }
        print("created \(url.path): \(study.cases.count) cases, \(study.sources.count) sources, \(study.codings.count) codings")
    }
}
