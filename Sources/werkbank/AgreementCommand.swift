import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension AgreementUnit: ExpressibleByArgument {}

/// `werkbank agreement`: inter-coder agreement of two coders, per code and pooled.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Inter-coder agreement of two coders, per code and over all codes pooled.",
        discussion: """
            Units: character (every character of the sources, coded or not: a both, b only A, c only B, d neither; \
            percent agreement, Cohen's kappa, Krippendorff's alpha), turn (a speaker turn counts as coded when any \
            part of it carries the code; same figures), segment (a fragment agrees with the other coder's fragment \
            of the same code when shared characters / the longer fragment's length reaches the threshold; pairs are \
            matched one-to-one, largest overlap first; agreement a / (a + b + c)). The pooled row sums the counts of \
            all codes first. Figures that are undefined (nothing to compare, no variation) show as "undefined", \
            null in json. By default the sources both coders coded are compared.
            """)

    @Option(name: .long, help: ArgumentHelp("The two coders, comma-separated: A,B (in any case).", valueName: "A,B"))
    var coders: String

    @Option(name: .long, help: ArgumentHelp("The unit: character, turn or segment.", valueName: "unit"))
    var unit: AgreementUnit = .character

    @Option(name: .long, help: ArgumentHelp("Least overlap for segments to agree, 0 to 1.", valueName: "fraction"))
    var threshold: Double = AgreementInput.defaultSegmentThreshold

    @OptionGroup var caseOption: CaseOption

    @Option(name: .long, help: ArgumentHelp("A source, by id or title; may be repeated (default: every source both coders coded).", valueName: "id"))
    var source: [String] = []

    @OptionGroup var whereOption: WhereOption

    @Option(name: .long, help: ArgumentHelp(
        "A category attribute of sources or cases: the pooled agreement for each of its values, side by side.", valueName: "attribute"))
    var by: String?

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    /// The two coder names of `--coders`.
    var coderPair: (String, String) {
        get throws {
            let names = coders.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
                throw ValidationError("--coders takes two coder names separated by a comma, e.g. --coders Anouk,Bram")
            }
            guard names[0] != names[1] else { throw ValidationError("--coders needs two different coders") }
            return (names[0], names[1])
        }
    }

    func validate() throws {
        _ = try coderPair
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
    }

    func run() throws {
        let pair = try coderPair
        let project = try projectOptions.open(for: .reading)
        let names = try projectNames(project, coders: true, sources: !source.isEmpty)
        let coderA = try resolveName { () throws(NameError) in try names.coder(pair.0) }
        let coderB = try resolveName { () throws(NameError) in try names.coder(pair.1) }
        guard coderA != coderB else { throw ValidationError("--coders needs two different coders") }
        var caseID: String?
        if caseOption.case != nil {
            let study = try withProject { () throws(ProjectError) in try project.study() }
            caseID = try caseOption.resolved(in: study)?.id
        }
        var sourceIDs: [String]?
        if !source.isEmpty {
            sourceIDs = try source.map { name in try resolveName { () throws(NameError) in try names.source(name).id } }
        }
        var meeting = try sources(meeting: try whereOption.conditions(), in: project)
        if sourceIDs == nil && (meeting != nil || by != nil) {
            // As without --where: the sources both coders coded.
            let bothCoded = try withProject { () throws(ProjectError) in try project.agreementInput(coders: (coderA, coderB)) }.sources.map(\.id)
            meeting = Set(bothCoded).intersection(meeting ?? Set(bothCoded))
        }
        if let by {
            let chosen = sourceIDs.map { Set($0).intersection(meeting ?? Set($0)) } ?? meeting
            let table = try tableByAttribute(by, coders: (coderA, coderB), chosen: chosen, caseID: caseID, in: project)
            print(output.format == .json ? AgreementReportTable.json(table) : ReportWriter.render(table, as: output.format), terminator: "")
            return
        }
        if let meeting {
            let all = try withProject { () throws(ProjectError) in try project.sources() }.map(\.id)
            sourceIDs = (sourceIDs ?? all).filter { meeting.contains($0) }
            guard !(sourceIDs ?? []).isEmpty else { throw ValidationError("no source meets \(whereOption.where_.joined(separator: " and "))") }
        }
        let report = try withProject { () throws(ProjectError) in
            try project.agreementReport(coders: (coderA, coderB), unit: unit, threshold: threshold, sourceIDs: sourceIDs, caseID: caseID)
        }
        guard !report.isEmpty else {
            throw ValidationError("\(coderA) and \(coderB) have not both coded any source\(caseOption.case.map { " of case '\($0)'" } ?? "")")
        }
        if output.format == .json {
            print(AgreementReportTable.json(report.table), terminator: "")
        } else {
            var shown = report.table
            if output.format == .csv { shown.footnotes = [] }
            print(ReportWriter.render(shown, as: output.format), terminator: "")
        }
    }
}

/// Agreement tables as JSON: statistics as numbers, undefined ones as null.
enum AgreementReportTable {
    static let undefined = AgreementInput.undefinedText

    /// The table in the shape of ``ReportWriter``'s JSON, with statistics as numbers and
    /// undefined ones as null.
    static func json(_ table: ReportTable) -> String {
        let titles = table.columns.map(\.title)
        let rows: [[String: Any]] = table.rows.map { row in
            // The first column is the code; every other text cell is a statistic.
            Dictionary(uniqueKeysWithValues: zip(titles, row.enumerated().map { index, cell -> Any in
                switch cell {
                case .number(let value), .annotated(let value, _): return value
                case .notApplicable: return NSNull()
                case .text(undefined) where index > 0: return NSNull()
                case .text(let text) where index > 0 && Double(text) != nil: return NSDecimalNumber(string: text)
                case .text(let text): return text
                }
            }))
        }
        let object: [String: Any] = ["title": table.title, "columns": titles, "rows": rows, "footnotes": table.footnotes]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
