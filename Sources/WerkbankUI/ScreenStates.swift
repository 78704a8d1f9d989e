import Foundation
import TerminalKit
import WerkbankCore

// The state each screen owns. They are small value types, kept together so that what a screen
// remembers can be read in one place; ``AppState`` holds one of each and only what is shared.

/// The Cases screen: whether the details pane (not the list) has the focus.
public struct CasesScreenState: Hashable, Sendable {
    public var detailsFocused = false
}

/// The Case screen: its tab.
public struct CaseScreenState: Hashable, Sendable {
    public var tab: CaseTab = .overview
    /// The tab each case was last left on, by case id: a case opens there, or on Overview.
    public var lastTab: [String: CaseTab] = [:]
}

/// The source reader.
public struct ReaderState: Hashable, Sendable {
    /// Show every coder's codings, or only the current coder's.
    public var showAllCoders = true
    /// An explicit selection (a visual selection, or a fragment opened from the Fragments
    /// screen); `nil` means the unit under the cursor.
    public var selectedRange: ScalarRange?
    /// A visual selection being extended by word, sentence or turn.
    public var visual: VisualSelection?
    /// Whether the panel of codes under the cursor has the focus, and which of those codings
    /// is chosen there.
    public var panelFocused = false
    public var panelIndex = 0
    /// Where a mouse button went down, for selecting by dragging.
    public var mouseAnchor: Int?
    /// The first row of the view when the user scrolled by line (inside a long turn, with
    /// Ctrl-E/Ctrl-Y or the wheel); `nil` while the view follows the selection.
    public var scrollTop: Int?
    /// The search being typed after `/`, and the last one searched.
    public var searchInput: TextInput?
    public var searchQuery: String?
    /// The selection the last coding was made from, while that coding is the last edit: `u`
    /// undoes the coding and gives the selection back.
    public var codedSelection: CodedSelection?
}

/// A selection in the reader as it was when it was coded.
public struct CodedSelection: Hashable, Sendable {
    public var sourceID: String
    /// The visual selection, with its moving end, when there was one.
    public var visual: VisualSelection?
    /// The stretch selected otherwise (a search match, a fragment opened here).
    public var selectedRange: ScalarRange?
    /// The turn under the cursor.
    public var unit: Int
}

/// The Fragments screen: its filter, or what it lists instead (the pairs of a co-occurrence
/// cell).
public struct FragmentsScreenState: Hashable, Sendable {
    public var filter = FragmentFilter()
    /// What the screen lists when it is not its filter; `nil` for the filter.
    public var note: String?
}

/// The Matrix screen: its columns, its measure, the chosen column (the row is the list
/// ``ListID/matrix``) and whether sub-codes count under their parent.
public struct MatrixScreenState: Hashable, Sendable {
    public var axis: MatrixAxis = .case
    /// A categorical attribute whose values are the columns instead of `axis`'s.
    public var attribute: String?
    public var measure: MatrixMeasure = .fragments
    public var column = 0
    public var collapsed = false
}

/// The Disagreements screen: the two coders compared, and who the decisions are written to.
public struct DisagreementsScreenState: Hashable, Sendable {
    public var coders: [String] = []
    public var consensus = "Consensus"
}

/// The Analysis screen: which tab, the agreement unit, the co-occurrence mode and the chosen
/// column of the co-occurrence table (its row is the list ``ListID/cooccurrence``).
public struct AnalysisScreenState: Hashable, Sendable {
    public var tab = 0
    public var unit: AgreementUnit = .character
    public var mode: CoOccurrenceMode = .overlap
    public var column = 0
}

/// The synthesis grid: the chosen column (a case; its row is the list ``ListID/synthesis``),
/// and the opened cell with which of its sides has the focus.
public struct SynthesisScreenState: Hashable, Sendable {
    public var column = 0
    /// Roles rather than cases as the grid's columns (`b`).
    public var byRole = false
    /// With `byRole`, a category attribute whose values are the columns instead of the roles.
    public var attribute: String?
    public var cell: CellKey?
    public var findingsFocused = false
    /// The finding just written, changed or linked: the findings' cursor goes to it once the
    /// cell is read again.
    public var pendingFinding: UUID?
}

/// The Memos screen: which memos it lists (kind, author, element, words of `:filter text`).
public struct MemosScreenState: Hashable, Sendable {
    public var filter = MemoFilter()
}
