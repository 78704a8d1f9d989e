extension SynthesisRoleGrid {
    /// The grid with a category attribute's values as columns (and `(none)`): per element ×
    /// value, the fragments where the speaker, source or case has the value (from the matrix by
    /// that attribute, sub-codes collapsed) and — for an attribute of cases, since findings are
    /// written per case — the findings of the cases with the value. For an attribute of
    /// participants or sources, `valueOfCase` is `nil` and the cells count fragments only.
    public init(attributeMatrix matrix: Matrix, findings: [Finding], elements: [String], valueOfCase: [String: String]?) {
        self.init(matrix: matrix, findings: [], elements: elements)
        guard let valueOfCase else { return }
        let wanted = Set(elements)
        for finding in findings where wanted.contains(finding.cell.element) {
            let value = valueOfCase[finding.cell.caseID] ?? MatrixAttributeAxis.noneColumn
            addFinding(finding, column: value)
        }
    }
}
