import TerminalKit

/// Everything the user can do with a key. Each action has a help text in both languages, the
/// keys that trigger it and its hint in ``ActionTable``; the hint bar, the help screen and
/// `docs/keybindings.md` are generated from that table.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case previousTab, nextTab, nextPane
    case open, back, quit, forceQuit
    case help, commandLine
    case goCases, goCase, goRespondents, goModel, goHelp
    case undo, redo
    case code1, code2, code3, code4, code5, code6
    case toggleCoders
    case goFragments, uncode
    case visualMode, extendWord, shrinkWord, extendSentence, shrinkSentence, extendTurn, shrinkTurn, swapEnds
    case pickCode, focusPanel, removeCoding, recode, memo, growCoding, shrinkCoding, fitCoding
    /// `E` in the reader: correct the source's text in the user's editor (decision 58).
    case editText
    case search, nextMatch, previousMatch
    case scrollLineDown, scrollLineUp
    case redraw, suspend
    /// `/` on a list or text screen: find a row or line; `n`/`N` the next and previous.
    case find, findNext, findPrevious
    case goMatrix, matrixAxis, matrixMeasure
    case goDisagreements, keepA, keepB, keepBoth, keepNeither
    case goAnalysis, agreementUnit, coOccurrenceMode
    case columnLeft, columnRight, collapseSubcodes
    /// `:import FILE`: read a transcript and open the import screen.
    case importTranscript = "import"
    case importNext, importPrevious, importEditID
    /// The synthesis grid and its cells: findings, evidence and judgements.
    case goSynthesis, newFinding, editFinding, removeFinding, linkEvidence, unlinkEvidence, setJudgement
    /// A case's Attributes tab: change, cycle or unset the chosen value.
    case editAttribute, nextAttributeValue, unsetAttribute
    /// The Memos screen: every memo; free memos written, edited and deleted there.
    case goMemos, newMemo, editMemo, deleteMemo, memoKind, memoAuthor, memoElement
    /// `/` outside the reader: search the whole project; on the Search screen its keys.
    case projectSearch, searchRegex, searchGroup, markHit, markAll, codeHits
    /// Practice coding: a student's feedback, or the class's agreement for the teacher; the
    /// figure the class view shows.
    case goPractice, practiceFigure

    /// Whether the action changes the project (disabled with `--read-only`).
    public var edits: Bool {
        [.undo, .redo, .code1, .code2, .code3, .code4, .code5, .code6, .uncode, .pickCode, .removeCoding, .recode,
         .memo, .growCoding, .shrinkCoding, .fitCoding, .editText, .keepA, .keepB, .keepBoth, .keepNeither, .importTranscript,
         .newFinding, .editFinding, .removeFinding, .linkEvidence, .unlinkEvidence, .setJudgement,
         .editAttribute, .nextAttributeValue, .unsetAttribute,
         .newMemo, .editMemo, .deleteMemo, .codeHits].contains(self)
    }

    /// For the coding actions: which element of the model (0 for LOS … 5 for SRI).
    public var elementIndex: Int? {
        [.code1, .code2, .code3, .code4, .code5, .code6].firstIndex(of: self)
    }

    /// For the actions that switch screens: the screen they go to.
    public var targetScreen: ScreenKind? {
        switch self {
        case .goCases: .cases
        case .goCase: .studyCase
        case .goRespondents: .respondents
        case .goModel: .model
        case .goHelp: .help
        case .goMatrix: .matrix
        case .goDisagreements: .disagreements
        case .goAnalysis: .analysis
        case .goFragments: .fragments
        case .goSynthesis: .synthesis
        case .goMemos: .memos
        default: nil
        }
    }
}
