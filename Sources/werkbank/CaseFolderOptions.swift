import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// Where a report command reads the study: a case folder (`--cases`), else the project.
struct StudyOptions: ParsableArguments {
    @OptionGroup var folder: CaseFolderOptions
    @OptionGroup var project: ProjectOptions

    /// The study, and the number of sources per case id.
    func load() throws -> (study: Study, sourceCounts: [String: Int]) {
        if folder.cases != nil {
            let study = try folder.loadStudy()
            return (study, Dictionary(grouping: study.sources, by: \.caseID).mapValues(\.count))
        }
        let opened = try project.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try opened.study() }
        return (study, try withProject { () throws(ProjectError) in try opened.sourceCounts() })
    }
}

/// `--cases FOLDER`, and loading the study from it or from the bundled sample cases.
struct CaseFolderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Read this case folder instead of the project.",
        discussion: "Without it, $WERKBANK_CASES, then <prefix>/share/werkbank/SampleCases next to an installed binary, then the SampleCases folder of the checkout the binary was built in.",
        valueName: "folder"))
    var cases: String?

    /// The folder to read, or an error saying where it was looked for.
    func folder() throws -> URL {
        try Self.folder(cases)
    }

    /// The folder named, or else the bundled sample cases.
    static func folder(_ path: String?) throws -> URL {
        if let path {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                printError("werkbank: \(path): no such folder")
                throw ExitCodes.noInput
            }
            return URL(fileURLWithPath: path)
        }
        if let found = SampleCasesLocator.locate() { return found }
        printError("werkbank: cannot find the sample cases; looked in \(SampleCasesLocator.candidates().map(\.path).joined(separator: ", ")). Pass --cases FOLDER or set WERKBANK_CASES.")
        throw ExitCodes.noInput
    }

    /// The loaded study; a folder with problems prints them all and exits 65.
    func loadStudy() throws -> Study {
        let url = try folder()
        do {
            return try CaseFolderLoader(folder: url).load()
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.dataError
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
