import TerminalKit

/// One row of the action table: an action, its keys, where it applies and what it does.
public struct ActionEntry: Sendable {
    public var action: Action
    public var keys: [Key]
    /// The screens where the binding applies; empty means everywhere.
    public var screens: [ScreenKind]
    public var help: (en: String, nl: String)
    /// The label in the hint bar, for the bindings worth a hint there. Bindings with the same
    /// label on a screen make one hint (`1-6 code`, `↑↓ move`).
    public var hint: Text?

    public func help(_ language: Language) -> String { language == .nl ? help.nl : help.en }
}

/// The action table: the single source of key bindings, the hint bar, the help screen and the
/// keybindings document. The order of the entries is the order of the hints.
public enum ActionTable {
    public static let entries: [ActionEntry] = [
        entry(.moveUp, [.up, .character("k")], [], "Move up", "Omhoog", hint: .hintMove),
        entry(.moveDown, [.down, .character("j")], [], "Move down", "Omlaag", hint: .hintMove),
        entry(.pageUp, [.pageUp, .control("b")], [], "Page up", "Pagina omhoog"),
        entry(.pageDown, [.pageDown, .control("f")], [], "Page down", "Pagina omlaag"),
        entry(.top, [.home, .character("g")], [], "Go to the top", "Naar het begin"),
        entry(.bottom, [.end, .character("G")], [], "Go to the bottom", "Naar het eind"),
        entry(.previousTab, [.left, .character("h"), .backTab], [.studyCase], "Previous tab", "Vorige tab", hint: .hintTabs),
        entry(.nextTab, [.right, .character("l"), .tab], [.studyCase], "Next tab", "Volgende tab", hint: .hintTabs),
        entry(.open, [.enter], [.cases], "Open the selected case", "Open de gekozen casus", hint: .hintOpen),
        entry(.nextPane, [.tab], [.cases], "Next pane (list, details)", "Volgend paneel (lijst, details)", hint: .hintPane),
        entry(.open, [.enter], [.studyCase],
              "Open the selected source (Sources tab), the chosen quote's source at the quote (Findings tab), or change the chosen attribute (Attributes tab)",
              "Open de gekozen bron (tab Bronnen), de bron van het gekozen citaat bij het citaat (tab Bevindingen), of wijzig het gekozen kenmerk (tab Kenmerken)",
              hint: .hintOpen),
        entry(.code1, [.character("1")], [.source], "Code the selection with LOS", "Codeer de selectie met LOS", hint: .hintCode),
        entry(.code2, [.character("2")], [.source], "Code the selection with GOC", "Codeer de selectie met GOC", hint: .hintCode),
        entry(.code3, [.character("3")], [.source], "Code the selection with LeA", "Codeer de selectie met LeA", hint: .hintCode),
        entry(.code4, [.character("4")], [.source], "Code the selection with VMM", "Codeer de selectie met VMM", hint: .hintCode),
        entry(.code5, [.character("5")], [.source], "Code the selection with VOR", "Codeer de selectie met VOR", hint: .hintCode),
        entry(.code6, [.character("6")], [.source], "Code the selection with SRI", "Codeer de selectie met SRI", hint: .hintCode),
        entry(.uncode, [.character("x")], [.fragments], "Remove the selected fragment's coding", "Verwijder de codering van het gekozen fragment"),
        entry(.open, [.enter], [.fragments], "Open the source at the fragment", "Open de bron bij het fragment", hint: .hintOpen),
        entry(.recode, [.character("r")], [.fragments], "Move the selected fragment's coding to another code",
              "Verplaats de codering van het gekozen fragment naar een andere code"),
        entry(.visualMode, [.character("v")], [.source], "Select: start from the turn, or stop selecting", "Selecteren: begin bij de beurt, of stop", hint: .hintSelect),
        entry(.extendWord, [.character("w")], [.source], "Selection end one word further", "Einde van de selectie een woord verder", hint: .hintWord),
        entry(.shrinkWord, [.character("b")], [.source], "Selection end one word back", "Einde van de selectie een woord terug", hint: .hintWord),
        entry(.extendSentence, [.character(")")], [.source], "Selection end one sentence further", "Einde van de selectie een zin verder", hint: .hintSentence),
        entry(.shrinkSentence, [.character("(")], [.source], "Selection end one sentence back", "Einde van de selectie een zin terug", hint: .hintSentence),
        entry(.extendTurn, [.character("}")], [.source], "Selection end one turn further", "Einde van de selectie een beurt verder", hint: .hintTurnEnd),
        entry(.shrinkTurn, [.character("{")], [.source], "Selection end one turn back", "Einde van de selectie een beurt terug", hint: .hintTurnEnd),
        entry(.swapEnds, [.character("o")], [.source], "Move the other end of the selection", "Verplaats het andere einde van de selectie", hint: .hintOtherEnd),
        entry(.pickCode, [.character("c")], [.source], "Code the selection with any code (type to filter; Tab makes a sub-code)",
              "Codeer de selectie met een code naar keuze (typ om te zoeken; Tab maakt een subcode)", hint: .hintPick),
        entry(.focusPanel, [.tab], [.source], "Between the text and the codes here", "Tussen de tekst en de codes hier"),
        entry(.removeCoding, [.character("x")], [.source], "Remove the chosen coding (codes here)", "Verwijder de gekozen codering (codes hier)"),
        entry(.recode, [.character("r")], [.source], "Move the chosen coding to another code", "Verplaats de gekozen codering naar een andere code"),
        entry(.memo, [.character("m")], [.source], "Memo on the chosen coding, or on the source", "Memo bij de gekozen codering, of bij de bron"),
        entry(.memo, [.character("m")], [.studyCase], "Memo on the case", "Memo bij de casus"),
        entry(.editAttribute, [.character("e")], [.studyCase], "Change the chosen attribute's value (Attributes tab; Enter too)",
              "Wijzig de waarde van het gekozen kenmerk (tab Kenmerken; ook Enter)"),
        entry(.nextAttributeValue, [.character(" ")], [.studyCase], "The chosen category attribute's next value (Attributes tab)",
              "De volgende waarde van het gekozen categoriekenmerk (tab Kenmerken)"),
        entry(.unsetAttribute, [.character("x")], [.studyCase], "Take the chosen attribute's value off (Attributes tab; u brings it back)",
              "Haal de waarde van het gekozen kenmerk weg (tab Kenmerken; u zet hem terug)"),
        entry(.growCoding, [.character(">")], [.source], "Chosen coding one word longer", "Gekozen codering een woord langer"),
        entry(.shrinkCoding, [.character("<")], [.source], "Chosen coding one word shorter", "Gekozen codering een woord korter"),
        entry(.fitCoding, [.character("R")], [.source], "Chosen coding to the selection (v, o and w move either end)",
              "Gekozen codering naar de selectie (v, o en w verplaatsen beide einden)"),
        entry(.editText, [.character("E")], [.source], "Correct the text in your editor ($VISUAL, $EDITOR); codings move with their words",
              "Corrigeer de tekst in je editor ($VISUAL, $EDITOR); coderingen gaan mee met hun woorden"),
        entry(.search, [.character("/")], [.source], "Search the text (diacritics do not matter); the match is selected",
              "Zoek in de tekst (accenten tellen niet); de vondst wordt geselecteerd", hint: .hintSearch),
        entry(.scrollLineDown, [.control("e")], [.source], "Scroll the text down a line (j does so too inside a long turn)",
              "Scroll de tekst een regel omlaag (j doet dat ook binnen een lange beurt)"),
        entry(.scrollLineUp, [.control("y")], [.source], "Scroll the text up a line", "Scroll de tekst een regel omhoog"),
        entry(.nextMatch, [.character("n")], [.source], "Next match", "Volgende vondst"),
        entry(.previousMatch, [.character("N")], [.source], "Previous match", "Vorige vondst"),
        entry(.toggleCoders, [.character("a")], [.source], "Show all coders' codings or only yours", "Toon de coderingen van alle codeurs of alleen de jouwe"),
        entry(.columnLeft, [.left, .character("h")], [.matrix], "Previous column (the table scrolls to keep it in view)",
              "Vorige kolom (de tabel schuift mee)", hint: .hintColumn),
        entry(.columnRight, [.right, .character("l")], [.matrix], "Next column (the table scrolls to keep it in view)",
              "Volgende kolom (de tabel schuift mee)", hint: .hintColumn),
        entry(.columnLeft, [.left, .character("h")], [.analysis], "Agreement: scroll the table left; Co-occurrence: previous column",
              "Overeenstemming: schuif de tabel naar links; Samen voorkomen: vorige kolom", hint: .hintColumn),
        entry(.columnRight, [.right, .character("l")], [.analysis], "Agreement: scroll the table right; Co-occurrence: next column",
              "Overeenstemming: schuif de tabel naar rechts; Samen voorkomen: volgende kolom", hint: .hintColumn),
        entry(.moveUp, [.up, .character("k")], [.analysis],
              "Agreement: scroll the table up a row (codes and header stay); Co-occurrence: previous row",
              "Overeenstemming: schuif de tabel een rij omhoog (codes en kop blijven); Samen voorkomen: vorige rij", hint: .hintMove),
        entry(.moveDown, [.down, .character("j")], [.analysis],
              "Agreement: scroll the table down a row, on to the legend; Co-occurrence: next row",
              "Overeenstemming: schuif de tabel een rij omlaag, tot en met de legenda; Samen voorkomen: volgende rij", hint: .hintMove),
        entry(.pageUp, [.pageUp, .control("b")], [.analysis], "Agreement: scroll the table up a page; Co-occurrence: a page of rows up",
              "Overeenstemming: schuif de tabel een pagina omhoog; Samen voorkomen: een pagina rijen omhoog"),
        entry(.pageDown, [.pageDown, .control("f")], [.analysis], "Agreement: scroll the table down a page; Co-occurrence: a page of rows down",
              "Overeenstemming: schuif de tabel een pagina omlaag; Samen voorkomen: een pagina rijen omlaag"),
        entry(.moveUp, [.up, .character("k")], [.respondents], "Scroll the table up a row (the header stays)",
              "Schuif de tabel een rij omhoog (de kop blijft staan)", hint: .hintMove),
        entry(.moveDown, [.down, .character("j")], [.respondents], "Scroll the table down a row, on to the footnotes",
              "Schuif de tabel een rij omlaag, tot en met de voetnoten", hint: .hintMove),
        entry(.pageUp, [.pageUp, .control("b")], [.respondents], "Scroll the table up a page", "Schuif de tabel een pagina omhoog"),
        entry(.pageDown, [.pageDown, .control("f")], [.respondents], "Scroll the table down a page", "Schuif de tabel een pagina omlaag"),
        entry(.columnLeft, [.left, .character("h")], [.respondents], "Scroll the table left (the roles stay)",
              "Schuif de tabel naar links (de rollen blijven staan)"),
        entry(.columnRight, [.right, .character("l")], [.respondents], "Scroll the table right", "Schuif de tabel naar rechts"),
        entry(.open, [.enter], [.matrix], "The fragments of the code in this column", "De fragmenten van de code in deze kolom", hint: .hintFragments),
        entry(.collapseSubcodes, [.character("c")], [.matrix], "Show or hide sub-codes (they count under their parent)",
              "Toon of verberg subcodes (ze tellen mee bij hun ouder)"),
        entry(.matrixAxis, [.character("b")], [.matrix], "Columns: cases, roles, sources, or the values of each category attribute in turn",
              "Kolommen: casussen, rollen, bronnen, of de waarden van elk categoriekenmerk op zijn beurt", hint: .hintColumns),
        entry(.matrixMeasure, [.character("s")], [.matrix], "Measure: fragments, participants, sources, share, presence",
              "Maat: fragmenten, deelnemers, bronnen, aandeel, aanwezigheid", hint: .hintMeasure),
        entry(.open, [.enter], [.disagreements], "Open the source at the stretch (both coders' codings in the codes here)",
              "Open de bron bij het stuk (de coderingen van beide codeurs in de codes hier)", hint: .hintOpen),
        entry(.keepA, [.character("1")], [.disagreements], "Resolve: keep the first coder's coding (to the consensus coder)",
              "Beslis: neem de codering van de eerste codeur over (naar de consensuscodeur)", hint: .hintResolve),
        entry(.keepB, [.character("2")], [.disagreements], "Resolve: keep the second coder's coding", "Beslis: neem de codering van de tweede codeur over", hint: .hintResolve),
        entry(.keepBoth, [.character("3")], [.disagreements], "Resolve: keep both", "Beslis: neem beide over", hint: .hintResolve),
        entry(.keepNeither, [.character("0")], [.disagreements], "Resolve: keep neither", "Beslis: neem geen van beide over", hint: .hintResolve),
        entry(.previousTab, [.backTab], [.analysis], "Previous tab", "Vorige tab"),
        entry(.nextTab, [.tab], [.analysis], "Next tab", "Volgende tab", hint: .hintTabs),
        entry(.open, [.enter], [.analysis], "Co-occurrence: the pairs of fragments in this cell", "Samen voorkomen: de paren fragmenten in deze cel"),
        entry(.agreementUnit, [.character("t")], [.analysis], "Agreement by character, turn or segment",
              "Overeenstemming per teken, beurt of segment", hint: .hintUnit),
        entry(.coOccurrenceMode, [.character("o")], [.analysis], "Co-occurrence: overlapping or in the same turn",
              "Samen voorkomen: overlappend of in dezelfde beurt", hint: .hintMode),
        entry(.importTranscript, [.character("i")], [.studyCase], "Import a transcript into this case (:import FILE)",
              "Importeer een transcript in deze casus (:import BESTAND)"),
        entry(.importNext, [.right, .character("l")], [.importer], "Next role of the speaker, or next case or kind",
              "Volgende rol van de spreker, of volgende casus of soort", hint: .hintChange),
        entry(.importPrevious, [.left, .character("h")], [.importer], "Previous role of the speaker, or previous case or kind",
              "Vorige rol van de spreker, of vorige casus of soort", hint: .hintChange),
        entry(.importEditID, [.character("e")], [.importer], "Type the speaker's participant id, or the source id (Enter keeps it, Esc drops it)",
              "Typ het deelnemer-id van de spreker, of het bron-id (Enter bewaart, Esc gooit weg)", hint: .hintEditID),
        entry(.open, [.enter], [.importer], "On Import: import the file (committed, undoable); on an id: type it; on case or kind: the next",
              "Op Importeren: importeer het bestand (vastgelegd, ongedaan te maken); op een id: typ het; op casus of soort: de volgende", hint: .hintImport),
        entry(.back, [.escape, .character("q")], [.importer], "Cancel: import nothing", "Annuleren: niets importeren", hint: .hintCancel),
        entry(.columnLeft, [.left, .character("h")], [.synthesis], "Previous case (the grid scrolls to keep it in view)",
              "Vorige casus (het raster schuift mee)", hint: .hintColumn),
        entry(.columnRight, [.right, .character("l")], [.synthesis], "Next case, then the cross-case column",
              "Volgende casus, dan de kolom over casussen", hint: .hintColumn),
        entry(.open, [.enter], [.synthesis], "Open the cell: its fragments beside its findings (by role: the role's fragments)",
              "Open de cel: haar fragmenten naast haar bevindingen (per rol: de fragmenten van de rol)", hint: .hintOpen),
        entry(.matrixAxis, [.character("b")], [.synthesis],
              "Columns: cases, roles (findings that speak for a role), or each category attribute's values in turn",
              "Kolommen: casussen, rollen (bevindingen die voor een rol spreken), of de waarden van elk categoriekenmerk op zijn beurt",
              hint: .hintColumns),
        entry(.nextPane, [.tab], [.synthesisCell], "Between the fragments and the findings", "Tussen de fragmenten en de bevindingen",
              hint: .hintPane),
        entry(.open, [.enter], [.synthesisCell], "Open the source at the fragment, or at the chosen evidence",
              "Open de bron bij het fragment, of bij het gekozen bewijs", hint: .hintOpen),
        entry(.newFinding, [.character("n")], [.synthesisCell], "New finding in this cell (memo editor; Esc saves)",
              "Nieuwe bevinding in deze cel (memo-editor; Esc bewaart)", hint: .hintNewFinding),
        entry(.editFinding, [.character("e")], [.synthesisCell], "Edit the chosen finding", "Bewerk de gekozen bevinding",
              hint: .hintEditFinding),
        entry(.removeFinding, [.character("x")], [.synthesisCell], "Remove the chosen finding (asks first)",
              "Verwijder de gekozen bevinding (vraagt eerst)", hint: .hintRemoveFinding),
        entry(.linkEvidence, [.character("L")], [.synthesisCell], "Link the fragment under the cursor as evidence of the chosen finding",
              "Koppel het fragment onder de cursor als bewijs aan de gekozen bevinding", hint: .hintLink),
        entry(.unlinkEvidence, [.character("U")], [.synthesisCell], "Unlink the chosen evidence (or the fragment under the cursor) from its finding",
              "Ontkoppel het gekozen bewijs (of het fragment onder de cursor) van zijn bevinding", hint: .hintUnlink),
        entry(.setJudgement, [.character("J")], [.synthesisCell], "Set the cell's judgement (four statuses, then why in one line)",
              "Geef het oordeel over de cel (vier waarden, dan waarom in één regel)", hint: .hintJudge),
        entry(.open, [.enter], [.memos], "Open what the memo belongs to: the reader at the coding, the source, the case, the code's fragments; a free memo in the editor",
              "Open waar de memo bij hoort: de lezer bij de codering, de bron, de casus, de fragmenten van de code; een vrije memo in de editor", hint: .hintOpen),
        entry(.newMemo, [.character("n")], [.memos], "New free memo (first line is its title; on the element filtered by, else on the project; Esc saves)",
              "Nieuwe vrije memo (eerste regel is de titel; bij het element waarop gefilterd is, anders bij het project; Esc bewaart)", hint: .hintNewMemo),
        entry(.editMemo, [.character("e")], [.memos], "Edit the chosen memo (a free memo with its title as first line)",
              "Bewerk de gekozen memo (een vrije memo met de titel als eerste regel)", hint: .hintEditMemo),
        entry(.deleteMemo, [.character("d")], [.memos], "Delete the chosen memo (asks first; u brings it back)",
              "Verwijder de gekozen memo (vraagt eerst; u haalt haar terug)", hint: .hintDeleteMemo),
        entry(.memoKind, [.character("t")], [.memos], "Filter by kind: all, free, coding, source, case, code (:filter kind KIND)",
              "Filter op soort: alle, vrij, codering, bron, casus, code (:filter kind SOORT)", hint: .hintMemoFilter),
        entry(.memoAuthor, [.character("a")], [.memos], "Filter by author: all, then each author (:filter author NAME)",
              "Filter op auteur: alle, dan elke auteur (:filter author NAAM)", hint: .hintMemoFilter),
        entry(.memoElement, [.character("c")], [.memos], "Filter by linked element: all, then each element (:filter code CODE)",
              "Filter op gekoppeld element: alle, dan elk element (:filter code CODE)", hint: .hintMemoFilter),
        entry(.projectSearch, [.character("/")], [.search], "New search: words, \"phrase\", prefix*, NEAR(a b, 5), OR, NOT; Enter searches",
              "Nieuwe zoekopdracht: woorden, \"zinsdeel\", begin*, NEAR(a b, 5), OR, NOT; Enter zoekt", hint: .hintSearch),
        entry(.open, [.enter], [.search], "Open the source at the hit (the hit selected)", "Open de bron bij de vondst (de vondst geselecteerd)",
              hint: .hintOpen),
        entry(.markHit, [.character(" ")], [.search], "Mark or unmark the hit, then the next", "Markeer de vondst of haal de markering weg, dan de volgende",
              hint: .hintMark),
        entry(.markAll, [.character("a")], [.search], "Mark every hit of the search (again: none)", "Markeer alle vondsten (nog eens: geen)",
              hint: .hintMarkAll),
        entry(.codeHits, [.character("c")], [.search], "Code the marked hits (or the chosen one): a code, then hit, sentence or turn; one step u undoes",
              "Codeer de gemarkeerde vondsten (of de gekozen): een code, dan vondst, zin of beurt; één stap die u terugdraait", hint: .hintPick),
        entry(.searchGroup, [.character("b")], [.search], "Group the hits by case or by source", "Groepeer de vondsten per casus of per bron",
              hint: .hintGroup),
        entry(.searchRegex, [.character("r")], [.search], "Regular expression on or off (searches again)", "Reguliere expressie aan of uit (zoekt opnieuw)",
              hint: .hintRegex),
        entry(.open, [.enter], [.feedback], "Open the source at the difference (your codings only)",
              "Open de bron bij het verschil (alleen je eigen coderingen)", hint: .hintOpen),
        entry(.practiceFigure, [.character("m")], [.practiceClass], "Cells show κ, α or % agreement in turn",
              "Cellen tonen op hun beurt κ, α of % overeenstemming", hint: .hintFigure),
        entry(.columnLeft, [.left, .character("h")], [.practiceClass], "Scroll the table left", "Schuif de tabel naar links",
              hint: .hintColumn),
        entry(.columnRight, [.right, .character("l")], [.practiceClass], "Scroll the table right", "Schuif de tabel naar rechts",
              hint: .hintColumn),
        entry(.undo, [.character("u")], [], "Undo your own last edit", "Je eigen laatste wijziging ongedaan maken", hint: .hintUndo),
        entry(.redo, [.control("r")], [], "Redo your own edit undone last", "Je eigen laatst ongedaan gemaakte wijziging opnieuw doen"),
        entry(.back, [.escape], [], "Back to the previous screen", "Terug naar het vorige scherm", hint: .hintBack),
        entry(.goCases, [.character("1")], [], "Cases", "Casussen", hint: .hintScreens),
        entry(.goCase, [.character("2")], [], "The selected case", "De gekozen casus", hint: .hintScreens),
        entry(.goRespondents, [.character("3")], [], "Respondents (all cases)", "Respondenten (alle casussen)", hint: .hintScreens),
        entry(.goModel, [.character("4")], [], "Model and codebook", "Model en codeboek", hint: .hintScreens),
        entry(.goHelp, [.character("5")], [], "Help", "Hulp", hint: .hintScreens),
        entry(.goMatrix, [.character("6")], [], "Matrix: codes × cases or roles", "Matrix: codes × casussen of rollen", hint: .hintScreens),
        entry(.goDisagreements, [.character("7")], [], "Disagreements between two coders (:disagreements A B)",
              "Verschillen tussen twee codeurs (:disagreements A B)", hint: .hintScreens),
        entry(.goAnalysis, [.character("8")], [], "Agreement and co-occurrence", "Overeenstemming en samen voorkomen", hint: .hintScreens),
        entry(.goFragments, [.character("f")], [], "Fragments of a code (filter with :filter)", "Fragmenten van een code (filter met :filter)",
              hint: .hintScreens),
        entry(.goSynthesis, [.character("9")], [], "Synthesis: judgements and findings per element and case, conclusions",
              "Synthese: oordelen en bevindingen per element en casus, conclusies", hint: .hintScreens),
        entry(.goMemos, [.character("M")], [], "Memos: every memo of every kind, and free memos (:memos)",
              "Memo's: elke memo van elke soort, en vrije memo's (:memos)"),
        entry(.goPractice, [.character("P")], [], "Practice: your feedback against the consensus (practising), or every student's agreement per element (teacher)",
              "Oefenen: je feedback tegenover de consensus (bij het oefenen), of de overeenstemming van elke student per element (docent)"),
        entry(.commandLine, [.character(":")], [], "Command line (:case 2, :theme light, :lang nl, :q)",
              "Opdrachtregel (:case 2, :theme light, :lang nl, :q)", hint: .hintCommand),
        entry(.help, [.character("?")], [], "Help for this screen", "Hulp bij dit scherm", hint: .hintHelp),
        entry(.quit, [.character("q")], [], "Back; quit on the Cases screen", "Terug; stoppen op het scherm Casussen", hint: .hintQuit),
        entry(.forceQuit, [.control("c")], [], "Quit", "Stoppen"),
        entry(.redraw, [.control("l")], [], "Read the project again and redraw the screen", "Lees het project opnieuw en teken het scherm opnieuw"),
        entry(.suspend, [.control("z")], [], "Suspend: back to the shell (fg returns)", "Pauzeren: terug naar de shell (fg keert terug)"),
        entry(.projectSearch, [.character("/")], [], "Search the whole project: hits as keyword in context, coded from there",
              "Zoek in het hele project: vondsten met hun context, van daaruit te coderen"),
        entry(.find, [.character("F")], [], "Find in this screen's list or text (diacritics do not matter)",
              "Vind in de lijst of tekst van dit scherm (accenten tellen niet)"),
        entry(.findNext, [.character("n")], [], "Next match", "Volgende vondst"),
        entry(.findPrevious, [.character("N")], [], "Previous match", "Vorige vondst"),
    ]

