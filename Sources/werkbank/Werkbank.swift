import ArgumentParser

@main
struct Werkbank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkbank",
        abstract: "A terminal workbench for qualitative case-study research on professional workplaces.",
        discussion: """
            Without a command, opens the full-screen workbench. Browse the four cases of the study, their respondents and the model's codebook; code \
            sources and retrieve fragments. Every report command takes --format table|csv|json|md.

            Without --project, commands work on the default project ($XDG_DATA_HOME/werkbank/default.werkbank, \
            else ~/.local/share/werkbank/default.werkbank), made from the bundled sample cases on first use.

            Exit codes: 0 success; 1 problems found (validate, check); 2 nothing to undo or redo; 3 your edit was changed by someone else since (undo, redo); 64 usage \
            error (also an unknown source, code or coding); 65 a case folder or project whose data are \
            wrong (also a damaged project); 66 a folder or file that cannot be found; 69 no terminal for the \
            workbench, or no pdftotext for a PDF; 74 the disk is full; 75 the project is busy in another process; 77 the project cannot \
            be written by you (it can still be read).
            """,
        version: "0.1.0",
        subcommands: [
            WorkbenchCommand.self,
            CasesCommand.self, RespondentsCommand.self, CodebookCommand.self, ValidateCommand.self,
            InitCommand.self, SourcesCommand.self, FragmentsCommand.self,
            SearchCommand.self, AutocodeCommand.self,
            CodeCommand.self, UncodeCommand.self, UndoCommand.self, RedoCommand.self, MergeCommand.self, AgreementCommand.self,
            FindingCommand.self, JudgeCommand.self, ConclusionCommand.self, AttributeCommand.self, MemoCommand.self, MemosCommand.self, CheckCommand.self, ReportCommand.self, ExportCommand.self, RefiImportCommand.self, ImportCommand.self, ImportSurveyCommand.self, EditCommand.self, PseudonymsCommand.self,
            WhoCommand.self, PracticeCommand.self, KeybindingsCommand.self,
        ],
        defaultSubcommand: WorkbenchCommand.self
    )
}
