/// One cell of the screen: a grapheme (a base character with its combining marks) and a style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds it with `width`
/// 2, the second is a continuation cell with `width` 0 and no text.
public struct Cell: Hashable, Sendable {
    var grapheme: Grapheme
    public var style: Style
    /// Columns the text takes: 1, 2 for a wide character, 0 for a continuation cell.
    public var width: UInt8

    /// The grapheme shown in the cell; empty in a continuation cell.
    public var text: String {
        get { grapheme.text }
        set { grapheme = Grapheme(newValue) }
    }

    /// The cell's text when it is a single Unicode scalar (what a backend can send without
    /// looking at the text as a string), otherwise `nil`.
    public var scalar: Unicode.Scalar? { grapheme.scalar }

    public init(text: String = " ", style: Style = .plain, width: UInt8 = 1) {
        self.init(grapheme: Grapheme(text), style: style, width: width)
    }

    init(grapheme: Grapheme, style: Style = .plain, width: UInt8 = 1) {
        self.grapheme = grapheme
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    static let continuation = Cell(grapheme: .empty, width: 0)
}