    private static func entry(_ action: Action, _ keys: [Key], _ screens: [ScreenKind], _ en: String, _ nl: String,
                              hint: Text? = nil) -> ActionEntry {
        ActionEntry(action: action, keys: keys, screens: screens, help: (en, nl), hint: hint)
    }

    /// The entries that apply on a screen: its own, then the global ones whose keys it does
    /// not take over (on a source, `1`–`6` code instead of switching screens).
    /// A dialog takes only the global moves, help, the command line and Ctrl-C.
    public static func entries(for screen: ScreenKind) -> [ActionEntry] {
        entriesByScreen[screen] ?? []
    }

    /// ``entries(for:)`` of every screen, worked out once: the hint bar, the tab bar and every
    /// key ask for them, and a frame must stay under a millisecond.
    private static let entriesByScreen: [ScreenKind: [ActionEntry]] = Dictionary(uniqueKeysWithValues: ScreenKind.allCases.map {
        ($0, applicableEntries(for: $0))
    })

    private static func applicableEntries(for screen: ScreenKind) -> [ActionEntry] {
        let own = entries.filter { $0.screens.contains(screen) }
        let taken = Set(own.flatMap(\.keys))
        let globals = entries.filter { $0.screens.isEmpty && (!screen.isDialog || ScreenKind.dialogGlobals.contains($0.action)) }
        return own + globals.compactMap { entry in
            let keys = entry.keys.filter { !taken.contains($0) }
            guard !keys.isEmpty else { return nil }
            var kept = entry
            kept.keys = keys
            return kept
        }
    }

