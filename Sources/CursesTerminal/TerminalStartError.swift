/// Why the workbench cannot run in this terminal. Each description is a complete message for
/// the user, ready to print to standard error.
public enum TerminalStartError: Error, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or run from a script).
    case notATerminal
    /// `TERM` is unset, empty or `dumb`; the associated value is its value ("" when unset).
    case dumbTerminal(String)
    /// ncurses has no terminfo entry for the `TERM` value.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (no `cup` capability); the value is `TERM`.
    case noCursorAddressing(String)
    /// Neither the user's locale nor `C.UTF-8` is a UTF-8 locale; the value is the code set.
    case noUTF8Locale(String)

    private static let commandsHint = """
        Use the commands instead, for example `werkbank cases`, `werkbank respondents`, \
        `werkbank fragments --code LOS`; see `werkbank --help`.
        """

    public var description: String {
        switch self {
        case .notATerminal:
            return "werkbank: the workbench needs a terminal (standard input and output are not both a TTY). "
                + Self.commandsHint
        case .dumbTerminal(let term):
            let what = term.isEmpty ? "TERM is not set" : "TERM=\(term) cannot draw screens"
            return "werkbank: the workbench needs a terminal that can draw screens, but \(what). "
                + "Set a real terminal type, for example `TERM=xterm-256color werkbank`. " + Self.commandsHint
        case .unknownTerminal(let term):
            return "werkbank: unknown terminal type TERM=\(term) (no terminfo entry). "
                + "Try `TERM=xterm-256color werkbank`, or install the entry (for example the ncurses-term package). "
                + Self.commandsHint
        case .noCursorAddressing(let term):
            return "werkbank: the terminal TERM=\(term) cannot move the cursor, so the workbench cannot draw on it. "
                + "Try `TERM=xterm-256color werkbank`. " + Self.commandsHint
        case .noUTF8Locale(let codeset):
            return "werkbank: the workbench needs a UTF-8 locale, but the code set is \(codeset) and C.UTF-8 is not "
                + "available. Set one, for example `LANG=C.UTF-8 werkbank` (see `locale -a`). " + Self.commandsHint
        }
    }
}
