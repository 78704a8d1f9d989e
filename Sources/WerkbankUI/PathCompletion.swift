import Foundation
import TerminalKit

/// Tab in `:import FILE`: the files and folders whose names start with what is typed, as a
/// shell completes them. Relative paths are taken from the workbench's folder and `~` is the
/// home folder, as `:import` reads them.
struct PathCompletion {
    let currentDirectory: String
    let home: String

    /// The completions of `typed`, each written as the user would type it (the folder part as
    /// typed, then the name; a folder ends in `/`), sorted. Hidden names only when the typed
    /// name starts with a dot.
    func candidates(for typed: String) -> [String] {
        if typed == "~" { return ["~/"] }
        let folderPart = typed.range(of: "/", options: .backwards).map { String(typed[..<$0.upperBound]) } ?? ""
        let name = String(typed.dropFirst(folderPart.count))
        let folder = folderPart.isEmpty ? URL(fileURLWithPath: currentDirectory, isDirectory: true)
            : ImportRequest.resolve(folderPart, currentDirectory: currentDirectory, home: home)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return entries.filter { $0.hasPrefix(name) && (name.hasPrefix(".") || !$0.hasPrefix(".")) }.map { entry in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(entry).path, isDirectory: &isFolder)
            return folderPart + entry + (isFolder.boolValue ? "/" : "")
        }.sorted()
    }
}

extension AppState {
    /// The path being typed after `:import` (before any option), or `nil` when the command
    /// line holds another command.
    var importPathBeingTyped: String? {
        guard let text = commandInput?.text, let space = text.firstIndex(of: " "),
              CommandTable.command(named: String(text[..<space])) == .importFile else { return nil }
        let path = String(text[text.index(after: space)...])
        return path.contains(" --") ? nil : path
    }

    /// Takes the completions of the path typed after `:import`: one is written out (a file
    /// with a space after it, a folder with its `/`), several are listed and their common
    /// start written, none is said.
    mutating func completePath(_ typed: String, candidates: [String]) {
        guard importPathBeingTyped == typed, let text = commandInput?.text else { return }
        let command = String(text.prefix { $0 != " " }) + " "
        if candidates.count == 1 {
            commandInput = TextInput(command + candidates[0] + (candidates[0].hasSuffix("/") ? "" : " "))
        } else if let first = candidates.first {
            let common = candidates.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
            commandInput = TextInput(command + common)
            let names = candidates.map { candidate in
                let trimmed = candidate.hasSuffix("/") ? String(candidate.dropLast()) : candidate
                return (trimmed.split(separator: "/").last.map(String.init) ?? trimmed) + (candidate.hasSuffix("/") ? "/" : "")
            }
            say(Text.messagePathCompletions.string(language, names.joined(separator: "  ")))
        } else {
            say(Text.messageNoPathMatch.string(language, typed), isError: true)
        }
    }
}
