import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

/// The options `werkbank report html` and `werkbank report md` share, and the reading of the
/// project into a ``ReportDocument``.
struct ReportDocumentOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write; - for standard output.", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp(
        "The two coders to compare, comma-separated (default: the first two by name who coded the same sources).",
        valueName: "A,B"))
    var coders: String?

    @Option(name: .long, help: ArgumentHelp("Most quotes per element per case.", valueName: "n"))
    var perCell: Int = 3

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var names: PseudonymiseOption

    func validate() throws {
        guard perCell >= 0 else { throw ValidationError("--per-cell must be 0 or more") }
        guard !output.isEmpty else { throw ValidationError("-o needs a file name, or - for standard output") }
        _ = try coderPair
    }

    /// The two names of `--coders`, if given.
    var coderPair: (String, String)? {
        get throws {
            guard let coders else { return nil }
            let names = coders.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
                throw ValidationError("--coders takes two coder names separated by a comma, e.g. --coders Anouk,Bram")
            }
            guard names[0] != names[1] else { throw ValidationError("--coders needs two different coders") }
            return (names[0], names[1])
        }
    }

    /// Reads everything the document shows from the project.
    func document() throws -> ReportDocument {
        let project = try projectOptions.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let matrix = try withProject { () throws(ProjectError) in try project.matrix(by: .case, measure: .fragments) }
        let (agreement, note) = try agreementReport(project)
        let cells = try withProject { () throws(ProjectError) in
            var cells: [ElementCell] = []
            for studyCase in study.cases { cells += try project.elementCells(ofCase: studyCase.id, quoteLimit: perCell) }
            return cells
        }
        var document = ReportDocument(study: study, matrix: matrix, agreement: agreement, agreementNote: note, cells: cells,
                                      perCell: perCell)
        let findings = try findingsDocument(project)
        if !findings.notes.isEmpty || findings.cases.contains(where: { $0.elements.contains { !$0.findings.isEmpty || $0.judgement != nil } })
            || !findings.conclusions.isEmpty {
            document.findings = findings
        }
        return document
    }

    /// Agreement by character of `--coders` (in any case), or of the first two coders by name
    /// who coded the same sources; `nil` and the reason when there are no such coders.
    func agreementReport(_ project: Project) throws -> (CoderAgreement?, String) {
        let known = try withProject { () throws(ProjectError) in try project.coderNames() }
        var report: CoderAgreement?
        if let pair = try coderPair {
            let coders = NameResolver(coders: known)
            let first = try resolveName { () throws(NameError) in try coders.coder(pair.0) }
            let second = try resolveName { () throws(NameError) in try coders.coder(pair.1) }
            guard first != second else { throw ValidationError("--coders needs two different coders") }
            let found = try withProject { () throws(ProjectError) in
                try project.agreementReport(coders: (first, second), unit: .character)
            }
            guard !found.isEmpty else { throw ValidationError("\(first) and \(second) have not both coded any source") }
            report = found
        } else {
            search: for (index, first) in known.enumerated() {
                for second in known.dropFirst(index + 1) {
                    let found = try withProject { () throws(ProjectError) in
                        try project.agreementReport(coders: (first, second), unit: .character)
                    }
                    if !found.isEmpty {
                        report = found
                        break search
                    }
                }
            }
        }
        guard let report else {
            return (nil, known.count < 2
                ? "Not computed: the project has fewer than two coders."
                : "Not computed: no two coders coded the same sources.")
        }
        return (report, "Agreement: percent agreement as a proportion of characters; Kappa: Cohen's kappa; "
            + "Alpha: Krippendorff's alpha; per code and pooled over all codes; "
            + "\"\(AgreementReportTable.undefined)\" where a figure is undefined (nothing to compare, no variation).")
    }

    /// Writes the text to the file atomically, or to standard output for `-`.
    func write(_ text: String) throws {
        let shown = names.pseudonymise ? try names.apply(text, project: try projectOptions.open(for: .reading)) : text
        let data = Data(shown.utf8)
        if output == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("werkbank: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(73)  // EX_CANTCREAT
        }
    }
}

/// `werkbank report html -o FILE`: the whole report as one self-contained HTML page.
struct HTMLReportDocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "One self-contained HTML report: respondents, elements × cases, agreement, quotes.",
        discussion: """
            The page has the respondent table as published, the fragments per element and case, inter-coder \
            agreement by character of two coders (when two coders coded the same sources), and up to --per-cell \
            quotes per element per case with speaker and role. It is UTF-8 with inline CSS only: no scripts, \
            fonts, images or links, so it opens offline and pastes into a report.
            """)

    @OptionGroup var options: ReportDocumentOptions

    func run() throws {
        try options.write(try options.document().html())
    }
}

/// `werkbank report md -o FILE`: the same report as Markdown.
struct MarkdownReportDocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "md",
        abstract: "The same report as Markdown: pipe tables and > quotes.",
        discussion: "The sections of `werkbank report html`, with pipe tables and block quotes.")

    @OptionGroup var options: ReportDocumentOptions

    func run() throws {
        try options.write(try options.document().markdown())
    }
}
