import Foundation
import TerminalKit
import WerkbankCore

extension AppState {
    /// Keys while the `:` command line is open: Enter runs it, Esc closes it.
    mutating func handleCommandKey(_ key: Key, data: WorkbenchData) -> [Effect] {
        switch key {
        case .escape:
            commandInput = nil
            return []
        case .enter:
            let command = commandInput?.text ?? ""
            commandInput = nil
            return run(command: command, data: data)
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

    /// Runs a command line such as `case 2`, `theme light`, `lang nl` or `q`.
    public mutating func run(command: String, data: WorkbenchData) -> [Effect] {
        let words = command.split(separator: " ", maxSplits: 1).map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch verb {
        case "q", "quit", "qa", "q!":
            shouldQuit = true
        case "case", "c":
            let found: Case
            do throws(NameError) { found = try names(data).case(argument) } catch {
                message = StatusMessage(text: nameMessage(error, unknown: .messageNoSuchCase), isError: true)
                return []
            }
            return openCase(data.cases.firstIndex { $0.id == found.id } ?? 0, data: data)
        case "cases":
            go(to: .cases)
        case "respondents", "respondenten":
            go(to: .respondents)
        case "model", "codebook":
            go(to: .model)
        case "help", "h":
            go(to: .help)
        case "theme":
            return [.setTheme(argument)]
        case "lang", "taal":
            guard let chosen = Language(rawValue: argument.lowercased()) else {
                message = StatusMessage(text: Text.messageUnknownCommand.string(language, command), isError: true)
                return []
            }
            language = chosen
            message = StatusMessage(text: text(.messageLanguageSet), isError: false)
        case "memo":
            // A memo on a code: `:memo LOS`.
            guard !readOnly else { return reduce(.memo, data: data) }
            guard let code = data.study.codebook.code(argument) else {
                message = StatusMessage(text: Text.messageNoSuchCode.string(language, argument), isError: true)
                return []
            }
            modal = .memo(MemoEditor(target: .memo(.code(code.short)), title: "\(code.short) · \(code.name)",
                                     text: data.memos[.code(code.short)] ?? ""))
        case "disagreements", "verschillen":
            let names: [String]
            let known = NameResolver(coders: data.study.coders.map(\.name))
            let given = argument.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            do throws(NameError) { names = try given.map { name throws(NameError) in try known.coder(name) } } catch {
                message = StatusMessage(text: nameMessage(error, unknown: .messageNoSuchCoder, listChoices: true), isError: true)
                return []
            }
            guard names.count == 2 else {
                message = StatusMessage(text: Text.messageNoSuchCoder.string(language, argument), isError: true)
                return []
            }
            disagreementCoders = names
            lists["disagreements"] = ListState()
            go(to: .disagreements)
            return [.loadDisagreements(coderA: names[0], coderB: names[1])]
        case "consensus":
            guard !argument.isEmpty else { return [] }
            consensusCoder = argument
        case "filter":
            return applyFilter(argument, data: data)
        case "fragments", "fragmenten":
            return showFragments(of: argument, data: data)
        case "goto", "g":
            guard screen == .source, let source = data.source, let offset = Int(argument), offset >= 0, offset < source.text.scalarCount else {
                message = StatusMessage(text: Text.messageUnknownCommand.string(language, command), isError: true)
                return []
            }
            select(ScalarRange(start: offset, end: offset + 1), data: data)
            selectedRange = nil
        case "import":
            return importCommand(argument, data: data)
        case "undo":
            return reduce(.undo, data: data)
        case "redo":
            return reduce(.redo, data: data)
        default:
            message = StatusMessage(text: Text.messageUnknownCommand.string(language, command), isError: true)
        }
        return []
    }
}
