/// One cell of the screen: a grapheme (a base character with its combining marks) and a style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds it with `width`
/// 2, the second is a continuation cell with `width` 0 and no text.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// Columns the text takes: 1, 2 for a wide character, 0 for a continuation cell.
    public var width: UInt8

    public init(text: String = " ", style: Style = .plain, width: UInt8 = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    static let continuation = Cell(text: "", width: 0)
}
