import GRDB
import WerkbankCore

extension Project {
    /// The element × case cells of one case (``ElementCell``): per element, its fragments in
    /// the case with sub-codes rolled up, its respondents, and the first quotes. What the
    /// workbench's findings and the report's quotes show.
    ///
    /// One fragment query for the case and the codes of the elements' subtrees, without the
    /// quoted text; the counting and the choice of quotes are ``ElementCell``'s; then the text
    /// of the chosen quotes alone.
    ///
    /// - Parameters:
    ///   - caseID: the case's id (folder name).
    ///   - elements: short names of the codes to make cells of, in order; by default the
    ///     model's elements.
    ///   - quoteLimit: most quotes per cell.
    /// - Throws: ``ProjectError/unknownCase(_:)`` or ``ProjectError/unknownCode(_:)``.
    public func elementCells(ofCase caseID: String, elements: [String]? = nil,
                             quoteLimit: Int) throws(ProjectError) -> [ElementCell] {
        let study = try study()
        guard study.cases.contains(where: { $0.id == caseID }) else { throw ProjectError.unknownCase(caseID) }
        let codebook = study.codebook
        var codes: [Code] = []
        for short in elements ?? codebook.elements.map(\.short) {
            guard let code = codebook.codes.first(where: { $0.short == short }) else { throw ProjectError.unknownCode(short) }
            codes.append(code)
        }
        let shorts = codes.flatMap { codebook.subtree(of: $0.short) }
        guard !shorts.isEmpty else { return [] }
        // Which fragments are quoted does not depend on their text: it is read for those only.
        let fragments = try fragments(FragmentFilter(codes: shorts, includeSubcodes: false, caseIDs: [caseID]), quotes: false)
        var cells = ElementCell.cells(ofCase: caseID, elements: codes, fragments: fragments, codebook: codebook,
                                      quoteLimit: quoteLimit)
        var next = try quoted(cells.flatMap(\.quotes)).makeIterator()
        for cell in cells.indices {
            // The quote only: the cells' fragments have never carried a page.
            for quote in cells[cell].quotes.indices { cells[cell].quotes[quote].quote = next.next()?.quote ?? "" }
        }
        return cells
    }
}
