/// How a table column lines up its cells.
public enum TableAlignment: Hashable, Sendable {
    /// Text starts at the column's left edge (names, labels).
    case left
    /// Text ends at the column's right edge (numbers).
    case right
}

/// One column of a ``TableView``: its header and how its cells line up.
public struct TableColumn: Hashable, Sendable {
    /// The header text.
    public var title: String
    /// How the header and the cells line up.
    public var alignment: TableAlignment
    /// The width in columns, or `nil` to fit the widest of the header and the cells.
    public var width: Int?
    /// Whether the column gives up its width first when the table is too wide, down to its
    /// header's width (a list of ids, so that a title beside it keeps its words).
    public var shrinksFirst: Bool

    /// Creates a column.
    public init(_ title: String, alignment: TableAlignment = .left, width: Int? = nil, shrinksFirst: Bool = false) {
        self.title = title
        self.alignment = alignment
        self.width = width
        self.shrinksFirst = shrinksFirst
    }
}
