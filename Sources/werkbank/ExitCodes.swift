import ArgumentParser
import WerkbankStore

/// Exit codes, following sysexits(3) where one fits.
enum ExitCodes {
    /// `validate` found problems.
    static let problemsFound = ExitCode(1)
    /// A case folder or project is there but its data are wrong.
    static let dataError = ExitCode(65)
    /// A folder or file that was asked for is not there.
    static let noInput = ExitCode(66)
    /// There is no terminal the workbench can draw in (EX_UNAVAILABLE).
    static let noTerminal = ExitCode(69)
    /// A program Werkbank runs is not installed (EX_UNAVAILABLE), such as pdftotext for a PDF.
    static let toolMissing = ExitCode(69)
    /// An output file cannot be written (EX_CANTCREAT).
    static let cannotCreate = ExitCode(73)
    /// The disk is full (EX_IOERR).
    static let ioError = ExitCode(74)
    /// The project cannot be written by this user or on this file system (EX_NOPERM).
    static let noPermission = ExitCode(77)
    /// The coder's last edit was changed since by someone else; nothing was undone or redone.
    static let undoBlocked = ExitCode(3)
    /// The project is busy in another process (EX_TEMPFAIL: try again).
    static let temporaryFailure = ExitCode(75)
    /// Nothing to undo or redo, or a coding, code or source that is not there.
    static let notFound = ExitCode(2)

    static func forProjectError(_ error: ProjectError) -> ExitCode {
        switch error {
        case .notFound: noInput
        case .busy: temporaryFailure
        case .notAProject, .newerSchema, .damaged, .database, .invalidCorrection: dataError
        case .readOnly, .needsUpgrade: noPermission
        case .diskFull: ioError
        case .alreadyExists, .unknownSource, .unknownCode, .unknownCoding, .unknownCase, .invalidRange, .splitsCharacter,
             .unknownFinding, .unknownConclusion, .invalidSynthesis, .invalidAttribute,
             .unknownMemo, .invalidMemo, .practice: ExitCode(64)
        case .nothingToUndo, .nothingToRedo: notFound
        case .undoBlocked: undoBlocked
        }
    }
}
