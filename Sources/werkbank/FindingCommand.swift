import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct FindingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finding",
        abstract: "Write, edit, link and list findings: statements about one element in one case.",
        discussion: """
            A finding belongs to a case × element cell (an element is a top-level code; fragments of sub-codes \
            roll up to it) and is grounded in evidence: coded fragments of its case, named by the coding's id \
            (as `werkbank fragments` lists them). Every change is one undo step (`werkbank undo`). A fragment \
            removed later stays listed, marked "evidence removed".
            """,
        subcommands: [FindingAddCommand.self, FindingEditCommand.self, FindingRemoveCommand.self, FindingLinkCommand.self,
                      FindingUnlinkCommand.self, FindingListCommand.self])
}

struct FindingAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Write a finding in a case × element cell.")

    @Argument(help: ArgumentHelp("The case, by either name, folder or number.", valueName: "case"))
    var `case`: String

    @Argument(help: ArgumentHelp("The element, a top-level code's short name (e.g. LOS).", valueName: "element"))
    var element: String

    @Option(name: .long, help: ArgumentHelp("The finding's text (may span lines); `-` reads it from standard input.", valueName: "text"))
    var text: String

    @Option(name: .long, help: ArgumentHelp("The respondent role the finding speaks for, e.g. Studenten.", valueName: "role"))
    var role: String?

    @Option(name: .long, help: ArgumentHelp("A coding's id (or its first characters) as evidence; may be repeated.", valueName: "id"))
    var evidence: [String] = []

    @OptionGroup var author: AuthorOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = author.name
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let cell = try resolveCell(case: `case`, element: element, in: study)
        let role = try role.map { name in try resolveName { () throws(NameError) in try NameResolver(study: study).role(name).name } }
        let codings = try evidence.map { try resolveCoding($0, in: project).id }
        let text = textArgument(text)
        let finding = try withProject { () throws(ProjectError) in
            try project.addFinding(caseID: cell.caseID, element: cell.element, text: text, author: author.name, role: role, evidence: codings)
        }
        print(ReportWriter.render(SynthesisReport.table(for: [finding], title: "Finding written", shorten: false), as: output.format),
              terminator: "")
    }
}

struct FindingEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a finding's text or role.")

    @Argument(help: ArgumentHelp("The finding's id, or enough of its first characters to be unique.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The new text; `-` reads it from standard input.", valueName: "text"))
    var text: String?

    @Option(name: .long, help: ArgumentHelp("The role the finding speaks for.", valueName: "role"))
    var role: String?

    @Flag(name: .long, help: "The finding speaks for no particular role.")
    var noRole = false

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard text != nil || role != nil || noRole else { throw ValidationError("give --text, --role or --no-role") }
        guard !(role != nil && noRole) else { throw ValidationError("--role and --no-role exclude each other") }
    }

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let finding = try resolveFinding(id, in: project)
        let newRole: String?? = noRole ? .some(nil)
            : try role.map { name in try resolveName { () throws(NameError) in try NameResolver(study: study).role(name).name } }
        let text = text.map(textArgument)
        let edited = try withProject { () throws(ProjectError) in try project.updateFinding(finding.id, text: text, role: newRole) }
        print(ReportWriter.render(SynthesisReport.table(for: [edited], title: "Finding changed", shorten: false), as: output.format),
              terminator: "")
    }
}

struct FindingRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a finding with its evidence links.",
                                                    discussion: "`werkbank undo` puts it back.")

    @Argument(help: ArgumentHelp("The finding's id, or enough of its first characters to be unique.", valueName: "id"))
    var id: String

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let finding = try resolveFinding(id, in: project)
        try withProject { () throws(ProjectError) in try project.removeFinding(finding.id) }
        print(ReportWriter.render(SynthesisReport.table(for: [finding], title: "Finding removed", shorten: false), as: output.format),
              terminator: "")
    }
}

struct FindingLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: "Link fragments of the finding's case as its evidence.")

    @Argument(help: ArgumentHelp("The finding's id, or enough of its first characters to be unique.", valueName: "finding"))
    var id: String

    @Argument(help: ArgumentHelp("Codings' ids (or their first characters).", valueName: "coding"))
    var codings: [String]

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard !codings.isEmpty else { throw ValidationError("name at least one coding to link") }
    }

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let finding = try resolveFinding(id, in: project)
        let ids = try codings.map { try resolveCoding($0, in: project).id }
        let linked = try withProject { () throws(ProjectError) in try project.linkEvidence(ids, to: finding.id) }
        print(ReportWriter.render(SynthesisReport.table(for: [linked], title: "Evidence linked", shorten: false), as: output.format),
              terminator: "")
    }
}

struct FindingUnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlink", abstract: "Unlink evidence from a finding, also evidence whose fragment was removed.")

    @Argument(help: ArgumentHelp("The finding's id, or enough of its first characters to be unique.", valueName: "finding"))
    var id: String

    @Argument(help: ArgumentHelp("Ids (or first characters) of codings linked to the finding.", valueName: "coding"))
    var codings: [String]

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard !codings.isEmpty else { throw ValidationError("name at least one coding to unlink") }
    }

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        let finding = try resolveFinding(id, in: project)
        // Among the finding's own links, so that a removed fragment can be named too.
        let ids = try codings.map { text in
            let cleaned = text.lowercased().filter(\.isHexDigit)
            let matches = finding.evidence.map(\.codingID).filter { $0.uuidString.lowercased().filter(\.isHexDigit).hasPrefix(cleaned) }
            guard cleaned.count >= 4, matches.count == 1 else {
                throw ValidationError(matches.count > 1 ? "\(text) matches several of the finding's links; give more characters"
                    : "no evidence \(text) on finding \(finding.id.uuidString.lowercased().prefix(8)) (give at least 4 characters of a linked coding's id)")
            }
            return matches[0]
        }
        let unlinked = try withProject { () throws(ProjectError) in try project.unlinkEvidence(ids, from: finding.id) }
        print(ReportWriter.render(SynthesisReport.table(for: [unlinked], title: "Evidence unlinked", shorten: false), as: output.format),
              terminator: "")
    }
}

struct FindingListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List findings with their evidence.",
        discussion: "In the table format ids and texts are shortened; csv and json give them whole. Evidence whose fragment was removed is marked.")

    @OptionGroup var caseOption: CaseOption

    @Option(name: .long, help: ArgumentHelp("Only this element (a top-level code).", valueName: "element"))
    var element: String?

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let caseID = try caseOption.resolved(in: study)?.id
        let element = try element.map { try resolveElement($0, in: study) }
        let findings = try withProject { () throws(ProjectError) in try project.findings(caseID: caseID, element: element) }
        print(ReportWriter.render(SynthesisReport.table(for: findings, title: "Findings (\(findings.count))", shorten: output.format == .table),
                                  as: output.format), terminator: "")
    }
}
