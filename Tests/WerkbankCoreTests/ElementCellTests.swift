import Testing
@testable import WerkbankCore

/// The element × case cell: which fragments count, which are quoted, in which order (decision 34).
@Suite struct ElementCellTests {
    static let red = RGBColour(red: 200, green: 0, blue: 0)
    static let codebook = Codebook(groups: [CodeGroup(id: CodeGroup.elementsID, name: "Elementen", gloss: "", codes: [
        Code(short: "LOS", name: "Lerend", gloss: "", colour: red, groupID: CodeGroup.elementsID),
        Code(short: "LOS-SCH", name: "Scholing", gloss: "", colour: red, parent: "LOS", groupID: CodeGroup.elementsID),
        Code(short: "LOS-SCH-KL", name: "Klinische les", gloss: "", colour: red, parent: "LOS-SCH", groupID: CodeGroup.elementsID),
        Code(short: "GOC", name: "Cultuur", gloss: "", colour: red, groupID: CodeGroup.elementsID),
    ])])
    static var los: Code { codebook.elements[0] }

    static func fragment(_ source: String, _ start: Int, _ end: Int, code: String = "LOS", coder: String = "Anouk",
                         caseID: String = "zorg-1", speaker: String? = "P1", role: String? = "Professionals") -> Fragment {
        Fragment(coding: Coding(sourceID: source, range: ScalarRange(start: start, end: end), code: code, coder: coder),
                 caseID: caseID, caseName: caseID, sourceTitle: source, sourceKind: .interview, speaker: speaker, role: role,
                 quote: "\(source) \(start)-\(end)")
    }

    @Test func subCodesAtAnyDepthCountForTheirElement() {
        let fragments = [Self.fragment("a", 0, 10), Self.fragment("a", 20, 30, code: "LOS-SCH"),
                         Self.fragment("a", 40, 50, code: "LOS-SCH-KL"), Self.fragment("a", 60, 70, code: "GOC"),
                         Self.fragment("b", 0, 10, caseID: "zorg-2")]
        let cell = ElementCell(element: Self.los, caseID: "zorg-1", fragments: fragments, codebook: Self.codebook, quoteLimit: 5)
        #expect(cell.fragmentCount == 3)
        #expect(cell.quotes.map(\.coding.code) == ["LOS", "LOS-SCH", "LOS-SCH-KL"])
        #expect(Self.codebook.subtree(of: "LOS") == ["LOS", "LOS-SCH", "LOS-SCH-KL"])
        #expect(Self.codebook.subtree(of: "GOC") == ["GOC"])
    }

    @Test func respondentsAreDistinctSpeakersWithARole() {
        let fragments = [Self.fragment("a", 0, 10, speaker: "P1"), Self.fragment("a", 20, 30, speaker: "P1"),
                         Self.fragment("a", 40, 50, speaker: "S1", role: "Studenten"),
                         Self.fragment("a", 60, 70, speaker: "I", role: nil), Self.fragment("a", 80, 90, speaker: nil, role: nil)]
        let cell = ElementCell(element: Self.los, caseID: "zorg-1", fragments: fragments, codebook: Self.codebook, quoteLimit: 3)
        #expect(cell.fragmentCount == 5)
        #expect(cell.respondentCount == 2)
    }

    @Test func theSameWordsAreQuotedOnceTheLongestCodingFirst() {
        // Bram's coding starts where Anouk's does and is longer; Anouk's lies within it.
        let fragments = [Self.fragment("a", 10, 40, coder: "Anouk"), Self.fragment("a", 10, 90, coder: "Bram"),
                         Self.fragment("a", 50, 60, code: "LOS-SCH", coder: "Anouk"), Self.fragment("a", 80, 120),
                         Self.fragment("b", 10, 40, coder: "Bram"), Self.fragment("b", 10, 40, coder: "Anouk")]
        let quotes = ElementCell.quotes(from: fragments, limit: 10)
        #expect(quotes.map(\.quote) == ["a 10-90", "a 80-120", "b 10-40"])
        #expect(quotes.last?.coding.coder == "Bram")
        #expect(ElementCell.quotes(from: fragments, limit: 2).map(\.quote) == ["a 10-90", "a 80-120"])
        #expect(ElementCell.quotes(from: fragments, limit: 0).isEmpty)
        let cell = ElementCell(element: Self.los, caseID: "zorg-1", fragments: fragments, codebook: Self.codebook, quoteLimit: 2)
        #expect(cell.fragmentCount == 6, "every fragment counts, also those not quoted")
    }

    /// The findings and the matrix tell the same: a cell's counts are the matrix's fragments
    /// and participants cells of the element and case.
    @Test func countsAreTheMatrixCells() {
        let fragments = [Self.fragment("a", 0, 10), Self.fragment("a", 5, 30, code: "LOS-SCH-KL", coder: "Bram"),
                         Self.fragment("a", 40, 50, speaker: "S1", role: "Studenten"), Self.fragment("a", 60, 70, code: "GOC"),
                         Self.fragment("a", 80, 90, speaker: "I", role: nil), Self.fragment("b", 0, 10, caseID: "zorg-2")]
        let builder = MatrixBuilder(codebook: Self.codebook,
                                    sources: [MatrixSource(id: "a", caseID: "zorg-1", kind: .interview, length: 100),
                                              MatrixSource(id: "b", caseID: "zorg-2", kind: .interview, length: 100)],
                                    cases: [MatrixColumn(id: "zorg-1", label: "Zorg 1"), MatrixColumn(id: "zorg-2", label: "Zorg 2")],
                                    roles: ["Studenten", "Professionals"])
        let counted = builder.matrix(fragments: fragments, by: .case, measure: .fragments)
        let people = builder.matrix(fragments: fragments, by: .case, measure: .participants)
        for caseID in ["zorg-1", "zorg-2"] {
            let cells = ElementCell.cells(ofCase: caseID, elements: Self.codebook.elements, fragments: fragments,
                                          codebook: Self.codebook, quoteLimit: 3)
            let column = caseID == "zorg-1" ? 0 : 1
            for cell in cells {
                let row = counted.rows.first { $0.code == cell.element.short }
                let peopleRow = people.rows.first { $0.code == cell.element.short }
                #expect(row?.values[column] == .count(cell.fragmentCount), "\(caseID) \(cell.element.short)")
                #expect(peopleRow?.values[column] == .count(cell.respondentCount), "\(caseID) \(cell.element.short)")
            }
        }
    }
}
