import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct ImportSurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-survey",
        abstract: "Import a questionnaire (a survey tool's CSV export, one row per respondent) into a case.",
        discussion: """
            Each respondent becomes a participant with a source of kind questionnaire: every answered open \
            question is a heading line followed by the answer as the respondent's turn, to code like a \
            transcript. Closed questions become participant attributes (number, date, category or text). \
            Columns are told apart by their answers (numbers, dates, few distinct short answers: closed; \
            longer text: open); --open and --closed decide for a column (by header or number). \
            Separators ; , and tab, UTF-8 (with or without BOM) and cp1252 are recognised; decimal commas \
            are read as numbers. Ids that are numbers get the role's prefix (12 → S12); the role is --role for \
            all, --role-column per respondent, or the id's own prefix (S12). \
            Without --yes only the mapping and what would be written are shown; with --yes it is written as \
            one step that `werkbank undo` takes back.
            """)

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The case, by either name, folder or number.", valueName: "name"))
    var `case`: String

    @Option(name: .customLong("id-column"), help: ArgumentHelp("The column of respondent ids (header or number).", valueName: "column"))
    var idColumn: String

    @Option(name: .long, help: ArgumentHelp("The role of every respondent.", valueName: "name"))
    var role: String?

    @Option(name: .customLong("role-column"), help: ArgumentHelp("The column of each respondent's role (a role's name or gloss).", valueName: "column"))
    var roleColumn: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A column that is an open question (repeatable).", valueName: "column"))
    var open: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A column that is a closed question (repeatable).", valueName: "column"))
    var closed: [String] = []

    @Option(name: .long, help: ArgumentHelp("The date of the questionnaire.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Flag(name: .long, help: "Write the import (without it, only the preview is shown).")
    var yes = false

    @Flag(name: .customLong("dry-run"), help: "Show the preview and write nothing (the default).")
    var dryRun = false

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption

    func validate() throws {
        if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
            throw ValidationError("--date must look like 2024-03-14, not '\(date)'")
        }
        if yes && dryRun { throw ValidationError("--yes writes and --dry-run does not: give one") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let name = url.lastPathComponent
        let table: SurveyTable, data: Data
        do {
            (table, data) = try SurveyTable.read(url, as: name)
        } catch {
            printError("werkbank: \(error)")
            throw error.message == "no such file" ? ExitCodes.noInput : ExitCodes.dataError
        }
        let project = try projectOptions.open(for: yes ? .writing : .reading)
        if project.mode == .writing { project.actingCoder = coder.name }
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let studyCase = try resolveCase(`case`, in: study)
        let existing = try withProject { () throws(ProjectError) in try project.attributeDefinitions() }
        let plan: SurveyPlan
        do {
            plan = try SurveyPlan(table: table, name: name, caseID: studyCase.id,
                                  options: .init(idColumn: idColumn, open: open, closed: closed, role: role, roleColumn: roleColumn, date: date),
                                  roles: study.roles, existing: existing)
        } catch {
            printError("werkbank: \(error)")
            throw ExitCodes.dataError
        }
        let present = Set(try withProject { () throws(ProjectError) in try project.sources() }.map(\.id))
        if let taken = plan.sources.first(where: { present.contains($0.id) }) {
            printError("werkbank: \(name): imported before? source `\(taken.id)` is already in the project; rename the file to import it again")
            throw ExitCodes.dataError
        }
        print(preview(plan, table: table, name: name, caseName: studyCase.name), terminator: "")
        // Ids are case-wide: a respondent whose id a participant of the case has already is
        // taken to be that person (their attributes go on them).
        let known = Set(try withProject { () throws(ProjectError) in try project.sources(ofCase: studyCase.id) }.flatMap(\.participants))
        let shared = plan.respondents.map(\.speaker).filter(known.contains)
        if !shared.isEmpty {
            print("Note: \(shared.prefix(8).joined(separator: ", "))\(shared.count > 8 ? " …" : "") already take\(shared.count == 1 ? "s" : "") part in "
                  + "\(studyCase.name) and will be taken as the same person\(shared.count == 1 ? "" : "s"); if not, give the respondents other ids.")
        }
        guard yes else {
            print("Nothing written: add --yes to import (one step; `werkbank undo` takes it back).")
            return
        }
        // A checksum per respondent (they are unique in the project): the file's, then the id.
        let fileChecksum = Project.checksum(of: data)
        let sources = plan.sources.map { source in
            (source: source, checksum: Project.checksum(of: Data("\(fileChecksum)\n\(source.participants.first?.id ?? source.id)".utf8)))
        }
        try withProject { () throws(ProjectError) in
            try project.addSurvey(label: "import survey \(name)", sources: sources, attributes: plan.attributes, values: plan.values)
        }
        print("Imported \(name) into \(studyCase.name): \(plural(plan.sources.count, "source")), "
              + "\(plural(plan.attributes.count, "attribute")), \(plural(plan.values.count, "value")).")
    }

    /// The mapping of every column and what would be written.
    func preview(_ plan: SurveyPlan, table: SurveyTable, name: String, caseName: String) -> String {
        let separator = table.delimiter == "\t" ? "tab" : "`\(table.delimiter)`"
        var out = "\(name): \(plural(table.rows.count, "respondent")), \(plural(table.header.count, "column")), separator \(separator), \(table.encoding)\n"
        let headers = table.header.map { CodingReport.shorten($0, to: 40) }
        let width = min(40, headers.map(\.count).max() ?? 0)
        let numberWidth = String(table.header.count).count
        for (column, header) in zip(plan.columns, headers) {
            let number = String(column.index + 1)
            var use = column.useDescription
            if column.use == .id {
                let roles = Set(plan.respondents.map(\.role)).sorted().joined(separator: ", ")
                let first = plan.respondents.first?.speaker ?? "", last = plan.respondents.last?.speaker ?? ""
                use += plan.respondents.count == 1 ? " → participant \(first) (\(roles))" : " → participants \(first)…\(last) (\(roles))"
            } else if case .closed = column.use, plan.existingAttributes.contains(where: { $0.caseInsensitiveCompare(column.attributeName) == .orderedSame }) {
                use += ", the project's attribute"
            }
            out += "  " + String(repeating: " ", count: numberWidth - number.count) + number + "  "
                + header + String(repeating: " ", count: max(0, width - header.count)) + "  " + use
                + (column.use == .id ? "" : "  (\(column.reason))") + "\n"
        }
        let turns = plan.sources.reduce(0) { $0 + $1.turns.count }
        let ids = plan.sources.map(\.id)
        out += "Would write to case \(caseName):\n"
        out += "  \(plural(ids.count, "source")) of kind questionnaire (\(ids.first ?? "")\(ids.count > 1 ? " … \(ids.last!)" : "")), "
            + "\(plural(turns, "open answer")) as turns\n"
        let attributes = plan.attributes.map { definition in
            "\(definition.name) (\(plan.existingAttributes.contains(definition.name) ? "existing" : "new"), \(definition.kind.rawValue))"
        }
        out += "  \(plural(plan.attributes.count, "participant attribute"))\(attributes.isEmpty ? "" : ": " + attributes.joined(separator: ", ")); "
            + "\(plural(plan.values.count, "value"))\n"
        return out
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
