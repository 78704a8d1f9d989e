import Foundation
import TerminalKit
import WerkbankCore

extension AppState {
    /// Keys while the `:` command line is open: Enter runs it, Tab completes the command's
    /// name (or the file of `:import`), Esc closes it.
    mutating func handleCommandKey(_ key: Key, data: WorkbenchData) -> [Effect] {
        switch key {
        case .escape:
            commandInput = nil
            historyIndex = nil
            return []
        case .enter:
            let command = commandInput?.text ?? ""
            commandInput = nil
            historyIndex = nil
            if !command.trimmingCharacters(in: .whitespaces).isEmpty, commandHistory.last != command { commandHistory.append(command) }
            return run(command: command, data: data)
        case .up, .down:
            // The command history, as in a shell.
            guard !commandHistory.isEmpty else { return [] }
            let current = historyIndex ?? commandHistory.count
            let next = key == .up ? max(0, current - 1) : current + 1
            historyIndex = next < commandHistory.count ? next : nil
            commandInput = TextInput(historyIndex.map { commandHistory[$0] } ?? "")
            return []
        case .tab:
            // After `:import `, a file path; before the first space, a command's name.
            if let path = importPathBeingTyped { return [.completePath(path)] }
            completeCommandName()
            return []
        case .control("c"):
            commandInput = nil
            return []
        case .backspace where commandInput?.text.isEmpty == true:
            commandInput = nil
            return []
        default:
            _ = commandInput?.handle(key)
            return []
        }
    }

    /// Completes the command name being typed from the command table: a single match is
    /// written out, several are listed and their common start written.
    mutating func completeCommandName() {
        guard let typed = commandInput?.text, !typed.contains(" ") else { return }
        let candidates = CommandTable.completions(of: typed)
        if candidates.count == 1 {
            commandInput = TextInput(candidates[0] + " ")
        } else if !candidates.isEmpty {
            let common = candidates.dropFirst().reduce(candidates[0]) { String($0.commonPrefix(with: $1)) }
            commandInput = TextInput(common)
            message = StatusMessage(text: Text.messageCompletions.string(language, candidates.joined(separator: ", ")), isError: false)
        }
    }

    /// Runs a command line such as `case 2`, `theme light`, `lang nl` or `q` (the commands of
    /// ``CommandTable``).
    public mutating func run(command line: String, data: WorkbenchData) -> [Effect] {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let verb = words.first else { return [] }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        guard let command = CommandTable.command(named: verb) else {
            message = StatusMessage(text: Text.messageUnknownCommand.string(language, line), isError: true)
            return []
        }
        switch command {
        case .quit:
            shouldQuit = true
        case .openCase:
            let found: Case
            do throws(NameError) { found = try names(data).case(argument) } catch {
                message = StatusMessage(text: nameMessage(error, unknown: .messageNoSuchCase), isError: true)
                return []
            }
            return openCase(data.cases.firstIndex { $0.id == found.id } ?? 0, data: data)
        case .cases:
            go(to: .cases)
        case .respondents:
            go(to: .respondents)
        case .model:
            go(to: .model)
        case .help:
            go(to: .help)
        case .theme:
            guard !argument.isEmpty else { return badArgument(.theme, Text.argumentMissing.string(language)) }
            return [.setTheme(argument)]
        case .lang:
            guard let chosen = Language(rawValue: argument.lowercased()) else {
                return badArgument(.lang, Text.argumentLanguage.string(language, argument))
            }
            language = chosen
            message = StatusMessage(text: text(.messageLanguageSet), isError: false)
        case .memo:
            // A memo on a code: `:memo LOS`.
            guard !readOnly else { return reduce(.memo, data: data) }
            // A student practising writes memos on their own codings only: said before anything is typed.
            guard practice == nil else { return keepPractising([.saveMemo(.memo(.code(argument)), text: "")]) }
            guard let code = data.study.codebook.code(argument) else {
                message = StatusMessage(text: Text.messageNoSuchCode.string(language, argument), isError: true)
                return []
            }
            modal = .memo(MemoEditor(target: .memo(.code(code.short)), title: "\(code.short) · \(code.name)",
                                     text: data.memos[.code(code.short)] ?? ""))
        case .disagreements:
            return openDisagreements(argument, data: data)
        case .consensus:
            guard !argument.isEmpty else { return badArgument(.consensus, Text.argumentMissing.string(language)) }
            disagreements.consensus = argument
        case .filter:
            if screen == .memos { return applyMemoFilter(argument, data: data) }
            return applyFilter(argument, data: data)
        case .attribute:
            if let readOnlyReason {
                message = StatusMessage(text: Text.messageReadOnly.string(language, readOnlyReason.text(language), ":attribute"), isError: true)
                return []
            }
            return setAttributeCommand(argument, data: data)
        case .memos:
            return openMemos(searching: argument)
        case .fragments:
            return showFragments(of: argument, data: data)
        case .goto:
            guard screen == .source, let source = data.source else {
                return badArgument(.goto, Text.argumentOnlyInReader.string(language))
            }
            let last = source.text.scalarCount - 1
            guard let offset = Int(argument), offset >= 0, offset <= last else {
                return badArgument(.goto, Text.argumentPosition.string(language, argument, "\(last)"))
            }
            select(ScalarRange(start: offset, end: offset + 1), data: data)
            reader.selectedRange = nil
            say(Text.messageAtPosition.string(language, "\(offset)", "\(list(.units).selected + 1)"))
        case .importFile:
            return importCommand(argument, data: data)
        case .undo:
            return reduce(.undo, data: data)
        case .redo:
            return reduce(.redo, data: data)
        case .search:
            guard !argument.isEmpty else {
                startProjectSearch()
                return []
            }
            return runSearch(argument)
        }
        return []
    }

    /// `:disagreements A B`: the two coders, by name in any case; a missing or unknown name is
    /// said, with the coders there are.
    mutating func openDisagreements(_ argument: String, data: WorkbenchData) -> [Effect] {
        let names = argument.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let known = data.study.coders.map(\.name)
        let resolver = NameResolver(coders: known)
        var resolved: [String?] = []
        for name in names {
            do throws(NameError) { resolved.append(try resolver.coder(name)) } catch {
                guard error.problem == .unknown else { return badArgument(.disagreements, nameMessage(error, unknown: .messageNoSuchCoder)) }
                resolved.append(nil)
            }
        }
        guard names.count == 2, let first = resolved[0], let second = resolved[1] else {
            let unknown = zip(names, resolved).filter { $0.1 == nil }.map(\.0)
            let detail = unknown.isEmpty ? Text.argumentTwoCoders.string(language, known.joined(separator: ", "))
                : Text.argumentUnknownCoders.string(language, unknown.joined(separator: ", "), known.joined(separator: ", "))
            return badArgument(.disagreements, detail)
        }
        disagreements.coders = [first, second]
        lists[.disagreements] = ListState()
        go(to: .disagreements)
        return [.loadDisagreements(coderA: first, coderB: second, consensus: disagreements.consensus)]
    }

    /// Says what is wrong with a command's argument, with the command's usage from the table.
    mutating func badArgument(_ command: ColonCommand, _ detail: String) -> [Effect] {
        message = StatusMessage(text: Text.messageBadArgument.string(language, CommandTable.entry(for: command).usage, detail),
                                isError: true)
        return []
    }
}
