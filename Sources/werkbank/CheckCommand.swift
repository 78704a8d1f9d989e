import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List gaps between fragments and findings in a project.",
        discussion: """
            Lists findings without evidence (none linked, or every linked fragment removed) and case × element \
            cells that have fragments but no finding, over the model's elements (or --element). Exits 1 when \
            there are any, 0 when there are none. (`werkbank validate` checks case folders.)
            """)

    @Option(name: .long, help: ArgumentHelp("Check this top-level code instead of the six elements; may be repeated.", valueName: "element"))
    var element: [String] = []

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let study = try withProject { () throws(ProjectError) in try project.study() }
        let elements = element.isEmpty ? nil : try element.map { try resolveElement($0, in: study) }
        let problems = try withProject { () throws(ProjectError) in try project.synthesisProblems(elements: elements) }
        print(ReportWriter.render(SynthesisReport.table(for: problems), as: output.format), terminator: "")
        if !problems.isEmpty { throw ExitCodes.problemsFound }
    }
}
