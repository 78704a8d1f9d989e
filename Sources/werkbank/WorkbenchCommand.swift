import ArgumentParser
import CursesTerminal
import Foundation
import TerminalKit
import WerkbankExchange
import WerkbankStore
import WerkbankUI

extension Language: ExpressibleByArgument {}

struct WorkbenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbench",
        abstract: "Open the full-screen workbench (the default when no command is given).",
        discussion: """
            Keys: arrows or h/j/k/l, Enter open, Esc back, q quit, ? help, : commands (:case 2, :theme light, :lang nl). \
            Settings may also come from $XDG_CONFIG_HOME/werkbank/config.toml (theme, coder, lang, mouse). \
            NO_COLOR is honoured. Exits 69 when there is no usable terminal.
            """)

    @OptionGroup var projectOptions: ProjectOptions

    @Flag(name: .long, help: "Browse without changing the project (for students): every editing action is disabled.")
    var readOnly = false

    @Option(name: .long, help: ArgumentHelp("The coder you edit and undo as (default: $WERKBANK_CODER, else `coder` in the config file, else your login name; asked once where there is none).", valueName: "name"))
    var coder: String?

    @Option(name: .long, help: ArgumentHelp("Interface language: nl or en (default: from LANG).", valueName: "lang"))
    var lang: Language?

    @Option(name: .long, help: ArgumentHelp("A theme name (default, light, dark-256, high-contrast, mono) or a .toml path.", valueName: "theme"))
    var theme: String?

    @Flag(name: .long, help: "Do not use the mouse.")
    var noMouse = false

    func run() throws {
        let configURL = ConfigFile.folder().appendingPathComponent("config.toml")
        let config: ConfigFile
        do {
            config = try ConfigFile.load(configURL)
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.dataError
        }
        let loader = ThemeLoader(searchPaths: ThemesLocator.searchPaths(configFolder: ConfigFile.folder()), knownScopes: ThemeScopes.all)
        let chosenTheme: Theme
        do {
            chosenTheme = try loader.load(theme ?? config.theme ?? "default")
        } catch let error where theme == nil && config.theme == nil && error.message.hasPrefix("no theme named") {
            // No theme was asked for and the bundled ones are missing: still start.
            chosenTheme = .builtIn
        } catch {
            printError("werkbank: \(error)")
            // An unknown name on the command line is a usage error; a broken theme file, or a
            // name in the config file, is one of data.
            throw theme != nil && error.message.hasPrefix("no theme named") ? ExitCode(64) : ExitCodes.dataError
        }

        // Settings are checked before the terminal, so that a broken theme or config file is
        // reported even where no workbench can start.
        if let problem = CursesTerminal.checkEnvironment() {
            printError(problem.description)
            throw ExitCodes.noTerminal
        }
        let language = lang ?? config.lang.flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment()
        var readOnlyReason: ReadOnlyReason? = readOnly ? .requested : nil
        var startMessage: String?
        let project: Project
        if readOnly {
            project = try projectOptions.open(for: .reading)
        } else {
            // Another workbench or command on the same project does not make this one
            // read-only: each writes as its coder in short transactions (decision 55).
            do {
                project = try projectOptions.openQuietly(for: .writing)
            } catch ProjectError.readOnly(_, let reason) {
                // A project on a read-only share or in a read-only file can still be browsed.
                // Said in the interface's language where the cause is known.
                readOnlyReason = ProjectAccess.denial(of: projectOptions.url).map(ReadOnlyReason.denied) ?? .notWritable(reason)
                startMessage = Text.messageOpenedReadOnly.string(language, readOnlyReason!.text(language))
                project = try projectOptions.open(for: .reading)
            } catch {
                throw ProjectOptions.report(error)
            }
        }

        let coderName = try CoderName.resolve(coder) ?? Self.askCoder(configURL: configURL)
        if project.mode == .writing { project.actingCoder = coderName }

        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(CursesOptions(mouse: !noMouse && (config.mouse ?? true)))
        } catch {
            printError(error.description)
            throw ExitCodes.noTerminal
        }
        defer { terminal.shutdown() }
        let size = terminal.size
        var state = AppState(language: language, readOnly: readOnlyReason != nil, readOnlyReason: readOnlyReason, coder: coderName, projectName: project.url.lastPathComponent,
                             theme: chosenTheme, colorProfile: terminal.colorProfile, width: size.width, height: size.height)
        if let startMessage { state.message = StatusMessage(text: startMessage, isError: true) }
        let workbench = try withProject { () throws(ProjectError) in
            try Workbench(project: project, state: state, themeLoader: loader, readTranscript: Self.readTranscript)
        }
        workbench.editText = { text, fileName in
            let edited = try ExternalEditor.edit(text, fileName: fileName)
            ExternalEditor.discard(edited.file)
            return edited.text
        }
        workbench.parseTranscript = { TranscriptReader.transcript(ofText: $0) }
        workbench.run(on: terminal)
    }

    /// Asks who codes where nothing names a coder (no `--coder`, `$WERKBANK_CODER`, `coder` in
    /// the config file or login name), once: the answer is remembered in the config file.
    static func askCoder(configURL: URL) throws -> String {
        print("Who is coding? Your name as coder (remembered in \(configURL.path)): ", terminator: "")
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else {
            printError("werkbank: \(CoderName.missing)")
            throw ExitCode(64)
        }
        do {
            try ConfigFile.remember(coder: answer, in: configURL)
        } catch {
            printError("werkbank: could not remember the coder in \(configURL.path): \(error)")
        }
        return answer
    }

    /// Reads a transcript for `:import` in the workbench, as `werkbank import` does: errors name
    /// the file and say what is wrong; nothing is written.
    @Sendable static func readTranscript(_ url: URL, encoding: String?) throws -> ReadTranscript {
        let name = url.lastPathComponent
        var chosen: TranscriptEncoding?
        if let encoding {
            guard let known = TranscriptEncoding(rawValue: encoding.lowercased()) else {
                throw LoadProblem(file: name, message: "unknown encoding `\(encoding)`; use latin1 or cp1252")
            }
            chosen = known
        }
        let (transcript, data) = try TranscriptReader.readFile(url, encoding: chosen)
        return ReadTranscript(transcript: transcript, checksum: Project.checksum(of: data))
    }
}
