import ArgumentParser
import WerkbankExchange

extension ReportFormat: ExpressibleByArgument {}

/// `--format`, shared by every report command.
struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or md.")
    var format: ReportFormat = .table
}
