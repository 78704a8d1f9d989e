import WerkbankCore

extension ReportDocument.CaseQuotes {
    /// The quotes of one element × case cell, the case labelled as the respondent table labels it.
    public init(_ cell: ElementCell, of studyCase: Case) {
        self.init(caseLabel: studyCase.tableLabel, caseName: studyCase.name, fragmentCount: cell.fragmentCount,
                  quotes: cell.quotes.map(ReportDocument.Quote.init))
    }
}

extension ReportDocument {
    /// The quotes section: per element (in the order given), its cell in every case in case
    /// order. A case without a cell for the element shows no fragments.
    public static func elements(_ elements: [Code], cases: [Case], cells: [ElementCell]) -> [Element] {
        elements.map { element in
            let perCase = cases.map { studyCase in
                let cell = cells.first { $0.element.short == element.short && $0.caseID == studyCase.id }
                    ?? ElementCell(element: element, caseID: studyCase.id, fragmentCount: 0, respondentCount: 0, quotes: [])
                return CaseQuotes(cell, of: studyCase)
            }
            return Element(short: element.short, name: element.name, gloss: element.gloss, cases: perCase)
        }
    }

    /// The document over a study: its respondent table, the element rows of `matrix` (by case,
    /// fragments), the agreement report (or the note why there is none), and the quotes of
    /// `cells` (``ElementCell``, at most `perCell` each).
    public init(study: Study, matrix: Matrix, agreement: CoderAgreement?, agreementNote: String, cells: [ElementCell],
                perCell: Int) {
        let elements = study.codebook.elements
        self.init(studyTitle: study.title, respondents: study.respondentTable.report,
                  matrix: Self.elementMatrix(matrix, elements: elements.map(\.short)),
                  agreement: agreement?.table, agreementNote: agreementNote,
                  elements: Self.elements(elements, cases: study.cases, cells: cells), perCell: perCell)
    }
}
