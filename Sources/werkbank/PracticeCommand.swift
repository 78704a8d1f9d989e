import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

extension AgreementFigure: ExpressibleByArgument {}

/// `werkbank practice`: practice coding for a class (decision 61).
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practice coding for a class: students code into layers of their own and are compared with a consensus coder.",
        discussion: """
            A teacher makes a project a practice project with `practice enable --consensus NAME`. A student then opens \
            `werkbank --practice --coder NAME` (in a practice project every coder but the consensus coder and those with \
            codings of their own outside practice opens in practice mode): their codings are a layer that other students \
            and the normal views (fragments, matrix, agreement tables of the workbench, exports, reports) do not show, \
            unless asked (--include-practice, or naming the coder). `practice feedback` compares a student with the \
            consensus; `practice class` lists every student's agreement per element.
            """,
        subcommands: [PracticeEnableCommand.self, PracticeDisableCommand.self, PracticeJoinCommand.self, PracticeFeedbackCommand.self, PracticeClassCommand.self])
}

struct PracticeEnableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable",
        abstract: "Make the project a practice project, with the consensus coder students are compared with (undoable).")

    @Option(name: .long, help: ArgumentHelp("The consensus coder, whose codings are the answer.", valueName: "name"))
    var consensus: String

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = coder.name
        try withProject { () throws(ProjectError) in try project.enablePractice(consensus: consensus) }
        print("practice project: students are compared with \(consensus)")
    }
}

struct PracticeDisableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable",
        abstract: "End practice: no workbench opens in practice mode; students' codings stay in their layers (undoable).")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        project.actingCoder = coder.name
        try withProject { () throws(ProjectError) in try project.disablePractice() }
        print("practice ended")
    }
}

struct PracticeJoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Mark a coder as a student practising (what `werkbank --practice` does on first start), so that `werkbank code --coder NAME` codes into their layer.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOption

    func run() throws {
        let project = try projectOptions.open(for: .writing)
        try withProject { () throws(ProjectError) in try project.joinPractice(student: coder.name) }
        print("\(coder.name) practises in this project")
    }
}

struct PracticeClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: "Every student's agreement with the consensus coder per element (rows students, columns elements).",
        discussion: """
            Cells hold the figure asked for (kappa, alpha or percent agreement, by character or turn) over the sources \
            each student and the consensus coder both coded; All pools every element. A student with no such source \
            shows "-" (null in json); an undefined figure shows "undefined" (null in json).
            """)

    @Option(name: .long, help: ArgumentHelp("The figure in the cells: kappa, alpha or percent.", valueName: "figure"))
    var figure: AgreementFigure = .kappa

    @Option(name: .long, help: ArgumentHelp("The unit: character or turn.", valueName: "unit"))
    var unit: AgreementUnit = .character

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard unit != .segment else { throw ValidationError("--unit takes character or turn (segments have no kappa)") }
    }

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let agreement = try withProject { () throws(ProjectError) in try project.classAgreement(unit: unit) }
        var table = agreement.table(figure)
        if output.format == .json {
            print(AgreementReportTable.json(table), terminator: "")
            return
        }
        if output.format == .csv { table.footnotes = [] }
        print(ReportWriter.render(table, as: output.format), terminator: "")
    }
}
