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

    @Flag(name: .long, help: "Practise coding (students): code into a layer of your own, compared with the consensus coder (P: feedback).")
    var practice = false

    @Flag(name: .long, help: "In a practice project, open as a researcher or teacher rather than in practice mode.")
    var noPractice = false

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

        // A workbench that writes asks who codes on its first start (issue 15: the coder is
        // explicit); one that only reads uses the login name and asks nothing.
        let coderName = try CoderName.chosen(coder)
            ?? (project.mode == .writing ? Self.askCoder(configURL: configURL, suggestion: CoderName.loginName())
                                         : CoderName.loginName() ?? "reader")
        if project.mode == .writing { project.actingCoder = coderName }
        let practiceMode = try practiceMode(of: coderName, in: project)

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
        state.practice = practiceMode
        if let practiceMode {
            state.message = StatusMessage(text: Text.messagePractising.string(language, practiceMode.student, practiceMode.consensus),
                                          isError: false)
        }
        if let startMessage { state.message = StatusMessage(text: startMessage, isError: true) }
        let workbench = try withProject { () throws(ProjectError) in
            try Workbench(project: project, state: state, themeLoader: loader, readTranscript: Self.readTranscript)
        }
        workbench.editText = { text, fileName in
            let edited = try ExternalEditor.edit(text, fileName: fileName)
            return (edited.text, edited.file)
        }
        workbench.parseTranscript = { TranscriptReader.transcript(ofText: $0) }
        workbench.announcePresence()
        workbench.run(on: terminal)
        workbench.withdrawPresence()
    }

    /// Whether the workbench opens in practice mode (decision 61): with `--practice`, or in a
    /// practice project for every coder but the consensus coder and those with codings outside
    /// practice (researchers, the teacher), unless `--no-practice`. The student is marked as
    /// practising in the project before the first key.
    func practiceMode(of coder: String, in project: Project) throws -> PracticeMode? {
        if practice && noPractice { throw ValidationError("--practice and --no-practice cannot both be given") }
        guard !noPractice else { return nil }
        guard let setup = try withProject({ () throws(ProjectError) in try project.practiceSetup() }) else {
            if practice {
                printError("werkbank: this is not a practice project; a teacher makes it one with `werkbank practice enable --consensus NAME`")
                throw ExitCode(64)
            }
            return nil
        }
        if !practice {
            // Read-only (`--read-only`, a file that cannot be written) browses as before.
            guard coder != setup.consensus, project.mode == .writing else { return nil }
            let isStudent = try withProject { () throws(ProjectError) in try project.isPracticeCoder(coder) }
            let known = try withProject { () throws(ProjectError) in try project.coderNames() }.contains(coder)
            // A coder the project knows outside practice (in the study's coders, or with codings)
            // is a researcher or the teacher.
            if !isStudent && known { return nil }
        }
        guard project.mode == .writing else {
            printError("werkbank: practising needs a project you can write (it is read-only here)")
            throw ExitCodes.noPermission
        }
        do {
            try project.joinPractice(student: coder)
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.forProjectError(error)
        }
        return PracticeMode(student: coder, consensus: setup.consensus)
    }

    /// Asks who codes where nothing names a coder (no `--coder`, `$WERKBANK_CODER` or `coder` in
    /// the config file), once: the answer is remembered in the config file. Enter takes the
    /// login name where there is one.
    static func askCoder(configURL: URL, suggestion: String?) throws -> String {
        let offer = suggestion.map { " [\($0)]" } ?? ""
        print("Who is coding? Your name as coder, remembered in \(configURL.path)\(offer): ", terminator: "")
        let typed = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let answer = typed.isEmpty ? suggestion : typed else {
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
