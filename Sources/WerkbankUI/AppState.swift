import TerminalKit
import WerkbankStore
import WerkbankCore

/// The tabs of the Case screen.
public enum CaseTab: Int, CaseIterable, Hashable, Sendable {
    case overview, respondents, sources, findings, attributes

    public var title: Text {
        switch self {
        case .overview: .tabOverview
        case .respondents: .tabRespondents
        case .sources: .tabSources
        case .findings: .tabFindings
        case .attributes: .tabAttributes
        }
    }
}

/// A dialog that takes the keys until it is closed.
public enum Modal: Hashable, Sendable {
    case picker(CodePicker)
    case memo(MemoEditor)
    case confirm(Confirmation)
    case judgement(JudgementPicker)
    /// The unit of coding the marked hits of a search with a code.
    case autocodeUnit(AutocodeQuestion)
}

/// A question before an action that is easy to regret: `y` or Enter runs its effects, `n` or
/// Esc does nothing.
public struct Confirmation: Hashable, Sendable {
    public var title: String
    public var message: String
    public var effects: [Effect]
    /// What `s` runs, where the question offers to skip (an undo someone else is in the way of).
    public var skipEffects: [Effect] = []
    /// What `n` or Esc says.
    public var cancelled: Text = .messageNothingRemoved
}

/// A line for the user under the status bar.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    /// The user's own message when the live view added what others did after it (`Coded LOS ·
    /// Bram coded a fragment`): a later look replaces only the part after it.
    public var own: String?
    /// Whether the whole message is the live view's (then the next look replaces it).
    public var isLive = false

    public init(text: String, isError: Bool, own: String? = nil) {
        self.text = text
        self.isError = isError
        self.own = own
    }
}

/// The whole state of the workbench's interface. Rendering reads it; only the reducer
/// changes it.
public struct AppState: Sendable {
    public var language: Language
    /// Why the project cannot be changed from here; `nil` when it can.
    public var readOnlyReason: ReadOnlyReason?
    public var readOnly: Bool { readOnlyReason != nil }
    public var coder: String
    /// The student practising and their consensus coder; `nil` when not in practice mode.
    public var practice: PracticeMode?
    /// The figure the class view shows in its cells.
    public var practiceFigure: AgreementFigure = .kappa
    public var projectName: String
    public var theme: Theme { didSet { resolveStyles() } }
    public var colorProfile: ColorProfile { didSet { resolveStyles() } }
    /// Every scope's style for the theme and profile, worked out once rather than per cell.
    private var resolvedStyles: [String: Style] = [:]
    public var width: Int
    public var height: Int

    public var screen: ScreenKind = .cases
    /// Screens to go back to with Esc or q.
    public var history: [ScreenKind] = []
    /// The selected case, by index in study order.
    public var caseIndex: Int = 0
    /// What each screen remembers.
    public var cases = CasesScreenState()
    public var studyCase = CaseScreenState()
    public var reader = ReaderState()
    public var fragments = FragmentsScreenState()
    public var matrix = MatrixScreenState()
    public var disagreements = DisagreementsScreenState()
    public var analysis = AnalysisScreenState()
    public var synthesis = SynthesisScreenState()
    public var memos = MemosScreenState()
    public var search = SearchScreenState()
    /// `/` on list and text screens (the reader has its own search).
    public var find = FindState()
    /// A dialog over the screen: the code picker or the memo editor.
    public var modal: Modal?
    /// Selection and scrolling of lists and text views.
    public var lists: [ListID: ListState] = [:]
    /// Where each scrolling table stands (its first row and column shown); a table with a
    /// cursor follows it, the others move by the arrow keys.
    public var tables: [ListID: TableScroll] = [:]
    /// The import dialog (`:import FILE`) while it is open.
    public var importPreview: ImportPreview?
    /// The command line while it is open.
    public var commandInput: TextInput?
    /// The commands run, oldest first, and where ↑/↓ stand in them while typing (`nil`: a
    /// new line).
    public var commandHistory: [String] = []
    public var historyIndex: Int?
    public var message: StatusMessage?
    /// The other workbenches on the project and where they are (decision 62).
    public var others: [PresenceEntry] = []
    public var shouldQuit = false
    /// What the last frame measured: scroll limits, where the reader's text is.
    public var feedback = RenderFeedback()

    /// The smallest terminal the workbench draws in; smaller shows a one-line request.
    public static let minimumWidth = 50
    public static let minimumHeight = 12

    public init(language: Language, readOnly: Bool, readOnlyReason: ReadOnlyReason? = nil, coder: String, projectName: String,
                theme: Theme, colorProfile: ColorProfile, width: Int = 80, height: Int = 24) {
        self.language = language
        self.readOnlyReason = readOnlyReason ?? (readOnly ? .requested : nil)
        self.coder = coder
        self.projectName = projectName
        self.theme = theme
        self.colorProfile = colorProfile
        self.width = width
        self.height = height
        resolveStyles()
    }

    private mutating func resolveStyles() {
        resolvedStyles = Dictionary(uniqueKeysWithValues: ThemeScopes.all.map { ($0, theme.style($0, profile: colorProfile)) })
    }

    /// A string of the interface in the current language.
    public func text(_ key: Text) -> String { key.string(language) }

    /// The style of a theme scope in the terminal's colour profile.
    public func style(_ scope: String) -> Style { resolvedStyles[scope] ?? theme.style(scope, profile: colorProfile) }

    /// The list state of a named list.
    public func list(_ name: ListID) -> ListState { lists[name] ?? ListState() }

    /// The scroll position of a named table.
    public func table(_ name: ListID) -> TableScroll { tables[name] ?? TableScroll() }

    /// Whether a stretch is being selected in the reader (the status bar says SELECT).
    public var isSelecting: Bool { screen == .source && reader.visual != nil }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
