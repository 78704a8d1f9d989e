import TerminalKit

/// What a frame tells the reducer about itself: how far text views can scroll, where the
/// reader's text stands (for the mouse), and how the Fragments screen fitted its page. The
/// renderer measures it; ``AppState/reduce(rendered:)`` takes it in.
public struct RenderFeedback: Hashable, Sendable {
    /// The last line each text view can scroll to.
    public var scrollLimits: [ListID: Int] = [:]
    /// The first line each text view showed.
    public var textTops: [ListID: Int] = [:]
    /// The reader's text: where it is on screen and its first row shown.
    public var sourceText: SourceTextArea?
    /// The Fragments screen: the first fragment shown, and how many fit whole on a page.
    public var fragmentsTop: Int?
    public var fragmentsPage: Int?
    /// Each scrolling table drawn in this frame: where it stands (clamped, and following its
    /// cursor), which the state keeps; and how far it can scroll, which the next key stops at.
    public var tableScrolls: [ListID: TableScroll] = [:]
    public var tableLimits: [ListID: TableScroll.Limits] = [:]
    /// How many body rows each table shows: what PgUp and PgDn move.
    public var tablePages: [ListID: Int] = [:]
    /// The first row a text view scrolled to, to show the line of a `/` match.
    public var findScrolled: FindScroll?

    public init() {}

    /// This frame's measurements over the last frame's: what this frame did not measure stays.
    func merged(over older: RenderFeedback) -> RenderFeedback {
        var merged = self
        merged.scrollLimits = older.scrollLimits.merging(scrollLimits) { $1 }
        merged.textTops = older.textTops.merging(textTops) { $1 }
        merged.tableLimits = older.tableLimits.merging(tableLimits) { $1 }
        merged.tablePages = older.tablePages.merging(tablePages) { $1 }
        merged.sourceText = sourceText ?? older.sourceText
        merged.fragmentsTop = fragmentsTop ?? older.fragmentsTop
        merged.fragmentsPage = fragmentsPage ?? older.fragmentsPage
        return merged
    }
}

/// A text view and the row it scrolled to for a match.
public struct FindScroll: Hashable, Sendable {
    public var list: ListID
    public var offset: Int
}

/// Where the reader drew the source's text: its area on screen, the layout row at its top,
/// the rows of the selection and how many rows the text has.
public struct SourceTextArea: Hashable, Sendable {
    public var area: Rect
    public var firstRow: Int
    public var selectedRows: ClosedRange<Int>?
    public var rowCount: Int

    public init(area: Rect, firstRow: Int, selectedRows: ClosedRange<Int>? = nil, rowCount: Int = 0) {
        self.area = area
        self.firstRow = firstRow
        self.selectedRows = selectedRows
        self.rowCount = rowCount
    }

    /// The row under the view's last line.
    var endRow: Int { firstRow + area.height }
}