    /// An action in words, for messages: its help on `screen` up to any remark in brackets,
    /// starting in lower case ("undo your own last edit").
    public static func name(of action: Action, on screen: ScreenKind, _ language: Language) -> String {
        let applicable = entries(for: screen).first { $0.action == action } ?? entries.first { $0.action == action }
        guard let help = applicable?.help(language) else { return action.rawValue }
        let words = help.components(separatedBy: " (")[0]
        return words.prefix(1).lowercased() + words.dropFirst()
    }

    /// The action a key triggers on a screen, if any.
    public static func action(for key: Key, on screen: ScreenKind) -> Action? {
        keymaps[screen]?.action(for: key)
    }

    private static let keymaps: [ScreenKind: Keymap<Action>] = entriesByScreen.mapValues { entries in
        Keymap(entries.map { KeyBinding($0.keys, $0.action, help: $0.help.en) })
    }

    /// The key table as Markdown, for `docs/keybindings.md`.
    public static func markdown(_ language: Language = .en) -> String {
        var lines = ["# Key bindings", "",
                     "Generated from the action table (`Sources/WerkbankUI/ActionTable.swift`) and the command table "
                        + "(`Sources/WerkbankUI/CommandTable.swift`) by `werkbank keybindings`.", ""]
        let sections: [(String, [ActionEntry], note: String?)] = [("Everywhere", entries.filter { $0.screens.isEmpty }, nil)]
            + ScreenKind.allCases.compactMap { screen in
                let own = entries.filter { $0.screens.contains(screen) }
                return own.isEmpty ? nil : ("Screen: \(screen.title.string(language))", own,
                                            screen.isDialog ? Text.labelDialogKeys.string(language) : nil)
            }
        for (title, rows, note) in sections {
            lines += ["## \(title)", "", "| keys | action | does |", "|---|---|---|"]
            lines += rows.map { row in
                let keys = row.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
                return "| \(keys) | \(row.action.rawValue) | \(row.help(language))\(row.action.edits ? " (not with --read-only)" : "") |"
            }
            lines.append("")
            if let note { lines += [note, ""] }
        }
        lines += ["## Commands", "", "Type `:` and the command; Tab completes its name.", "",
                  "| command | also | does |", "|---|---|---|"]
        lines += CommandTable.entries.map { entry in
            let aliases = entry.aliases.map { "`:\($0)`" }.joined(separator: " ")
            return "| `:\(entry.usage.replacingOccurrences(of: "|", with: "\\|"))` | \(aliases) | \(entry.help(language)) |"
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
