import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// The formats of `werkbank report findings`.
enum FindingsFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json, csv
}

/// Reads what a findings document shows from the project.
func findingsDocument(_ project: Project, caseID: String? = nil) throws -> FindingsDocument {
    try withProject { () throws(ProjectError) in
        let study = try project.study()
        let titles = Dictionary(try project.sources().map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let synthesis = try project.synthesis()
        let grid = try project.synthesisGrid()
        let fragments = try project.evidenceFragments(for: synthesis.findings.flatMap(\.evidence) + synthesis.conclusions.flatMap(\.evidence))
        return FindingsDocument(study: study, synthesis: synthesis, grid: grid, fragments: fragments, sourceTitles: titles,
                                caseID: caseID)
    }
}

/// `werkbank report findings`: what the study reports, per case and element.
struct FindingsReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "The findings per case and element, the elements × cases judgements, and the conclusions.",
        discussion: """
            Per case (or only --case), per element of the model: its recognition judgement and its findings as \
            bullets, each with its evidence as numbered notes (the quote, speaker, role and source; a fragment \
            removed since it was linked is marked "evidence removed"). Then the elements × cases table of \
            judgements (the number of findings in brackets) and the conclusions with the cells and fragments they \
            cite. md and html are documents (html is self-contained, the grid shaded by judgement); json holds \
            every section; csv has one row per finding.
            """)

    @OptionGroup var caseOption: CaseOption

    @Option(name: .long, help: "md, html, json or csv.")
    var format: FindingsFormat = .md

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var names: PseudonymiseOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let caseID = try caseOption.resolved(in: study)?.id
        let document = try findingsDocument(project, caseID: caseID)
        let text = switch format {
        case .md: document.markdown()
        case .html: document.html()
        case .json: document.json()
        case .csv: document.csv()
        }
        try writeOutput(try names.apply(text, project: project), to: output)
    }
}

/// `werkbank report framework`: one row per case × element cell, for R and spreadsheets.
struct FrameworkReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "The framework matrix: one row per case × element cell.",
        discussion: """
            Columns: case, case label, element, element name, judgement, why, findings, fragments (sub-codes \
            rolled up, any coder), evidence removed, and the findings' texts separated by a blank line. Use \
            --format csv for R and spreadsheets.
            """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var names: PseudonymiseOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let table = try withProject { () throws(ProjectError) in
            let study = try project.study()
            let grid = try project.synthesisGrid()
            let findings = Dictionary(grouping: try project.findings(), by: \.cell)
            let codes = Dictionary(study.codebook.codes.map { ($0.short, $0.name) }, uniquingKeysWith: { first, _ in first })
            var rows: [[ReportTable.Cell]] = []
            for studyCase in study.cases {
                for element in grid.elements {
                    let cell = grid.cell(caseID: studyCase.id, element: element)
                    rows.append([.text(studyCase.name), .text(studyCase.tableLabel), .text(element), .text(codes[element] ?? element),
                                 .text(cell.judgement?.status.rawValue ?? ""), .text(cell.judgement?.why ?? ""),
                                 .number(cell.findingCount), .number(cell.fragmentCount), .number(cell.removedEvidenceCount),
                                 .text((findings[cell.key] ?? []).map(\.text).joined(separator: "\n\n"))])
                }
            }
            return ReportTable(title: "Framework: cases × elements",
                               columns: [.init("Case"), .init("Label"), .init("Element"), .init("Element name"), .init("Judgement"),
                                         .init("Why"), .init("Findings", alignment: .right), .init("Fragments", alignment: .right),
                                         .init("Evidence removed", alignment: .right), .init("Finding texts")],
                               rows: rows)
        }
        print(try names.apply(ReportWriter.render(table, as: output.format), project: project), terminator: "")
    }
}

/// Writes text to a file atomically, or to standard output when there is no file or `-`.
func writeOutput(_ text: String, to path: String?) throws {
    let data = Data(text.utf8)
    guard let path, path != "-" else {
        FileHandle.standardOutput.write(data)
        return
    }
    do {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        printError("werkbank: cannot write \(path): \(error.localizedDescription)")
        throw ExitCodes.cannotCreate
    }
}
