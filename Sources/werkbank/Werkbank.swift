import ArgumentParser

@main
struct Werkbank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkbank",
        abstract: "A terminal workbench for qualitative case-study research on professional workplaces.",
        discussion: """
            Browse the four cases of the study, their respondents and the model's codebook. \
            Every report command takes --format table|csv|json|md.

            Exit codes: 0 success; 1 problems found (validate); 64 usage error; \
            65 a case folder that does not load; 66 a folder or file that cannot be found.
            """,
        version: "0.1.0",
        subcommands: [CasesCommand.self, RespondentsCommand.self, CodebookCommand.self, ValidateCommand.self]
    )
}
