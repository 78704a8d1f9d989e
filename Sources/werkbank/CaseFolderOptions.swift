import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange

/// `--cases FOLDER`, and loading the study from it or from the bundled sample cases.
struct CaseFolderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The case folder to read (default: the bundled SampleCases).",
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
