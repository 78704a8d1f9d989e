import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension RecognitionStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public static var allValueStrings: [String] { allCases.map { $0.rawValue.replacingOccurrences(of: " ", with: "-") } }
}

struct JudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Set a cell's recognition judgement (research question 1), with one line of justification.",
        discussion: """
            STATUS is herkend, deels-herkend, niet-herkend or niet-besproken (or recognised, "partly recognised", \
            "not recognised", "not discussed"). A judgement replaces the cell's earlier one; --clear removes it. \
            Each is one undo step.
            """)

    @Argument(help: ArgumentHelp("The case, by either name, folder or number.", valueName: "case"))
    var `case`: String

    @Argument(help: ArgumentHelp("The element, a top-level code's short name (e.g. LOS).", valueName: "element"))
    var element: String

    @Argument(help: ArgumentHelp("herkend, deels-herkend, niet-herkend or niet-besproken.", valueName: "status"))
    var status: RecognitionStatus?

    @Option(name: .long, help: ArgumentHelp("One line: why this judgement.", valueName: "text"))
    var why: String?

    @Flag(name: .long, help: "Remove the cell's judgement.")
    var clear = false

    @OptionGroup var author: AuthorOption
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if clear {
            guard status == nil, why == nil else { throw ValidationError("--clear takes no status and no --why") }
        } else {
            guard status != nil else { throw ValidationError("give a status (\(RecognitionStatus.spellings)) or --clear") }
            guard let why, !why.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("give one line of justification with --why \"…\"")
            }
        }
    }

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = author.name
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let cell = try resolveCell(case: `case`, element: element, in: study)
        guard let status, let why else {
            try withProject { () throws(ProjectError) in try project.clearJudgement(cell) }
            print("judgement cleared: \(cell.caseID) × \(cell.element)")
            return
        }
        let judgement = try withProject { () throws(ProjectError) in
            try project.setJudgement(cell, status: status, why: why, author: author.name)
        }
        print(ReportWriter.render(SynthesisReport.table(for: [judgement], title: "Judged"), as: output.format), terminator: "")
    }
}
