import Foundation

/// The user's text editor, run on a file in the terminal: `$VISUAL`, else `$EDITOR`, else `vi`
/// (as git and crontab choose). The command is run by `/bin/sh`, so that an editor given with
/// options (`code --wait`, `nano -w`) works; the file is passed as an argument, never pasted
/// into the command line.
public enum ExternalEditor {
    /// Why editing did not give a text.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        case cannotStart(command: String, reason: String)
        case exited(command: String, status: Int32, path: String)
        case notText(path: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "\(path): cannot be written (\(reason))"
            case .cannotStart(let command, let reason): "the editor `\(command)` cannot be started (\(reason)); set $VISUAL or $EDITOR"
            case .exited(let command, let status, let path):
                "the editor `\(command)` stopped with status \(status); nothing was changed (the text is kept in \(path))"
            case .notText(let path): "\(path): the saved file is not UTF-8 text; nothing was changed"
            }
        }
    }

    /// The editor command the environment names.
    public static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let command = environment[name]?.trimmingCharacters(in: .whitespaces), !command.isEmpty { return command }
        }
        return "vi"
    }

    /// Writes `text` to a new file `fileName` in a temporary folder, runs the editor on it and
    /// waits for it, then returns the file and the text as saved. An editor that adds a final
    /// line feed the text did not have has not changed it; Windows line ends become `\n` when
    /// the text had none.
    public static func edit(_ text: String, fileName: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> (file: URL, text: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-edit-\(UUID().uuidString.prefix(8))")
        let file = folder.appendingPathComponent(fileName)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        } catch {
            throw .cannotWrite(path: file.path, reason: error.localizedDescription)
        }
        let command = command(environment: environment)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(command) \"$1\"", "sh", file.path]
        process.environment = environment
        do {
            try process.run()
        } catch {
            throw .cannotStart(command: command, reason: error.localizedDescription)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw .exited(command: command, status: process.terminationStatus, path: file.path) }
        guard let data = try? Data(contentsOf: file), var edited = String(data: data, encoding: .utf8) else { throw .notText(path: file.path) }
        if edited.hasPrefix("\u{FEFF}") { edited.removeFirst() }
        if !text.contains("\r") { edited = edited.replacingOccurrences(of: "\r\n", with: "\n") }
        if !text.hasSuffix("\n"), edited.hasSuffix("\n") { edited.removeLast() }
        return (file, edited)
    }

    /// Removes the folder `edit` made for a file.
    public static func discard(_ file: URL) {
        try? FileManager.default.removeItem(at: file.deletingLastPathComponent())
    }
}
