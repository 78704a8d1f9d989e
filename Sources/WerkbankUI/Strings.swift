import Foundation

/// Every interface string, in English and Dutch. Screens ask for a ``Text`` key and get the
/// string of the current language; nothing on screen is written elsewhere.
public enum Text: String, CaseIterable, Sendable {
    case appName, screenCases, screenCase, screenRespondents, screenModel, screenHelp
    case tabOverview, tabRespondents, tabSources, tabFindings, tabAttributes
    case columnOn, columnAttribute, columnValue, labelNoAttributes, messageAttributeSet, messageAttributeUnset,
         argumentOnlyOnAttributes, messageNoSuchAttribute
    case kindInterview, kindFocusgroup, kindObservation, kindDocument, kindQuestionnaire
    case labelRoleFindings, labelRoleFindingsOne, labelRoleFragments, messageSynthesisByRole, messageSynthesisByCase
    case columnCase, columnTableLabel, columnInstitutions, columnRespondents, columnSources, columnFragments
    case columnSourcesShort, columnFragmentsShort, hintPane
    case screenFragments
    case screenMatrix, labelByCase, labelByRole, labelBySource
    case screenAnalysis, tabAgreement, tabCoOccurrence
    case measureFragments, measureParticipants, measureSources, measureShare, measurePresence
    case hintUndo, hintColumn, hintFragments, hintAxis, hintColumns, hintMeasure, hintResolve, hintUnit, hintMode
    case screenDisagreements, labelResolved, labelNoDisagreements, messageResolved
    case labelNoMatchingFragments, labelOr, labelWith, labelWithout, labelSameTurn, labelByAttribute, messageNoneColumn
    case messageSynthesisByAttribute
    case messageFilterUsage, messageNoSuchCode, messageNoSuchRole, messageNoSuchKind, messageNoSuchCoder, messageNoSuchSource
    case messageAmbiguousName
    case messageNotFound, labelNewSubcode, messageChooseCoding, messageCodingAtTurnEnd, messageSubcodeName, messageMemoSaved, labelPicker, labelPickerHint, labelMemoHint
    case screenSource, labelCodesHere, labelAllCoders, labelMyCodings, messageCoded, hintCode
    case columnSource, columnKind, columnDate, columnParticipants, columnWords, columnCodings
    case columnElement, columnRespondentsCoded
    case labelInstitutions, labelSector, labelDescription, labelTableLabel, labelCaseNumber
    case labelWhat, labelGoal, labelRequirements, labelCharacteristics, labelElements, labelColour
    case labelProject, labelCoder, labelReadOnly, labelNoFragments, labelFirstFragments
    case hintMove, hintOpen, hintBack, hintQuit, hintHelp, hintCommand, hintTabs, hintScreens
    case messageEnlarge, messageUnknownCommand, messageNoSuchCase, messageNoSuchTheme, messageThemeSet
    case reasonRequested, reasonNotWritable, hintSelect, hintSearch, helpCommands
    case messageOpenedReadOnly, hintWord, hintSentence, hintTurnEnd, hintOtherEnd, hintPick, messageMatchOf, labelWrapped, messageSelecting, messageSelectionStopped, messageAllCoders, messageOnlyYours, messageSubcodesCollapsed, messageSubcodesShown, messageAtPosition, messageChanged, modeSelect, messageRemoved, messageNothingRemoved, titleRemoveCoding, messageRemoveOthers, hintYesNo, hintAnywaySkipCancel, labelWords, labelTurnOf, messageNoCodeMatches, helpReadOnly, messageBadArgument, messageCompletions, argumentMissing, argumentLanguage, argumentOnlyInReader, argumentPosition, messageNoSearch, messageNothingToSearch, messagePathCompletions, messageNoPathMatch
    case argumentTwoCoders, argumentUnknownCoders
    case messageReadOnly, messageUndone, messageRedone, messageNothingToUndo, messageNothingToRedo
    case titleUndoBlocked, messageUndoBlocked, messageRedoBlocked, labelSomeone, messageSkipped, messageNothingUndone
    case messageLanguageSet, helpTitle, helpGlobal, helpScreen
    case screenImport, labelSourceID, columnSpeaker, columnTurns, columnParticipantID, columnRole, columnFirstWords
    case labelInterviewer, labelUnmapped, labelImportButton, labelImportReady, labelImportWaiting, labelNoSpeakers
    case labelImportEditing, labelDialogKeys, hintChange, hintEditID, hintImport, hintCancel
    case messageImportUsage, messageImportSurvey, messageImportFailed, messageAlreadyImported, messageImportUnavailable, messageUnmappedSpeakers
    case messageSourceIDTaken, messageSourceIDEmpty, messageImported, messageImportCancelled, messageBadDate
    case labelMoreAbove, labelMoreBelow, tabShortRespondents, tabShortDisagreements, tabShortFragments
    case labelNotCodedHere, labelMovingStart, labelMovingEnd
    case reasonFileReadOnly, reasonFolderReadOnly, reasonReadOnlyFileSystem
    case screenSynthesis, screenSynthesisCell, tabShortSynthesis, hintNewFinding, hintEditFinding, hintRemoveFinding, hintLink
    case hintUnlink, hintJudge, columnCrossCase, labelConclusions, labelCellCounts, labelCellCountsOne, labelNoJudgement, labelEvidenceRemoved
    case labelNoFindings, labelNoCellFragments, labelJudgementTitle, labelJudgementHint, labelWhy, labelWhyHint, labelFindingAuthor
    case messageFindingAdded, messageFindingChanged, messageFindingRemoved, messageEvidenceLinked, messageEvidenceUnlinked
    case messageJudged, messageFindingEmpty, messageNoFinding, messageNoFragment, messageAlreadyEvidence, messageNotEvidence
    case messageEvidenceGone, titleRemoveFinding, messageJudgementCancelled, labelNewFinding, labelEditFinding, labelFirstOnly, messageChooseCase
    case screenMemos, hintNewMemo, hintEditMemo, hintDeleteMemo, hintMemoFilter, labelNoMemos, labelAllKinds, labelNewMemo, labelEditMemo
    case titleDeleteMemo, messageMemoAdded, messageMemoChanged, messageMemoUnchanged, messageMemoDeleted, messageMemoNeedsTitle, messageNoMemo
    case messageMemoFilterUsage, messageNoSuchMemoKind, labelOnProject, kindMemoFree, kindMemoCoding, kindMemoSource, kindMemoCase, kindMemoCode
    case screenSearch, labelSearchPrompt, labelNoHits, labelHitsInCases, labelFirstHits, labelMarked, messageRegexOn
    case messageRegexOff, messageNoHitsToCode, messageNothingCoded, messageAutocoded, messageAlreadyCoded, titleAutocode
    case messageAutocodeUnit, hintAutocodeUnit, hintMark, hintMarkAll, hintRegex, hintGroup, labelHitsInOneCase
    case presenceAlsoOpen, presenceHere, presenceOpenNow, presenceReading, columnOpenNow
    case labelNeedsReview, messageCorrected, messageTextUnchanged, messageEditUnavailable, messageEditKept, hintEditText
    case liveCoded, liveCodedOne, liveUncoded, liveUncodedOne, liveInThisSource, liveChanges, liveChangeOne, liveOthers,
         liveChangedElsewhere, liveReloaded
    case screenFeedback, screenClass, labelPractising, labelFeedbackTitle, labelFeedbackFigures, labelFeedbackNone,
         labelFeedbackCount, labelFeedbackCountOne, feedbackYouCoded, feedbackConsensusCoded, feedbackBothCoded,
         feedbackConsensusNothing, labelExplanation, labelNoExplanation, labelClassTitle,
         labelClassNone, messageNotPracticeProject, messagePractiseHidden, messagePractiseRefused, hintFigure, hintFeedback,
         messagePractising, messageFigure, labelFeedbackNoSources, labelFeedbackSources, labelFeedbackSourceOne, columnStudent, labelClassFootnote

