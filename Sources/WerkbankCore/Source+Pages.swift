extension Source {
    /// The page break of a document's text: a form feed, as `pdftotext` writes between pages.
    /// Imported PDFs keep each on a line of its own (decision 59), so pages survive undo, export
    /// and corrections of the text without a table of their own.
    public static let pageBreak: Unicode.Scalar = "\u{0C}"

    /// Whether the text has pages (at least one page break).
    public var hasPages: Bool { text.unicodeScalars.contains(Self.pageBreak) }

    /// The page (from 1) on which a scalar offset stands: one more than the page breaks before
    /// it; `nil` for a text without page breaks.
    public func page(at offset: Int) -> Int? {
        Self.page(in: text, at: offset)
    }

    /// ``page(at:)`` for any text.
    public static func page(in text: String, at offset: Int) -> Int? {
        var breaks = 0
        var seen = false
        for (index, scalar) in text.unicodeScalars.enumerated() where scalar == pageBreak {
            seen = true
            if index < offset { breaks += 1 } else { break }
        }
        return seen ? breaks + 1 : nil
    }

    /// `p. 4`, as a location is cited.
    public static func pageLabel(_ page: Int) -> String { "p. \(page)" }
}
