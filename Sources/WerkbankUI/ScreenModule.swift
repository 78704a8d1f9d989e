import TerminalKit

/// A screen of the workbench: it draws itself from the state and the data, takes the actions
/// that are its own, and names the list the arrow keys move. What it remembers is its own
/// struct in ``AppState`` (``ReaderState``, ``MatrixScreenState``, …).
///
/// Adding a screen is a type that conforms, a case of ``ScreenKind`` and that case in
/// ``ScreenKind/module`` (an exhaustive switch, so the compiler asks for it), plus its rows
/// in ``ActionTable``.
protocol ScreenModule {
    init(state: AppState, data: WorkbenchData)

    /// Draws the screen into `area` and says what the reducer must know of the frame.
    func render(into buffer: inout ScreenBuffer, area: Rect, feedback: inout RenderFeedback)

    /// The screen's own handling of `action`: the effects to run, or `nil` when the action is
    /// not the screen's and the workbench-wide handling applies.
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]?

    /// The list or text view that the arrow keys move.
    static func activeList(_ state: AppState) -> ListID

    /// What `/` searches on the screen as it is: the rows of its list or the lines of its
    /// text; `nil` where there is nothing to search.
    static func findRows(state: AppState, data: WorkbenchData) -> FindRows?
}

extension ScreenModule {
    static func reduce(_ action: Action, state: inout AppState, data: WorkbenchData) -> [Effect]? { nil }
    static func findRows(state: AppState, data: WorkbenchData) -> FindRows? { nil }
}

extension ScreenKind {
    /// The module that draws the screen and takes its keys.
    var module: any ScreenModule.Type {
        switch self {
        case .cases: CasesScreen.self
        case .studyCase: CaseScreen.self
        case .respondents: RespondentsScreen.self
        case .model: ModelScreen.self
        case .help: HelpScreen.self
        case .source: SourceScreen.self
        case .fragments: FragmentsScreen.self
        case .matrix: MatrixScreen.self
        case .disagreements: DisagreementsScreen.self
        case .analysis: AnalysisScreen.self
        case .synthesis: SynthesisScreen.self
        case .synthesisCell: SynthesisCellScreen.self
        case .importer: ImportScreen.self
        case .memos: MemosScreen.self
        case .search: SearchScreen.self
        case .feedback: FeedbackScreen.self
        case .practiceClass: ClassScreen.self
        }
    }
}
