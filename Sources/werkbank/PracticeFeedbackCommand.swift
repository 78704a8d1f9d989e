import ArgumentParser
import Foundation
import WerkbankCore
import WerkbankExchange
import WerkbankStore
import WerkbankUI

/// `werkbank practice feedback`: what the workbench's Feedback screen shows, for a student.
struct PracticeFeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "A student's agreement with the consensus coder, and every stretch where they differ with the consensus coder's memo.",
        discussion: """
            Over the sources the student and the consensus coder both coded (a source counts once the student has \
            coded in it). table and md: the agreement table as `werkbank agreement` gives it, then the differences; \
            json: {student, consensus, sources, agreement, differences}; csv: one row per difference \
            (source, code, start, end, side, feedback, quote, explanation).
            """)

    @OptionGroup var coder: CoderOption

    @Option(name: .long, help: ArgumentHelp("The unit of the agreement table: character, turn or segment.", valueName: "unit"))
    var unit: AgreementUnit = .character

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let project = try projectOptions.open(for: .reading)
        let student = coder.name
        let result = try withProject { () throws(ProjectError) -> PracticeFeedback in
            guard let setup = try project.practiceSetup() else {
                throw ProjectError.practice("this is not a practice project; a teacher makes it one with `werkbank practice enable --consensus NAME`")
            }
            guard student != setup.consensus else { throw ProjectError.practice("\(student) is the consensus coder; give a student's name (--coder NAME)") }
            guard try project.coderNames().contains(student) else { throw ProjectError.practice("\(student) has coded nothing in this project") }
            return try project.practiceFeedback(student: student, unit: unit)
        }
        var texts: [String: String] = [:]
        for id in Set(result.items.map(\.sourceID)) {
            texts[id] = try withProject { () throws(ProjectError) in try project.source(id).text }
        }
        let rows = result.items.map { item in
            (item, item.sentence(.en), texts[item.sourceID]?.scalars(in: item.range) ?? "",
             item.explanation.joined(separator: " · "))
        }
        switch output.format {
        case .json:
            let differences: [[String: Any]] = rows.map { item, sentence, quote, explanation in
                ["source": item.sourceID, "code": item.code, "start": item.range.start, "end": item.range.end,
                 "side": item.side.rawValue, "studentCodes": item.studentCodes, "consensusCodes": item.consensusCodes,
                 "feedback": sentence, "quote": quote, "explanation": explanation.isEmpty ? NSNull() : explanation]
            }
            let agreement = try JSONSerialization.jsonObject(with: Data(AgreementReportTable.json(result.agreement.table).utf8))
            let object: [String: Any] = ["student": result.student, "consensus": result.consensus,
                                         "sources": result.agreement.sourceIDs, "agreement": agreement, "differences": differences]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        case .csv:
            let header = ["source", "code", "start", "end", "side", "feedback", "quote", "explanation"]
            print(CSVText.lines([header] + rows.map { item, sentence, quote, explanation in
                [item.sourceID, item.code, String(item.range.start), String(item.range.end), item.side.rawValue, sentence, quote, explanation]
            }))
        case .table, .md:
            guard !result.agreement.isEmpty else {
                print("\(student) and \(result.consensus) have not both coded any source yet")
                return
            }
            print(ReportWriter.render(result.agreement.table, as: output.format), terminator: "")
            print("\n\(rows.count) difference\(rows.count == 1 ? "" : "s")")
            for (item, sentence, quote, explanation) in rows {
                print("\n\(item.code)  \(item.sourceID)  \(item.range)\n  \(sentence)\n  “\(quote.replacingOccurrences(of: "\n", with: " "))”")
                print("  " + (explanation.isEmpty ? "(\(result.consensus) wrote no memo here)" : "Why (\(result.consensus)): \(explanation)"))
            }
        }
    }
}
