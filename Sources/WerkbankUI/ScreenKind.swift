import TerminalKit

/// The screens of the workbench.
public enum ScreenKind: String, CaseIterable, Hashable, Sendable {
    case cases
    case studyCase = "case"
    case respondents
    case model
    case help
    case source
    case fragments
    case matrix
    case disagreements
    case analysis
    /// The synthesis grid: elements × cases with judgements, findings and conclusions.
    case synthesis
    /// One cell of the synthesis grid: its fragments beside its findings.
    case synthesisCell = "cell"
    /// The import dialog: a transcript's speakers mapped to participants before it is imported.
    case importer = "import"
    /// Every memo of every kind, and free memos written there.
    case memos
    /// Search across the project: hits as keyword in context, coded from there.
    case search
    /// A practising student's agreement with the consensus coder and where they differ.
    case feedback
    /// Every student's agreement per element, for the teacher.
    case practiceClass = "class"

    /// A dialog takes the keys until it is closed: of the keys that work everywhere, only
    /// moving, help, the command line and Ctrl-C work on it.
    public var isDialog: Bool { self == .importer }

    /// The actions that work everywhere that a dialog still takes.
    static let dialogGlobals: Set<Action> = [.moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .back, .quit, .forceQuit,
                                             .help, .commandLine, .suspend]

    /// The screen's title.
    public var title: Text {
        switch self {
        case .cases: .screenCases
        case .studyCase: .screenCase
        case .respondents: .screenRespondents
        case .model: .screenModel
        case .help: .screenHelp
        case .source: .screenSource
        case .fragments: .screenFragments
        case .matrix: .screenMatrix
        case .disagreements: .screenDisagreements
        case .analysis: .screenAnalysis
        case .synthesis: .screenSynthesis
        case .synthesisCell: .screenSynthesisCell
        case .importer: .screenImport
        case .memos: .screenMemos
        case .search: .screenSearch
        case .feedback: .screenFeedback
        case .practiceClass: .screenClass
        }
    }

    /// The title in a tab bar too narrow for every title (80 columns): long ones shortened.
    var shortTitle: Text {
        switch self {
        case .respondents: .tabShortRespondents
        case .disagreements: .tabShortDisagreements
        case .fragments: .tabShortFragments
        case .synthesis: .tabShortSynthesis
        default: title
        }
    }
}
