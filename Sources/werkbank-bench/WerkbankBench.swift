import ArgumentParser

/// The benchmark and test-helper executable of Werkbank: `run` times a project built from a
/// synthetic corpus; `exchange` times REFI-QDA and CSV export and import; `screens` times the workbench's frames; `reader` times the source reader;
/// `search` times search, autocoding and the matrix by source; `writer` adds codings one by one for crash-safety tests; `fuzz` feeds mutated inputs to the readers.
@main
struct WerkbankBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkbank-bench",
        abstract: "Benchmarks and test helpers for Werkbank projects.",
        subcommands: [RunCommand.self, SynthesisCommand.self, SearchBenchCommand.self, ExchangeCommand.self, WriterCommand.self, ScreensCommand.self, ReaderCommand.self, LiveCommand.self, FuzzCommand.self, CorrectionBenchCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
