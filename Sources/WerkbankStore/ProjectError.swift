import Foundation
import WerkbankCore

/// Why a project could not be opened, created or changed.
public enum ProjectError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case alreadyExists(path: String)
    /// The file exists but is not an SQLite database, or not one made by Werkbank.
    case notAProject(path: String, reason: String)
    /// The project was written by a newer Werkbank with migrations this build does not know.
    case newerSchema(path: String, unknown: [String])
    /// Another process held the project's write lock for longer than ``Project/busyTimeout``.
    case busy(path: String)
    /// The project cannot be changed by this process (see ``ProjectAccess``), or was opened
    /// for reading only.
    case readOnly(path: String, reason: String)
    /// The project comes from an older Werkbank and must be upgraded, which needs writing,
    /// but it cannot be written.
    case needsUpgrade(path: String, reason: String)
    /// SQLite's check found the file damaged: nothing is written to it.
    case damaged(path: String, problem: String)
    /// The disk holding `path` is full.
    case diskFull(path: String)
    case unknownSource(String)
    case unknownCode(String)
    case unknownCoding(UUID)
    case unknownCase(String)
    case unknownFinding(UUID)
    case unknownConclusion(UUID)
    case unknownMemo(UUID)
    /// A free memo that cannot be written as given (no title, an unknown case or code).
    case invalidMemo(String)
    /// A corrected text that cannot be taken for a source (emptied, an unknown speaker label).
    case invalidCorrection(source: String, message: String)
    /// A finding, judgement or conclusion that does not fit the project (a sub-code as an
    /// element, evidence from another case, an unknown role); the text says what.
    case invalidSynthesis(String)
    /// An attribute declaration or value that does not fit (see ``AttributeError``).
    case invalidAttribute(AttributeError)
    /// Practice coding refused something: not a practice project, a student name that is a
    /// researcher's, an edit a student may not make; the text says what.
    case practice(String)
    case invalidRange(source: String, start: Int, end: Int, length: Int)
    /// The range starts or ends inside a character made of several scalars (👍🏽, `e` with a
    /// combining accent); `whole` is the smallest range of whole characters around it.
    case splitsCharacter(source: String, start: Int, end: Int, whole: ScalarRange)
    case nothingToUndo
    case nothingToRedo
    /// The coder's last edit was changed since by someone else: undoing (or redoing) it would
    /// overturn their work.
    case undoBlocked(UndoConflict)
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such project"
        case .alreadyExists(let path): "\(path): already exists; choose another name or remove it first"
        case .notAProject(let path, let reason): "\(path): not a Werkbank project (\(reason))"
        case .newerSchema(let path, let unknown):
            "\(path): made by a newer Werkbank (schema \(unknown.joined(separator: ", "))); update Werkbank to open it"
        case .busy(let path): "\(path): another Werkbank process kept the project busy for \(Int(Project.busyTimeout)) s; nothing was written (try again)"
        case .readOnly(let path, let reason): "\(path): the project cannot be changed (\(reason)); it can still be read"
        case .needsUpgrade(let path, let reason):
            "\(path): made by an older Werkbank and must be upgraded once, but it cannot be written (\(reason)); open it once where it can be written, or read a copy"
        case .damaged(let path, let problem):
            "\(path): the project is damaged (\(problem)); nothing was written to it. Go back to a copy beside it (NAME.before-…werkbank, made before each merge and import), or save what can still be read with `werkbank export --format qdpx -o COPY.qdpx --project \(path)` and make a new project of it with `werkbank import-qdpx COPY.qdpx -o NEW.werkbank`"
        case .diskFull(let path): "\(path): the disk is full; nothing was written (free some space and try again)"
        case .unknownSource(let id): "no source `\(id)` in this project"
        case .unknownCode(let code): "no code `\(code)` in the codebook"
        case .unknownCoding(let id): "no coding \(id.uuidString.lowercased()) in this project"
        case .unknownCase(let name): "no case `\(name)` in this project"
        case .unknownFinding(let id): "no finding \(id.uuidString.lowercased()) in this project"
        case .unknownConclusion(let id): "no conclusion \(id.uuidString.lowercased()) in this project"
        case .unknownMemo(let id): "no memo \(id.uuidString.lowercased()) in this project"
        case .invalidMemo(let message): message
        case .practice(let message): message
        case .invalidCorrection(let source, let message): "source `\(source)`: \(message); nothing was changed"
        case .invalidSynthesis(let message): message
        case .invalidAttribute(let error): error.description
        case .invalidRange(let source, let start, let end, let length):
            "range \(start)..\(end) does not fit source `\(source)` (its text has \(length) characters; start must be before end)"
        case .splitsCharacter(let source, let start, let end, let whole):
            "range \(start)..\(end) cuts a character of source `\(source)` in two (a character can be several code points, like 👍🏽); the whole characters are \(whole)"
        case .nothingToUndo: "nothing to undo"
        case .nothingToRedo: "nothing to redo"
        case .undoBlocked(let conflict): conflict.description
        case .database(let path, let message): "\(path): \(message)"
        }
    }
}
