import Foundation
import WerkbankCore

/// What the study reports, as a document: per case and element the findings as bullets with
/// their judgement and evidence quotes as numbered notes (speaker, role, source); the
/// elements × cases table of judgements; the conclusions with their citations. Pure: built
/// from values the caller reads (``init(study:synthesis:grid:fragments:caseID:)``), written as
/// Markdown, HTML, JSON or CSV.
public struct FindingsDocument: Hashable, Sendable, Codable {
    /// One piece of evidence, numbered in the order it is first cited.
    public struct Note: Hashable, Sendable, Codable {
        public var number: Int
        public var coding: UUID
        public var quote: String
        public var speaker: String?
        public var role: String?
        /// The source's title (its id when the source is gone).
        public var source: String
        /// The fragment is no longer in the project: the quote is as it was when linked.
        public var removed: Bool
        /// The page the fragment starts on, in a source with pages (an imported PDF).
        public var page: Int? = nil

        /// `S1, Studenten · Focusgroep studenten` (`Beleidsplan, p. 4` in a PDF), and a mark
        /// when the fragment was removed.
        public var attribution: String {
            let who = [speaker, role].compactMap { $0 }.filter { !$0.isEmpty }
            let place = source + (page.map { ", " + Source.pageLabel($0) } ?? "")
            return (who.isEmpty ? "" : who.joined(separator: ", ") + " · ") + place + (removed ? " (evidence removed)" : "")
        }
    }

    public struct Bullet: Hashable, Sendable, Codable {
        public var id: UUID
        public var text: String
        public var role: String?
        public var author: String
        /// Numbers of its notes.
        public var notes: [Int]
    }

    public struct ElementSection: Hashable, Sendable, Codable {
        public var element: String
        public var name: String
        public var judgement: String?
        public var why: String?
        public var fragmentCount: Int
        public var findings: [Bullet]

        /// `Lerend en Onderzoekend Samenwerken (LOS)`.
        public var heading: String { name.isEmpty || name == element ? element : "\(name) (\(element))" }
    }

    public struct CaseSection: Hashable, Sendable, Codable {
        public var caseID: String
        public var name: String
        public var label: String
        public var elements: [ElementSection]

        public var heading: String { label.isEmpty || label == name ? name : "\(name) (\(label))" }
    }

    public struct GridRow: Hashable, Sendable, Codable {
        public var element: String
        /// Per case in column order: the judgement, or `nil`.
        public var judgements: [String?]
        public var findingCounts: [Int]
    }

    public struct ConclusionItem: Hashable, Sendable, Codable {
        public var id: UUID
        public var text: String
        /// `Revalidatie 1 × LOS`, in the order cited.
        public var cells: [String]
        public var notes: [Int]
    }

    public var title: String
    public var studyTitle: String
    public var cases: [CaseSection]
    /// Column headings of the grid: the cases' names.
    public var gridCases: [String]
    public var grid: [GridRow]
    public var conclusions: [ConclusionItem]
    public var notes: [Note]

    public static let defaultTitle = "Bevindingen"

    /// Builds the document over every case, or only `caseID` (the grid and conclusions still
    /// span all cases). `fragments` gives speaker, role and source of evidence still present;
    /// `sourceTitles` (by source id) names the source of removed evidence.
    public init(title: String = FindingsDocument.defaultTitle, study: Study, synthesis: Synthesis, grid: SynthesisGrid,
                fragments: [UUID: Fragment], sourceTitles: [String: String] = [:], caseID: String? = nil) {
        self.title = title
        studyTitle = study.title
        let codes = Dictionary(study.codebook.codes.map { ($0.short, $0) }, uniquingKeysWith: { first, _ in first })
        var notes: [Note] = []
        var numbers: [UUID: Int] = [:]
        func number(_ link: Evidence) -> Int {
            if let known = numbers[link.codingID] { return known }
            let fragment = fragments[link.codingID]
            let note = Note(number: notes.count + 1, coding: link.codingID, quote: fragment?.quote ?? link.quote,
                            speaker: fragment?.speaker, role: fragment?.role,
                            source: fragment?.sourceTitle ?? sourceTitles[link.sourceID] ?? link.sourceID,
                            removed: link.isRemoved || fragment == nil, page: fragment?.page)
            notes.append(note)
            numbers[link.codingID] = note.number
            return note.number
        }
        let byCell = Dictionary(grouping: synthesis.findings, by: \.cell)
        cases = study.cases.filter { caseID == nil || $0.id == caseID }.map { studyCase in
            CaseSection(caseID: studyCase.id, name: studyCase.name, label: studyCase.tableLabel, elements: grid.elements.map { element in
                let cell = grid.cell(caseID: studyCase.id, element: element)
                return ElementSection(
                    element: element, name: codes[element]?.name ?? element, judgement: cell.judgement?.status.rawValue,
                    why: cell.judgement?.why, fragmentCount: cell.fragmentCount,
                    findings: (byCell[cell.key] ?? []).map { finding in
                        Bullet(id: finding.id, text: finding.text, role: finding.role, author: finding.author,
                               notes: finding.evidence.map(number))
                    })
            })
        }
        let caseNames = Dictionary(study.cases.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        gridCases = grid.cases.map { caseNames[$0] ?? $0 }
        self.grid = grid.elements.map { element in
            GridRow(element: element, judgements: grid.cases.map { grid.cell(caseID: $0, element: element).judgement?.status.rawValue },
                    findingCounts: grid.cases.map { grid.cell(caseID: $0, element: element).findingCount })
        }
        conclusions = synthesis.conclusions.map { conclusion in
            ConclusionItem(id: conclusion.id, text: conclusion.text,
                           cells: conclusion.cells.map { "\(caseNames[$0.caseID] ?? $0.caseID) × \($0.element)" },
                           notes: conclusion.evidence.map(number))
        }
        self.notes = notes
    }

    /// The elements × cases table of judgements (`-` where none), with each cell's number of
    /// findings in brackets.
    public var gridTable: ReportTable {
        ReportTable(title: "Herkenning: elementen × cases",
                    columns: [.init("Element")] + gridCases.map { .init($0) },
                    rows: grid.map { row in
                        [.text(row.element)] + zip(row.judgements, row.findingCounts).map { judgement, count in
                            .text((judgement ?? "-") + (count > 0 ? " (\(count))" : ""))
                        }
                    })
    }

    /// One row per finding: case, element, judgement, the finding and its evidence.
    public var findingsTable: ReportTable {
        let byNumber = Dictionary(notes.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [[ReportTable.Cell]] = []
        for section in cases {
            for element in section.elements {
                for bullet in element.findings {
                    let evidence = bullet.notes.compactMap { byNumber[$0] }
                    rows.append([.text(section.name), .text(element.element), .text(element.judgement ?? ""), .text(bullet.id.uuidString.lowercased()),
                                 .text(bullet.text), .text(bullet.role ?? ""), .text(bullet.author), .number(evidence.count),
                                 .number(evidence.filter(\.removed).count),
                                 .text(evidence.map { "\"\($0.quote)\" (\($0.attribution))" }.joined(separator: "\n"))])
                }
            }
        }
        return ReportTable(title: title,
                           columns: [.init("Case"), .init("Element"), .init("Judgement"), .init("Finding id"), .init("Finding"), .init("Role"),
                                     .init("Author"), .init("Evidence", alignment: .right), .init("Removed", alignment: .right),
                                     .init("Quotes")],
                           rows: rows)
    }

    /// The document as JSON: every section, evidence notes numbered.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }
}
