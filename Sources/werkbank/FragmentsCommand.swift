import ArgumentParser
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension SourceKind: ExpressibleByArgument {}

struct FragmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fragments",
        abstract: "Retrieve coded fragments by code, case, role, source kind and coder.",
        discussion: "Each option may be repeated; a code includes its sub-codes. In the table format quotes are shortened; csv and json give them whole.")

    @Option(name: .long, help: ArgumentHelp("A code's short name, e.g. LOS.", valueName: "code"))
    var code: [String] = []

    @Option(name: .long, help: ArgumentHelp("A case, by either name, folder or number.", valueName: "name"))
    var `case`: [String] = []

    @Option(name: .long, help: ArgumentHelp("A respondent role, e.g. Studenten.", valueName: "role"))
    var role: [String] = []

    @Option(name: .long, help: ArgumentHelp("A coder.", valueName: "name"))
    var coder: [String] = []

    @Option(name: .long, help: ArgumentHelp("A source kind: interview, focusgroup, observation, document, questionnaire.", valueName: "kind"))
    var kind: [SourceKind] = []

    @Option(name: .long, help: ArgumentHelp("A source id.", valueName: "id"))
    var source: [String] = []

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        for short in code where study.codebook.code(short) == nil {
            throw ValidationError("no code '\(short)'; the codes are \(study.codebook.codes.map(\.short).joined(separator: ", "))")
        }
        for name in role where !study.roles.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            throw ValidationError("no role '\(name)'; the roles are \(study.roles.map(\.name).joined(separator: ", "))")
        }
        let filter = FragmentFilter(
            codes: code.compactMap { study.codebook.code($0)?.short },
            caseIDs: try `case`.map { try resolveCase($0, in: study).id },
            roles: role.compactMap { name in study.roles.first { $0.name.lowercased() == name.lowercased() }?.name },
            kinds: kind, coders: coder, sourceIDs: source)
        let fragments = try withProject { () throws(ProjectError) in try project.fragments(filter) }
        let table = CodingReport.table(for: fragments, shortenQuotes: output.format == .table)
        print(ReportWriter.render(table, as: output.format), terminator: "")
    }
}
