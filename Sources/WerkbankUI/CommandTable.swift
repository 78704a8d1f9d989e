/// The `:` commands of the workbench.
public enum ColonCommand: String, CaseIterable, Hashable, Sendable {
    case quit, openCase, cases, respondents, model, help, theme, lang, memo, disagreements, consensus, filter, fragments,
         goto, importFile, undo, redo, attribute, memos, search
}

/// One row of the command table: a command's name, aliases, argument and what it does.
public struct CommandEntry: Sendable {
    public var command: ColonCommand
    /// The name help shows and completion prefers.
    public var name: String
    /// Other names that run it (Dutch ones, short ones).
    public var aliases: [String]
    /// The argument as help writes it (`NAME|NUMBER`), if the command takes one.
    public var argument: String?
    public var help: (en: String, nl: String)

    public func help(_ language: Language) -> String { language == .nl ? help.nl : help.en }

    /// The command as typed with its argument: `goto POSITION`.
    public var usage: String { argument.map { "\(name) \($0)" } ?? name }
}

/// The command table: the single source of the `:` commands, their help, the help screen's
/// list of commands, `docs/keybindings.md`, completion of command names and the wording of
/// a wrong argument.
public enum CommandTable {
    public static let entries: [CommandEntry] = [
        entry(.openCase, "case", ["c"], "NAME|NUMBER", "Open a case by any of its names or its number", "Open een casus bij een van zijn namen of zijn nummer"),
        entry(.cases, "cases", [], nil, "The Cases screen", "Het scherm Casussen"),
        entry(.respondents, "respondents", ["respondenten"], nil, "The respondent table of all cases", "De respondententabel van alle casussen"),
        entry(.model, "model", ["codebook"], nil, "The model and its codebook", "Het model en zijn codeboek"),
        entry(.fragments, "fragments", ["fragmenten"], "CODE", "The fragments of a code", "De fragmenten van een code"),
        entry(.filter, "filter", [], "WHAT VALUE",
              "Filter the fragments by code, case, role, kind, coder, source, ATTRIBUTE=VALUE, and/not another code, within overlap|turn (the matrix by coder, kind, attribute and and/not); :filter clear",
              "Filter de fragmenten op code, casus, rol, soort, codeur, bron, KENMERK=WAARDE, en/niet een andere code, binnen overlap|beurt (de matrix op codeur, soort, kenmerk en en/niet); :filter clear"),
        entry(.disagreements, "disagreements", ["verschillen"], "A B",
              "Where two coders, A and B, differ", "Waar twee codeurs, A en B, verschillen"),
        entry(.consensus, "consensus", [], "CODER", "The coder that resolved disagreements are written to",
              "De codeur waarnaar beslissingen over verschillen gaan"),
        entry(.goto, "goto", ["g"], "POSITION", "In the reader: the turn at a position of the text (in characters)",
              "In de lezer: de beurt op een positie in de tekst (in tekens)"),
        entry(.memo, "memo", [], "CODE", "Write the memo of a code", "Schrijf de memo van een code"),
        entry(.attribute, "attribute", ["attr", "kenmerk"], "NAME [VALUE]",
              "On a case's Attributes tab: set NAME on the chosen row's case, participant or source (no value: take it off)",
              "Op de tab Kenmerken van een casus: zet NAME bij de casus, deelnemer of bron van de gekozen rij (zonder waarde: weghalen)"),
        entry(.memos, "memos", ["memo's"], "[WORDS]",
              "Every memo of every kind; with words, those whose title or text has them all (on the Memos screen, :filter kind|author|code|text VALUE)",
              "Elke memo van elke soort; met woorden, die waarvan titel of tekst ze alle bevat (op het scherm Memo's, :filter kind|author|code|text WAARDE)"),
        entry(.importFile, "import", [], "FILE [OPTIONS]",
              "Import a transcript, speakers shown first; options --case NAME, --kind KIND, --date YYYY-MM-DD, --encoding latin1|cp1252",
              "Importeer een transcript, eerst de sprekers; opties --case NAAM, --kind SOORT, --date JJJJ-MM-DD, --encoding latin1|cp1252"),
        entry(.search, "search", ["zoek"], "QUERY",
              "Search the whole project: words, \"phrase\", prefix*, NEAR(a b, 5), OR, NOT (r on the screen: regex)",
              "Zoek in het hele project: woorden, \"zinsdeel\", begin*, NEAR(a b, 5), OR, NOT (r op het scherm: regex)"),
        entry(.undo, "undo", [], nil, "Undo your own last edit", "Je eigen laatste wijziging ongedaan maken"),
        entry(.redo, "redo", [], nil, "Redo your own edit undone last", "Je eigen laatst ongedaan gemaakte wijziging opnieuw doen"),
        entry(.theme, "theme", [], "NAME|PATH", "Change the colours (default, light, dark-256, high-contrast, mono, or a .toml file)",
              "Wijzig de kleuren (default, light, dark-256, high-contrast, mono, of een .toml-bestand)"),
        entry(.lang, "lang", ["taal"], "nl|en", "The language of the interface", "De taal van de interface"),
        entry(.help, "help", ["h"], nil, "Keys and commands", "Toetsen en opdrachten"),
        entry(.quit, "q", ["quit", "qa", "q!"], nil, "Quit", "Stoppen"),
    ]

    private static func entry(_ command: ColonCommand, _ name: String, _ aliases: [String], _ argument: String?,
                              _ en: String, _ nl: String) -> CommandEntry {
        CommandEntry(command: command, name: name, aliases: aliases, argument: argument, help: (en, nl))
    }

    /// The entry of a command.
    public static func entry(for command: ColonCommand) -> CommandEntry {
        entries.first { $0.command == command }!
    }

    /// The command a typed name runs (in any case), if any.
    public static func command(named name: String) -> ColonCommand? {
        let name = name.lowercased()
        return entries.first { $0.name == name || $0.aliases.contains(name) }?.command
    }

    /// The command names that start with `prefix`, in table order; aliases only where no name
    /// matches.
    public static func completions(of prefix: String) -> [String] {
        let prefix = prefix.lowercased()
        let names = entries.map(\.name).filter { $0.hasPrefix(prefix) }
        return names.isEmpty ? entries.flatMap(\.aliases).filter { $0.hasPrefix(prefix) } : names
    }
}