    /// The string in `language`.
    public func string(_ language: Language) -> String {
        let pair = Self.catalogue[self] ?? Self.memoCatalogue[self] ?? Self.liveCatalogue[self] ?? Self.correctionCatalogue[self]
            ?? Self.presenceCatalogue[self] ?? Self.practiceCatalogue[self] ?? (rawValue, rawValue)
        return language == .nl ? pair.nl : pair.en
    }

    // (English, Dutch)
    private static let catalogue: [Text: (en: String, nl: String)] = [
        .appName: ("Werkbank", "Werkbank"),
        .screenCases: ("Cases", "Casussen"),
        .screenCase: ("Case", "Casus"),
        .screenRespondents: ("Respondents", "Respondenten"),
        .screenModel: ("Model", "Model"),
        .screenHelp: ("Help", "Hulp"),
        .tabOverview: ("Overview", "Overzicht"),
        .tabRespondents: ("Respondents", "Respondenten"),
        .tabSources: ("Sources", "Bronnen"),
        .tabFindings: ("Findings", "Bevindingen"),
        .tabAttributes: ("Attributes", "Kenmerken"),
        .columnOn: ("On", "Bij"),
        .columnAttribute: ("Attribute", "Kenmerk"),
        .columnValue: ("Value", "Waarde"),
        .labelNoAttributes: ("No attributes are declared (attributes.toml in the case folder, or werkbank attribute declare)",
                             "Er zijn geen kenmerken vastgelegd (attributes.toml in de casusmap, of werkbank attribute declare)"),
        .messageAttributeSet: ("%@ = %@ on %@", "%@ = %@ bij %@"),
        .messageAttributeUnset: ("%@ removed from %@", "%@ weggehaald bij %@"),
        .argumentOnlyOnAttributes: ("only on a case's Attributes tab, for the chosen row", "alleen op de tab Kenmerken van een casus, voor de gekozen rij"),
        .messageNoSuchAttribute: ("No attribute named %@", "Geen kenmerk met de naam %@"),
        .kindInterview: ("interview", "interview"),
        .labelRoleFindings: ("%@ findings", "%@ bevindingen"),
        .labelRoleFindingsOne: ("1 finding", "1 bevinding"),
        .labelRoleFragments: ("%@ fragments", "%@ fragmenten"),
        .messageSynthesisByRole: ("Columns: roles (findings that speak for a role; judgements are per case)",
                                  "Kolommen: rollen (bevindingen die voor een rol spreken; oordelen zijn per casus)"),
        .messageSynthesisByCase: ("Columns: cases", "Kolommen: casussen"),
        .kindFocusgroup: ("focus group", "focusgroep"),
        .kindObservation: ("observation", "observatie"),
        .kindDocument: ("document", "document"),
        .kindQuestionnaire: ("questionnaire", "vragenlijst"),
        .columnCase: ("Case", "Casus"),
        .columnTableLabel: ("Table label", "Label in tabel"),
        .columnInstitutions: ("Institutions", "Instellingen"),
        .columnRespondents: ("Resp.", "Resp."),
        .columnSources: ("Sources", "Bronnen"),
        .columnFragments: ("Fragments", "Fragmenten"),
        .screenFragments: ("Fragments", "Fragmenten"),
        .screenMatrix: ("Matrix", "Matrix"),
        .screenAnalysis: ("Analysis", "Analyse"),
        .measureFragments: ("fragments", "fragmenten"),
        .measureParticipants: ("participants", "deelnemers"),
        .measureSources: ("sources", "bronnen"),
        .measureShare: ("share of the text", "aandeel van de tekst"),
        .measurePresence: ("presence", "aanwezigheid"),
        .hintUndo: ("undo", "ongedaan"),
        .hintColumn: ("column", "kolom"),
        .hintFragments: ("fragments", "fragmenten"),
        .hintAxis: ("cases/roles", "casussen/rollen"),
        .hintColumns: ("columns", "kolommen"),
        .hintMeasure: ("measure", "maat"),
        .hintResolve: ("keep A, B, both, neither", "neem A, B, beide, geen"),
        .hintUnit: ("unit", "eenheid"),
        .hintMode: ("overlap/turn", "overlap/beurt"),
        .tabAgreement: ("Agreement", "Overeenstemming"),
        .tabCoOccurrence: ("Co-occurrence", "Samen voorkomen"),
        .screenDisagreements: ("Disagreements", "Verschillen"),
        .labelResolved: ("resolved", "beslist"),
        .labelNoDisagreements: ("The two coders agree everywhere (or coded nothing in common)",
                                "De twee codeurs zijn het overal eens (of codeerden niets samen)"),
        .messageResolved: ("Resolved for %@", "Beslist voor %@"),
        .labelByCase: ("by case", "per casus"),
        .labelByRole: ("by role", "per rol"),
        .labelBySource: ("by source", "per bron"),
        .labelNoMatchingFragments: ("No fragments for this filter (:filter clear shows them all)",
                                    "Geen fragmenten bij dit filter (:filter clear toont ze allemaal)"),
        .labelOr: ("or", "of"),
        .labelWith: ("with", "met"),
        .labelWithout: ("without", "zonder"),
        .labelSameTurn: ("in the same turn", "in dezelfde beurt"),
        .labelByAttribute: ("by %@", "per %@"),
        .messageSynthesisByAttribute: ("Columns: the values of %@ (findings by the case's value, when it is an attribute of cases)",
                                       "Kolommen: de waarden van %@ (bevindingen naar de waarde van de casus, als het een kenmerk van casussen is)"),
        .messageNoneColumn: ("(none) holds fragments without a value for %@: there is no value to filter by",
                             "(none) bevat fragmenten zonder waarde voor %@: er is geen waarde om op te filteren"),
        .messageFilterUsage: (":filter code|case|role|kind|coder|source|and|not VALUE, :filter within overlap|turn, :filter ATTRIBUTE=VALUE, or :filter clear",
                              ":filter code|casus|rol|soort|codeur|bron|en|niet WAARDE, :filter binnen overlap|beurt, :filter KENMERK=WAARDE, of :filter clear"),
        .messageNoSuchCode: ("No code named %@", "Geen code met de naam %@"),
        .messageNoSuchRole: ("No role named %@", "Geen rol met de naam %@"),
        .messageNoSuchKind: ("No source kind %@", "Geen bronsoort %@"),
        .messageNoSuchCoder: ("No coder named %@", "Geen codeur met de naam %@"),
        .messageNoSuchSource: ("No source named %@", "Geen bron met de naam %@"),
        .messageAmbiguousName: ("%@ could be: %@", "%@ kan zijn: %@"),
        .messageNotFound: ("Not found: %@", "Niet gevonden: %@"),
        .labelNewSubcode: ("New sub-code under %@:", "Nieuwe subcode onder %@:"),
        .messageChooseCoding: ("Choose a coding first: Tab to the codes here, then j/k", "Kies eerst een codering: Tab naar de codes hier, dan j/k"),
        .messageCodingAtTurnEnd: ("The coding ends at the end of its turn; > does not grow it into the next",
                                  "De codering eindigt aan het eind van de beurt; > maakt haar niet langer tot in de volgende"),
        .messageSubcodeName: ("Type the new sub-code's short name (one word, optionally #rrggbb), then Enter; Esc back",
                              "Typ de korte naam van de nieuwe subcode (één woord, eventueel #rrggbb), dan Enter; Esc terug"),
        .messageMemoSaved: ("Memo saved", "Memo bewaard"),
        .labelPicker: ("Code", "Code"),
        .labelPickerHint: ("type to filter · ↑↓ choose · Enter code · Tab new sub-code · Esc cancel",
                           "typ om te zoeken · ↑↓ kiezen · Enter coderen · Tab nieuwe subcode · Esc annuleren"),
        .labelMemoHint: ("Esc save and close · Ctrl-C discard", "Esc bewaren en sluiten · Ctrl-C weggooien"),
        .screenSource: ("Source", "Bron"),
        .labelCodesHere: ("Codes here", "Codes hier"),
        .labelAllCoders: ("all coders", "alle codeurs"),
        .labelMyCodings: ("only %@", "alleen %@"),
        .messageCoded: ("Coded %@", "Gecodeerd: %@"),
        .hintCode: ("code", "coderen"),
        .columnSourcesShort: ("Src.", "Bron."),
        .columnFragmentsShort: ("Frag.", "Frag."),
        .hintPane: ("pane", "paneel"),
        .columnSource: ("Source", "Bron"),
        .columnKind: ("Kind", "Soort"),
        .columnDate: ("Date", "Datum"),
        .columnParticipants: ("Participants", "Deelnemers"),
        .columnWords: ("Words", "Woorden"),
        .columnCodings: ("Codings", "Coderingen"),
        .columnElement: ("Element", "Element"),
        .columnRespondentsCoded: ("Respondents", "Respondenten"),
        .labelInstitutions: ("Institutions", "Instellingen"),
        .labelSector: ("Sector", "Sector"),
        .labelDescription: ("Description", "Beschrijving"),
        .labelTableLabel: ("In the respondent table", "In de respondententabel"),
        .labelCaseNumber: ("Case", "Casus"),
        .labelWhat: ("What", "Wat"),
        .labelGoal: ("Goal", "Doel"),
        .labelRequirements: ("Requirements", "Benodigdheden"),
        .labelCharacteristics: ("Characteristics of a professional workplace", "Kenmerken van een professionele werkplaats"),
        .labelElements: ("The six elements", "De zes elementen"),
        .labelColour: ("colour", "kleur"),
        .labelProject: ("project", "project"),
        .labelCoder: ("coder", "codeur"),
        .labelReadOnly: ("read-only", "alleen lezen"),
        .labelNoFragments: ("no fragments", "geen fragmenten"),
        .labelFirstFragments: ("First fragments", "Eerste fragmenten"),
        .hintMove: ("move", "bewegen"),
        .hintOpen: ("open", "openen"),
        .hintBack: ("back", "terug"),
        .hintQuit: ("quit", "stoppen"),
        .hintHelp: ("help", "hulp"),
        .hintCommand: ("command", "opdracht"),
        .hintTabs: ("tab", "tab"),
        .hintScreens: ("screens", "schermen"),
        .messageEnlarge: ("Enlarge the terminal to at least %@.", "Maak het venster minstens %@."),
        .messageUnknownCommand: ("Unknown command: %@ (see ? for the commands)", "Onbekende opdracht: %@ (zie ? voor de opdrachten)"),
        .messageNoSuchCase: ("No case named %@", "Geen casus met de naam %@"),
        .messageNoSuchTheme: ("Theme: %@", "Thema: %@"),
        .messageThemeSet: ("Theme %@", "Thema %@"),
        .messageReadOnly: ("Not possible while read-only (%@): %@", "Kan niet, alleen lezen (%@): %@"),
        .reasonRequested: ("started with --read-only", "gestart met --read-only"),
        .reasonNotWritable: ("the project cannot be written: %@", "het project kan niet worden geschreven: %@"),
        .hintSelect: ("select", "selecteren"),
        .hintSearch: ("search", "zoeken"),
        .helpCommands: ("Commands (type : first; Tab completes)", "Opdrachten (typ eerst :; Tab vult aan)"),
        .messageOpenedReadOnly: ("Opened read-only: %@.", "Alleen-lezen geopend: %@."),
        .hintWord: ("word", "woord"),
        .hintSentence: ("sentence", "zin"),
        .hintTurnEnd: ("turn", "beurt"),
        .hintOtherEnd: ("other end", "ander einde"),
        .hintPick: ("pick a code", "kies een code"),
        .messageMatchOf: ("“%@”: %@ of %@", "“%@”: %@ van %@"),
        .labelWrapped: (", wrapped round", ", rondgegaan"),
        .messageSelecting: ("Selecting: w b, ) (, } { move the end, o the other end; 1-6 or c code it; v or Esc stops",
                            "Selecteren: w b, ) (, } { verplaatsen het einde, o het andere einde; 1-6 of c codeert; v of Esc stopt"),
        .messageSelectionStopped: ("Selection stopped: the turn is selected", "Selecteren gestopt: de beurt is gekozen"),
        .messageAllCoders: ("Showing every coder's codings", "Toont de coderingen van alle codeurs"),
        .messageOnlyYours: ("Showing only your codings (%@)", "Toont alleen jouw coderingen (%@)"),
        .messageSubcodesCollapsed: ("Sub-codes count under their parent", "Subcodes tellen mee bij hun ouder"),
        .messageSubcodesShown: ("Sub-codes shown on rows of their own", "Subcodes op eigen rijen"),
        .messageAtPosition: ("At position %@ (turn %@)", "Op positie %@ (beurt %@)"),
        .messageChanged: ("Changed: %@ of %@ is now %@; u undoes it", "Gewijzigd: %@ van %@ is nu %@; u maakt het ongedaan"),
        .modeSelect: ("select", "selecteren"),
        .messageRemoved: ("Removed %@ of %@ (%@); u undoes it", "Verwijderd: %@ van %@ (%@); u maakt het ongedaan"),
        .messageNothingRemoved: ("Nothing removed", "Niets verwijderd"),
        .titleRemoveCoding: ("Remove a coding", "Codering verwijderen"),
        .messageRemoveOthers: ("Remove %@ of %@ (%@)? It is not your coding.", "%@ van %@ (%@) verwijderen? Het is niet jouw codering."),
        .hintYesNo: ("y yes  n no", "j ja  n nee"),
        .hintAnywaySkipCancel: ("y anyway  s skip  n cancel", "y toch  s overslaan  n annuleren"),
        .labelWords: ("%@ words", "%@ woorden"),
        .labelTurnOf: ("turn %@/%@", "beurt %@/%@"),
        .messageNoCodeMatches: ("No code matches “%@”: type again, or Esc", "Geen code past bij “%@”: typ opnieuw, of Esc"),
        .helpReadOnly: ("Read-only (%@): the keys marked read-only do nothing", "Alleen lezen (%@): de toetsen met alleen lezen doen niets"),
        .messageBadArgument: (":%@ — %@", ":%@ — %@"),
        .argumentMissing: ("the argument is missing", "het argument ontbreekt"),
        .argumentLanguage: ("“%@” is not a language: nl or en", "“%@” is geen taal: nl of en"),
        .argumentOnlyInReader: ("works in the source reader only", "werkt alleen in de bronlezer"),
        .argumentPosition: ("“%@” is not a position between 0 and %@", "“%@” is geen positie tussen 0 en %@"),
        .argumentTwoCoders: ("name two coders of: %@", "noem twee codeurs uit: %@"),
        .argumentUnknownCoders: ("no coder named %@; the coders are %@", "geen codeur met de naam %@; de codeurs zijn %@"),
        .messageCompletions: ("Commands: %@", "Opdrachten: %@"),
        .messageNoSearch: ("No search yet: F finds", "Nog geen zoekopdracht: F vindt"),
        .messageNothingToSearch: ("Nothing to search on this screen", "Niets om te zoeken op dit scherm"),
        .messagePathCompletions: ("Files: %@", "Bestanden: %@"),
        .messageNoPathMatch: ("No file or folder starts with “%@”", "Geen bestand of map begint met “%@”"),
        .messageUndone: ("Undone: %@", "Ongedaan gemaakt: %@"),
        .messageRedone: ("Redone: %@", "Opnieuw gedaan: %@"),
        .messageNothingToUndo: ("Nothing to undo", "Niets om ongedaan te maken"),
        .titleUndoBlocked: ("Changed by someone else since", "Sindsdien door iemand anders gewijzigd"),
        .messageUndoBlocked: ("Undo “%@”? %@ has since made “%@”, which undoing would overturn. y undo anyway · s skip it · n cancel",
                              "“%@” ongedaan maken? %@ deed sindsdien “%@”; ongedaan maken draait dat terug. y toch · s overslaan · n annuleren"),
        .messageRedoBlocked: ("Redo “%@”? %@ has since made “%@”, which redoing would overturn. y redo anyway · s skip it · n cancel",
                              "“%@” opnieuw doen? %@ deed sindsdien “%@”; opnieuw doen draait dat terug. y toch · s overslaan · n annuleren"),
        .labelSomeone: ("someone", "iemand"),
        .messageNothingUndone: ("Nothing undone", "Niets ongedaan gemaakt"),
        .messageSkipped: ("Skipped, left as it is: %@", "Overgeslagen, blijft zoals het is: %@"),
        .messageNothingToRedo: ("Nothing to redo", "Niets om opnieuw te doen"),
        .messageLanguageSet: ("Language: English", "Taal: Nederlands"),
        .helpTitle: ("Keys", "Toetsen"),
        .helpGlobal: ("Everywhere", "Overal"),
        .helpScreen: ("On this screen", "Op dit scherm"),
        .screenImport: ("Import", "Importeren"),
        .labelSourceID: ("Source id", "Bron-id"),
        .columnSpeaker: ("Speaker", "Spreker"),
        .columnTurns: ("Turns", "Beurten"),
        .columnParticipantID: ("Id", "Id"),
        .columnRole: ("Role", "Rol"),
        .columnFirstWords: ("First words", "Eerste woorden"),
        .labelInterviewer: ("interviewer", "interviewer"),
        .labelUnmapped: ("not mapped", "niet gekoppeld"),
        .labelImportButton: ("[ Import ]", "[ Importeren ]"),
        .labelImportReady: ("Ready (turns: %@, participants: %@, interviewers: %@). Enter on Import imports; u undoes it afterwards.",
                            "Klaar (beurten: %@, deelnemers: %@, interviewers: %@). Enter op Importeren importeert; u maakt het daarna ongedaan."),
        .labelImportWaiting: ("Not mapped yet: %@. Choose a role with h/l or type an id with e.",
                              "Nog niet gekoppeld: %@. Kies een rol met h/l of typ een id met e."),
        .labelNoSpeakers: ("No speaker labels found: the text is imported without turns.",
                           "Geen sprekerlabels gevonden: de tekst wordt zonder beurten geïmporteerd."),
        .labelImportEditing: ("Type the id · Enter keep · Esc drop the change", "Typ het id · Enter bewaren · Esc wijziging weggooien"),
        .labelDialogKeys: ("Of the keys everywhere, only moving, ?, : and Ctrl-C work here.",
                           "Van de toetsen die overal werken, werken hier alleen bewegen, ?, : en Ctrl-C."),
        .hintChange: ("change", "wijzigen"),
        .hintEditID: ("edit id", "id wijzigen"),
        .hintImport: ("import", "importeren"),
        .hintCancel: ("cancel", "annuleren"),
        .messageImportSurvey: ("%@ is a questionnaire: werkbank import-survey FILE --case NAME --id-column COLUMN shows its mapping first",
                               "%@ is een vragenlijst: werkbank import-survey BESTAND --case NAAM --id-column KOLOM toont eerst de indeling"),
        .messageImportUsage: (":import FILE [--case NAME] [--kind KIND] [--date YYYY-MM-DD] [--encoding latin1|cp1252]",
                              ":import BESTAND [--case NAAM] [--kind SOORT] [--date JJJJ-MM-DD] [--encoding latin1|cp1252]"),
        .messageImportFailed: ("Cannot import %@", "Kan niet importeren: %@"),
        .messageAlreadyImported: ("%@ was imported before as source %@; nothing imported",
                                  "%@ is al eerder geïmporteerd als bron %@; niets geïmporteerd"),
        .messageImportUnavailable: ("This workbench cannot read files; use werkbank import", "Deze werkbank kan geen bestanden lezen; gebruik werkbank import"),
        .messageUnmappedSpeakers: ("Map every speaker first: %@ (h/l a role, e an id)", "Koppel eerst elke spreker: %@ (h/l een rol, e een id)"),
        .messageSourceIDTaken: ("A source %@ is already in the project; give this one another id (e on Source id)",
                                "Er is al een bron %@ in het project; geef deze een ander id (e op Bron-id)"),
        .messageSourceIDEmpty: ("The source id needs letters or digits", "Het bron-id heeft letters of cijfers nodig"),
        .messageImported: ("Imported %@ as source %@ in %@ (turns: %@, participants: %@); u undoes it",
                           "%@ geïmporteerd als bron %@ in %@ (beurten: %@, deelnemers: %@); u maakt het ongedaan"),
        .messageImportCancelled: ("Import cancelled; nothing imported", "Importeren geannuleerd; niets geïmporteerd"),
        .messageBadDate: ("--date must look like 2024-03-14, not %@", "--date moet eruitzien als 2024-03-14, niet %@"),
        .labelMoreAbove: ("▲ %@ more", "▲ nog %@"),
        .labelMoreBelow: ("▼ %@ more", "▼ nog %@"),
        .tabShortRespondents: ("Resp.", "Resp."),
        .tabShortDisagreements: ("Disagr.", "Versch."),
        .tabShortFragments: ("Frag.", "Frag."),
        .labelNotCodedHere: ("did not code %@ here", "codeerde hier geen %@"),
        .labelMovingStart: ("◀ start moves", "◀ begin beweegt"),
        .labelMovingEnd: ("end ▶ moves", "einde ▶ beweegt"),
        .reasonFileReadOnly: ("the file is read-only for you", "het bestand is voor jou alleen-lezen"),
        .reasonFolderReadOnly: ("its folder is read-only for you", "de map is voor jou alleen-lezen"),
        .reasonReadOnlyFileSystem: ("it is on a read-only file system", "het staat op een alleen-lezen bestandssysteem"),
        .screenSynthesis: ("Synthesis", "Synthese"),
        .screenSynthesisCell: ("Cell", "Cel"),
        .tabShortSynthesis: ("Synth.", "Synth."),
        .hintNewFinding: ("new", "nieuw"),
        .hintEditFinding: ("edit", "bewerk"),
        .hintRemoveFinding: ("remove", "verwijder"),
        .hintLink: ("link", "koppel"),
        .hintUnlink: ("unlink", "ontkoppel"),
        .hintJudge: ("judge", "oordeel"),
        .columnCrossCase: ("Cross-case", "Over casussen"),
        .labelConclusions: ("Conclusions", "Conclusies"),
        .labelCellCounts: ("%@ findings · %@ frag.", "%@ bevind. · %@ frag."),
        .labelCellCountsOne: ("1 finding · %@ frag.", "1 bevind. · %@ frag."),
        .labelNoJudgement: ("no judgement", "geen oordeel"),
        .labelEvidenceRemoved: ("evidence removed", "bewijs verwijderd"),
        .labelNoFindings: ("No findings yet: n writes one", "Nog geen bevindingen: n schrijft er een"),
        .labelNoCellFragments: ("No fragments in this cell (or none left by :filter)", "Geen fragmenten in deze cel (of geen na :filter)"),
        .labelJudgementTitle: ("Judgement · %@", "Oordeel · %@"),
        .labelJudgementHint: ("↑↓ or 1-4 choose · Enter next · Esc cancel", "↑↓ of 1-4 kiezen · Enter verder · Esc annuleren"),
        .labelWhy: ("Why (one line): ", "Waarom (één regel): "),
        .labelWhyHint: ("Enter save · Esc cancel", "Enter bewaren · Esc annuleren"),
        .labelFindingAuthor: ("by %@", "door %@"),
        .messageChooseCase: ("The cross-case column counts the cases: choose a case (h) to open its cell",
                             "De kolom over casussen telt de casussen: kies een casus (h) om haar cel te openen"),
        .labelFirstOnly: ("the first %@ (:filter role or coder narrows)", "de eerste %@ (:filter role of coder beperkt)"),
        .labelNewFinding: ("New finding · %@", "Nieuwe bevinding · %@"),
        .labelEditFinding: ("Finding · %@", "Bevinding · %@"),
        .messageFindingAdded: ("Finding written in %@ (u undoes)", "Bevinding geschreven in %@ (u maakt ongedaan)"),
        .messageFindingChanged: ("Finding changed", "Bevinding gewijzigd"),
        .messageFindingRemoved: ("Finding removed (u brings it back)", "Bevinding verwijderd (u haalt haar terug)"),
        .messageEvidenceLinked: ("Fragment linked as evidence (%@ now)", "Fragment gekoppeld als bewijs (nu %@)"),
        .messageEvidenceUnlinked: ("Evidence unlinked", "Bewijs ontkoppeld"),
        .messageJudged: ("Judgement of %@: %@", "Oordeel over %@: %@"),
        .messageFindingEmpty: ("Nothing written: the finding is empty", "Niets geschreven: de bevinding is leeg"),
        .messageNoFinding: ("No finding chosen: Tab to the findings, or n writes one", "Geen bevinding gekozen: Tab naar de bevindingen, of n schrijft er een"),
        .messageNoFragment: ("No fragment in this cell to link", "Geen fragment in deze cel om te koppelen"),
        .messageAlreadyEvidence: ("That fragment is already evidence of this finding", "Dat fragment is al bewijs van deze bevinding"),
        .messageNotEvidence: ("Choose a piece of evidence (a quote under a finding) to unlink", "Kies een bewijs (een citaat onder een bevinding) om te ontkoppelen"),
        .messageEvidenceGone: ("Evidence removed: its fragment is no longer in the project", "Bewijs verwijderd: het fragment staat niet meer in het project"),
        .titleRemoveFinding: ("Remove this finding?", "Deze bevinding verwijderen?"),
        .messageJudgementCancelled: ("Judgement not changed", "Oordeel niet gewijzigd"),
        .screenSearch: ("Search", "Zoeken"),
        .labelSearchPrompt: ("Type a search after /: words, \"a phrase\", samenwerk*, NEAR(a b, 5), OR, NOT",
                             "Typ een zoekopdracht na /: woorden, \"een zinsdeel\", samenwerk*, NEAR(a b, 5), OR, NOT"),
        .labelNoHits: ("No hits", "Geen vondsten"),
        .labelHitsInCases: ("%@ hits in %@ cases", "%@ vondsten in %@ casussen"),
        .labelFirstHits: ("(first %@ shown)", "(eerste %@ getoond)"),
        .labelMarked: ("%@ marked", "%@ gemarkeerd"),
        .messageRegexOn: ("Regular expression: on", "Reguliere expressie: aan"),
        .messageRegexOff: ("Regular expression: off (words, phrases, prefixes)", "Reguliere expressie: uit (woorden, zinsdelen, begin van woorden)"),
        .messageNoHitsToCode: ("No hits to code", "Geen vondsten om te coderen"),
        .messageNothingCoded: ("Nothing coded", "Niets gecodeerd"),
        .messageAutocoded: ("%@ codings made with %@, %@ overlapping existing ones (u undoes them all)",
                            "%@ coderingen gemaakt met %@, %@ overlappen bestaande (u draait ze alle terug)"),
        .messageAlreadyCoded: ("; %@ already coded so", "; %@ al zo gecodeerd"),
        .titleAutocode: ("Code %@ hits with %@", "%@ vondsten coderen met %@"),
        .messageAutocodeUnit: ("Code each hit as: h the hit · s its sentence · t its turn", "Codeer elke vondst als: h de vondst · s haar zin · t haar beurt"),
        .hintAutocodeUnit: ("h hit  s sentence  t turn  Esc cancel", "h vondst  s zin  t beurt  Esc annuleren"),
        .hintMark: ("mark", "markeer"),
        .hintMarkAll: ("all", "alle"),
        .hintRegex: ("regex", "regex"),
        .hintGroup: ("case/source", "casus/bron"),
        .labelHitsInOneCase: ("%@ hits in 1 case", "%@ vondsten in 1 casus"),
    ]
}

extension Text {
    /// The string with `%@` replaced by `argument`.
    public func string(_ language: Language, _ argument: String) -> String {
        string(language).replacingOccurrences(of: "%@", with: argument)
    }

    /// The string with each `%@` replaced by the next argument, in order.
    public func string(_ language: Language, _ first: String, _ second: String, _ rest: String...) -> String {
        var arguments = [first, second] + rest
        var result = ""
        var remaining = Substring(string(language))
        while let marker = remaining.range(of: "%@"), !arguments.isEmpty {
            result += remaining[..<marker.lowerBound] + arguments.removeFirst()
            remaining = remaining[marker.upperBound...]
        }
        return result + remaining
    }
}
