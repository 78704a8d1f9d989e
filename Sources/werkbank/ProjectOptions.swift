import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// `--project PATH`, and opening it, or the default project in the XDG data folder.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The project file (default: $WERKBANK_PROJECT, else default.werkbank in $XDG_DATA_HOME/werkbank, else ~/.local/share/werkbank; made from the sample cases on first use).",
        valueName: "path"))
    var project: String?

    /// The project file this command works on.
    var url: URL {
        if let project { return URL(fileURLWithPath: project) }
        return DefaultProject.url
    }

    /// Opens the project for `mode` (commands that only read open it for reading, so that a
    /// read-only project can be read and no writer is waited for); the default project is
    /// created from the sample cases when missing.
    func open(for mode: Project.OpenMode) throws -> Project {
        do {
            return try openQuietly(for: mode)
        } catch {
            throw Self.report(error)
        }
    }

    /// Opens the project as ``open(for:)`` does, throwing ``ProjectError``s (and case-folder
    /// errors of the default project) as they are, for a caller that handles some of them.
    /// A project opened for writing writes as the coder ``CoderName`` finds (a command with
    /// `--coder` or `--author` sets its own after opening).
    func openQuietly(for mode: Project.OpenMode) throws -> Project {
        let project = self.project == nil
            ? try Project.openOrCreate(at: url, for: mode) { try CaseFolderLoader(folder: try CaseFolderOptions.folder(nil)).load() }
            : try Project.open(at: url, for: mode)
        if mode == .writing { project.actingCoder = CoderName.resolve(nil) }
        return project
    }

    /// Prints why a project could not be opened and returns the exit code to throw.
    static func report(_ error: Error) -> Error {
        switch error {
        case let error as ProjectError:
            printError("werkbank: \(error)")
            return ExitCodes.forProjectError(error)
        case let error as CaseFolderError:
            printError("werkbank: \(error)")
            return ExitCodes.dataError
        default:
            return error
        }
    }
}

/// Where the default project lives (XDG base directories).
enum DefaultProject {
    static var url: URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["WERKBANK_PROJECT"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let data: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = URL(fileURLWithPath: xdg)
        } else {
            data = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        }
        return data.appendingPathComponent("werkbank/default.werkbank")
    }
}

/// Runs a project operation, printing a failure and exiting with its code.
func withProject<T>(_ body: () throws(ProjectError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError("werkbank: \(error)")
        throw ExitCodes.forProjectError(error)
    }
}
