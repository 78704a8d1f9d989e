/// The lists and text views of the workbench whose selection and scrolling the state keeps.
public enum ListID: String, CaseIterable, Hashable, Sendable {
    case cases, caseDetails
    case overview, caseRespondents, sources, findings, attributes
    case respondents, model, help
    /// The reader's units (turns or paragraphs) and its codes-here panel.
    case units, codesHere
    case fragments, matrix, disagreements, agreement, cooccurrence, importer
    /// The synthesis grid and an opened cell's two sides.
    case synthesis, cellFragments, cellFindings
    case memos
    /// The hits on the Search screen.
    case search
    /// The differences on the Feedback screen; the class view's table.
    case feedback, practiceClass

    /// Whether it is a list of rows with a selection (rather than a text that scrolls by line).
    public var hasSelection: Bool {
        [.cases, .sources, .findings, .attributes, .units, .fragments, .matrix, .disagreements, .cooccurrence, .synthesis, .cellFragments,
         .cellFindings, .memos, .search, .feedback].contains(self)
    }

    /// Whether it is a table without a cursor, whose view the arrow keys scroll (a table with
    /// a cursor scrolls to follow it).
    public var isScrollingTable: Bool {
        [.respondents, .caseRespondents, .agreement, .practiceClass].contains(self)
    }
}
